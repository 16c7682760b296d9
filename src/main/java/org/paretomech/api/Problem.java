package org.paretomech.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.distribution.Discretisation;
import org.paretomech.distribution.DiscretisedFamily;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierEngine;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.frontier.LpEngine;
import org.paretomech.instance.FamilySpecJson;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.Backends;
import org.paretomech.solver.LpSolver;

/**
 * An immutable description of what to solve: an instance (or a continuous family still to be
 * discretised) with the number of buyers {@code n}, units {@code k} and transfer convention, and
 * how to trace its frontier. Every method returns a <b>new</b> problem and leaves this one
 * unchanged. Obtain one from {@link Paretomech}; finish with {@link #solve()}.
 *
 * <p>Arguments are checked when given, except what depends on several of them ({@code units <= buyers},
 * a missing number of buyers), which is checked by {@link #instance()} and {@link #solve()}.
 * Every failure is an {@link IllegalArgumentException} naming the value and the fix.
 */
public final class Problem {

    private final String kind;
    private final ContinuousFamily family;
    private final Discretisation.Options grid;
    private final DiscreteDistribution distribution;
    private final String defaultName;
    private final String source;
    private final int defaultBuyers;
    private final int defaultUnits;
    private final TransferMode defaultTransfers;
    private final String name;
    private final int buyers;
    private final int units;
    private final TransferMode transfers;
    private final Engine engine;
    private final String solver;
    private final int weights;

    private Problem(String kind, ContinuousFamily family, Discretisation.Options grid, DiscreteDistribution distribution,
                    String defaultName, String source, int defaultBuyers, int defaultUnits, TransferMode defaultTransfers,
                    String name, int buyers, int units, TransferMode transfers, Engine engine, String solver, int weights) {
        this.kind = kind;
        this.family = family;
        this.grid = grid;
        this.distribution = distribution;
        this.defaultName = defaultName;
        this.source = source;
        this.defaultBuyers = defaultBuyers;
        this.defaultUnits = defaultUnits;
        this.defaultTransfers = defaultTransfers;
        this.name = name;
        this.buyers = buyers;
        this.units = units;
        this.transfers = transfers;
        this.engine = engine;
        this.solver = solver;
        this.weights = weights;
    }

    static Problem ofFamily(ContinuousFamily family) {
        return new Problem("family", family,
                Discretisation.Options.of(FamilySpecJson.DEFAULT_POINTS, Discretisation.Scheme.LEFT), null,
                family.describe(), null, 0, 1, TransferMode.NO_SUBSIDY, null, 0, 0, null, Engine.IRONING, null, 0);
    }

    static Problem ofDistribution(DiscreteDistribution d, String defaultName, String source, String kind) {
        return new Problem(kind, null, null, d, defaultName, source, 0, 1, TransferMode.NO_SUBSIDY,
                null, 0, 0, null, Engine.IRONING, null, 0);
    }

    static Problem ofInstance(Instance in, ContinuousFamily family, String kind) {
        return new Problem(kind, family, null, in.distribution(), in.name(), in.source(), in.buyers(), in.units(),
                in.transfers(), null, 0, 0, null, Engine.IRONING, null, 0);
    }

    private Problem with(Discretisation.Options grid, String name, int buyers, int units, TransferMode transfers,
                         Engine engine, String solver, int weights) {
        return new Problem(kind, family, grid, distribution, defaultName, source, defaultBuyers, defaultUnits,
                defaultTransfers, name, buyers, units, transfers, engine, solver, weights);
    }

    // ---------------------------------------------------------------------------------------
    // The instance

    /**
     * The number of buyers {@code n} (i.i.d. values, unit demand).
     *
     * @throws IllegalArgumentException unless {@code 1 <= n <=} {@link Instance#MAX_BUYERS}
     */
    public Problem buyers(int n) {
        if (n < 1 || n > Instance.MAX_BUYERS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "buyers(%d): the number of buyers must be between 1 and %d", n, Instance.MAX_BUYERS));
        }
        return with(grid, name, n, units, transfers, engine, solver, weights);
    }

    /**
     * The number of identical units {@code k} for sale (default 1; at most the number of buyers).
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public Problem units(int k) {
        if (k < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "units(%d): there must be at least 1 unit for sale; use units(1) for a single item", k));
        }
        return with(grid, name, buyers, k, transfers, engine, solver, weights);
    }

    /** The transfer convention (MATH §2.5); the default is {@link TransferMode#NO_SUBSIDY}. */
    public Problem transfers(TransferMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("transfers(null); use TransferMode.NO_SUBSIDY or "
                    + "TransferMode.ZERO_LOWEST_UTILITY");
        }
        return with(grid, name, buyers, units, mode, engine, solver, weights);
    }

    /**
     * The transfer convention by its label: {@code no-subsidy} (payments never negative) or
     * {@code zero-lowest-utility} (Myerson's normalisation).
     *
     * @throws IllegalArgumentException for another label, listing the accepted ones
     */
    public Problem transfers(String label) {
        return transfers(TransferMode.fromLabel(label));
    }

    /** The instance name shown in reports (default: the family, file or input kind). */
    public Problem name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name(" + (name == null ? "null" : "\"" + name + "\"")
                    + "): give a short non-blank name such as \"weibull-n5\"");
        }
        return with(grid, name, buyers, units, transfers, engine, solver, weights);
    }

    // ---------------------------------------------------------------------------------------
    // Discretisation of a family (MATH §8)

    /**
     * The number of support points {@code K} of the discretised family (default
     * {@value FamilySpecJson#DEFAULT_POINTS}).
     *
     * @throws IllegalArgumentException unless {@code 1 <= K <=} {@link Discretisation#MAX_POINTS},
     *                                  or if this problem is not a family
     */
    public Problem points(int k) {
        Discretisation.Options g = familyGrid("points(" + k + ")");
        return with(new Discretisation.Options(k, g.scheme(), g.binning(), g.lo(), g.hi()), name, buyers, units,
                transfers, engine, solver, weights);
    }

    /**
     * Where each bin's point sits: {@code left} (default; a certified lower bound), {@code mid},
     * {@code mean} or {@code right}.
     *
     * @throws IllegalArgumentException for another label, or if this problem is not a family
     */
    public Problem scheme(String label) {
        Discretisation.Options g = familyGrid("scheme(\"" + label + "\")");
        return with(new Discretisation.Options(g.points(), Discretisation.Scheme.parse(label), g.binning(), g.lo(), g.hi()),
                name, buyers, units, transfers, engine, solver, weights);
    }

    /**
     * How the range is cut into bins: {@code equal-width} or {@code equal-probability} (default:
     * equal-width for bounded, equal-probability for unbounded families).
     *
     * @throws IllegalArgumentException for another label, or if this problem is not a family
     */
    public Problem binning(String label) {
        Discretisation.Options g = familyGrid("binning(\"" + label + "\")");
        return with(g.withBinning(Discretisation.Binning.parse(label)), name, buyers, units, transfers, engine,
                solver, weights);
    }

    /**
     * Bins only {@code [lo, hi]}; mass outside it is dropped and the rest renormalised (truncation).
     *
     * @throws IllegalArgumentException unless {@code 0 <= lo < hi} are finite, or if this problem is not a family
     */
    public Problem range(double lo, double hi) {
        Discretisation.Options g = familyGrid("range(" + lo + ", " + hi + ")");
        if (!(lo < hi)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "range(%s, %s): lo must be smaller than hi; give e.g. range(0, 6)", lo, hi));
        }
        return with(g.withLo(lo).withHi(hi), name, buyers, units, transfers, engine, solver, weights);
    }

    private Discretisation.Options familyGrid(String call) {
        if (grid == null) {
            throw new IllegalArgumentException(call + " applies to a continuous family only, but this problem is "
                    + kind + " with a fixed support; use Paretomech.family(...) to discretise a family");
        }
        return grid;
    }

    // ---------------------------------------------------------------------------------------
    // How to solve

    /**
     * The engine: {@link Engine#IRONING} (default, the exact oracle) or {@link Engine#LP} (the
     * reduced-form LP, default backend {@code ojalgo} with its fallback chain). Choosing
     * {@code IRONING} forgets a {@link #solver(String)} given before.
     */
    public Problem engine(Engine engine) {
        if (engine == null) {
            throw new IllegalArgumentException("engine(null); use Engine.IRONING or Engine.LP");
        }
        return with(grid, name, buyers, units, transfers, engine, engine == Engine.LP ? solver : null, weights);
    }

    /**
     * The LP backend ({@code ojalgo, ojalgo-primal, glop, pdlp, commons-math}); implies
     * {@link Engine#LP}. A backend that fails is retried down the same fallback chain as
     * {@code --solver} on the command line.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public Problem solver(String name) {
        if (name == null) {
            throw new IllegalArgumentException("solver(null); use one of " + String.join(", ", Backends.names()));
        }
        Backends.byName(name);
        return with(grid, this.name, buyers, units, transfers, Engine.LP, name, weights);
    }

    /**
     * The crude mode of {@code --weights N}: the two ends plus {@code count} evenly spaced weights
     * instead of the exact dichotomic search; {@link Result#frontier()} then carries a certified
     * bound on what it missed. {@code 0} restores the exact search (the default).
     *
     * @throws IllegalArgumentException if {@code count} is 1 or negative
     */
    public Problem weights(int count) {
        if (count < 0 || count == 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "weights(%d): use at least 2 grid weights, or 0 for the exact frontier", count));
        }
        return with(grid, name, buyers, units, transfers, engine, solver, count);
    }

    // ---------------------------------------------------------------------------------------
    // Results

    /**
     * The instance this problem describes (a family is discretised now).
     *
     * @throws IllegalArgumentException when the number of buyers was never given, {@code units > buyers},
     *                                  or the family cannot be discretised on the requested grid
     */
    public Instance instance() {
        int n = buyers > 0 ? buyers : defaultBuyers;
        if (n == 0) {
            throw new IllegalArgumentException("the number of buyers is not set for " + kind
                    + "; call .buyers(n) before .solve(), e.g. .buyers(5)");
        }
        DiscreteDistribution d = distribution;
        String src = source;
        if (grid != null) {
            DiscretisedFamily df;
            try {
                df = Discretisation.discretise(family, grid);
            } catch (MathIllegalStateException | MathArithmeticException e) {
                throw new IllegalArgumentException(family.describe() + " cannot be discretised: " + e.getMessage()
                        + "; the parameters are too extreme, choose values of moderate size", e);
            }
            d = df.distribution();
            src = df.source();
        }
        return new Instance(name != null ? name : defaultName, n, units > 0 ? units : defaultUnits,
                transfers != null ? transfers : defaultTransfers, d, src);
    }

    /** The continuous family this problem came from (a family, or an instance file with a {@code "family"}), if any. */
    public Optional<ContinuousFamily> family() {
        return Optional.ofNullable(family);
    }

    /** The engine that {@link #solve()} will use. */
    public Engine engine() {
        return engine;
    }

    /**
     * Traces the exact Pareto frontier (or the weights grid of {@link #weights(int)}) and analyses
     * it as the {@code frontier} command does: bargaining solutions, second-price auctions, the
     * auction at every vertex.
     *
     * @throws IllegalArgumentException                           for an incomplete or invalid problem
     * @throws org.paretomech.frontier.SolverFailureException     when no backend gives a certified solution
     */
    public Result solve() {
        Instance in = instance();
        FrontierEngine e = engine == Engine.LP ? new LpEngine(Backends.fallbackChain(primarySolver()), Tolerances.DEFAULT)
                : new IroningEngine(Tolerances.DEFAULT);
        FrontierTracer tracer = new FrontierTracer(e, Tolerances.DEFAULT);
        Frontier frontier = weights == 0 ? tracer.trace(in) : tracer.grid(in, weights);
        return new Result(FrontierAnalysis.of(frontier), describeSolver(), family);
    }

    private String primarySolver() {
        return solver == null ? Backends.DEFAULT : solver;
    }

    /** The same solver text as the {@code frontier} command, so that {@link Result#json()} matches it. */
    private String describeSolver() {
        if (engine == Engine.IRONING) {
            return "ironing (exact oracle, MATH §3)";
        }
        List<LpSolver> chain = Backends.fallbackChain(primarySolver());
        return "lp/" + primarySolver() + " (fallback " + String.join(" -> ",
                chain.stream().skip(1).map(LpSolver::name).toList()) + ")";
    }

    /** A one-line summary of the problem, e.g. {@code family weibull(shape=2, scale=1), K = 400, n = 5, ironing}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind);
        if (grid != null) {
            sb.append(' ').append(family.describe()).append(", K = ").append(grid.points()).append(' ')
                    .append(grid.scheme().label());
        } else {
            sb.append(", K = ").append(distribution.size());
        }
        int n = buyers > 0 ? buyers : defaultBuyers;
        sb.append(", n = ").append(n == 0 ? "unset" : Integer.toString(n));
        sb.append(", k = ").append(units > 0 ? units : defaultUnits);
        sb.append(", ").append((transfers != null ? transfers : defaultTransfers).label());
        sb.append(", ").append(engine == Engine.LP ? "lp/" + primarySolver() : "ironing");
        if (weights > 0) {
            sb.append(", ").append(weights).append(" weights");
        }
        return sb.toString();
    }
}
