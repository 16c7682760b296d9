package org.paretomech.solver.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Locale;
import org.paretomech.lp.LinearProgram;
import org.paretomech.solver.LpResult;
import org.paretomech.solver.LpSolver;
import org.paretomech.solver.LpStatus;

/**
 * Google OR-Tools backends through the {@code MPSolver} linear-solver API: GLOP (primal/dual
 * simplex, exact up to its feasibility tolerances) and PDLP (primal–dual hybrid gradient, a
 * first-order method).
 *
 * <p><b>Native code.</b> OR-Tools is a C++ library; its natives are loaded once per JVM by
 * {@code com.google.ortools.Loader}, from the platform jar that Maven puts on the classpath. If
 * they cannot be loaded, {@link #available()} is false, {@link #unavailableReason()} says why, and
 * {@link #solve} returns {@link LpStatus#FAILED} with that reason: nothing native ever reaches the
 * caller, and the native solver object is released after every solve.
 *
 * <p><b>Infinite bounds</b> are passed as {@code ±MPSolver.infinity()}, never as a large finite
 * stand-in (PDLP has been reported to declare an infeasible point optimal when a bound was written
 * as {@code -1e30}).
 *
 * <p><b>Status mapping.</b> {@code OPTIMAL → OPTIMAL} (GLOP) or {@code IMPRECISE} (PDLP, see
 * below); {@code FEASIBLE → IMPRECISE}; {@code INFEASIBLE → INFEASIBLE} (GLOP uses it for
 * "infeasible or unbounded" too; our programs always contain the no-sale mechanism, so either is
 * a solver fault); {@code UNBOUNDED → UNBOUNDED}; {@code ABNORMAL}, {@code NOT_SOLVED} (PDLP's
 * iteration or time limit, or dual infeasibility), {@code MODEL_INVALID} → {@code FAILED}.
 *
 * <p><b>GLOP accuracy.</b> GLOP runs with {@link #GLOP_PARAMETERS}: primal feasibility tolerance
 * 1e-10 instead of its default 1e-8 (on its internally scaled problem). With the default, GLOP's
 * welfare optimum ({@code λ_R = λ_S}) of the real Palm Pilot instance broke monotonicity by 5.5e-8,
 * failing the 1e-8 certificate; with 1e-10 the largest violation there is 1.7e-9, at the same speed.
 *
 * <p><b>PDLP accuracy.</b> PDLP's defaults (relative and absolute optimality tolerances 1e-6)
 * leave our certificate far behind: on 200 equally spaced points with {@code n = 5} its answers
 * violated Border rows by up to 3e-5 and missed the optimum by 2.5e-5 of {@code W*}; with 1e-8,
 * still by 3e-7. It is therefore run with tolerance {@value #DEFAULT_PDLP_EPSILON} ({@link #pdlp()}),
 * or any tolerance given to {@link #pdlp(double)}, on both its relative and absolute KKT criteria
 * ({@link #pdlpParameters(double)}): duality gap at most {@code ε (1 + |primal| + |dual|)}, row
 * residuals {@code r} at most {@code ε (1 + ‖b‖₂)} in the L2 norm, where {@code b} holds the finite
 * row bounds. Every row bound of the reduced-form programs is 0 (except the optional objective
 * floor), so {@code ‖r‖₂ <= ε}, and a Border upper set, a sum of up to {@code K}
 * tail rows, is off by at most {@code √K ε}: 1.4e-9 for {@code K = 200}, inside the certificate's
 * 1e-8 (measured: 1.1e-9, objective within 7e-10 of {@code W*}, at 0.8–6 s per solve against GLOP's
 * 30 ms). Even so PDLP returns an approximate interior point, not a vertex, and its bounds are
 * aggregate norms, so a converged PDLP solve is reported as {@link LpStatus#IMPRECISE}, never
 * {@code OPTIMAL}; its primal goes through the certificate like every other backend's. PDLP also
 * stops after {@link #PDLP_TIME_LIMIT_MILLIS} ms ({@code NOT_SOLVED → FAILED}).
 */
public final class OrToolsSolver implements LpSolver {

    /** Which OR-Tools linear solver to run. */
    public enum Algorithm {
        /** GLOP, Google's primal/dual simplex ({@code MPSolver.createSolver("GLOP")}). */
        GLOP("glop", "GLOP"),
        /** PDLP, primal–dual hybrid gradient, first-order ({@code MPSolver.createSolver("PDLP")}). */
        PDLP("pdlp", "PDLP");

        private final String backendName;
        private final String solverId;

        Algorithm(String backendName, String solverId) {
            this.backendName = backendName;
            this.solverId = solverId;
        }

        /** Backend name, e.g. {@code glop}. */
        public String backendName() {
            return backendName;
        }

        /** The solver id passed to {@code MPSolver.createSolver}. */
        public String solverId() {
            return solverId;
        }
    }

    /** PDLP's relative and absolute optimality tolerance used by {@link #pdlp()} (PDLP's own default is 1e-6). */
    public static final double DEFAULT_PDLP_EPSILON = 1e-10;

    /**
     * Wall-clock limit of a PDLP solve, in milliseconds. PDLP's slowest converged solve on the
     * Palm Pilot instance took 26 s; its welfare solve had not converged after 120 s.
     */
    public static final long PDLP_TIME_LIMIT_MILLIS = 60_000;

    /** GLOP parameters ({@code GlopParameters} in protobuf text format); see the class comment. */
    public static final String GLOP_PARAMETERS = "primal_feasibility_tolerance: 1e-10";

    private final Algorithm algorithm;
    private final double pdlpEpsilon;

    private OrToolsSolver(Algorithm algorithm, double pdlpEpsilon) {
        this.algorithm = algorithm;
        this.pdlpEpsilon = pdlpEpsilon;
    }

    /**
     * PDLP parameters ({@code PrimalDualHybridGradientParams} in protobuf text format): relative
     * and absolute optimality tolerance {@code epsilon}, one thread (deterministic), quiet.
     */
    public static String pdlpParameters(double epsilon) {
        return String.format(Locale.ROOT, "termination_criteria { simple_optimality_criteria { "
                + "eps_optimal_absolute: %s eps_optimal_relative: %s } } num_threads: 1 verbosity_level: 0",
                epsilon, epsilon);
    }

    /** The GLOP simplex backend, with {@link #GLOP_PARAMETERS}. */
    public static OrToolsSolver glop() {
        return new OrToolsSolver(Algorithm.GLOP, Double.NaN);
    }

    /** The PDLP first-order backend with tolerance {@link #DEFAULT_PDLP_EPSILON}. */
    public static OrToolsSolver pdlp() {
        return pdlp(DEFAULT_PDLP_EPSILON);
    }

    /**
     * The PDLP first-order backend with relative and absolute optimality tolerance
     * {@code epsilon}.
     *
     * @throws IllegalArgumentException unless {@code 0 < epsilon < 1}
     */
    public static OrToolsSolver pdlp(double epsilon) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("PDLP tolerance " + epsilon + " is out of range; expected a value in (0, 1),"
                    + " e.g. " + DEFAULT_PDLP_EPSILON);
        }
        return new OrToolsSolver(Algorithm.PDLP, epsilon);
    }

    /** The backend for {@code algorithm}, with default parameters. */
    public static OrToolsSolver of(Algorithm algorithm) {
        return algorithm == Algorithm.PDLP ? pdlp() : glop();
    }

    /** PDLP's optimality tolerance; NaN for GLOP. */
    public double pdlpEpsilon() {
        return pdlpEpsilon;
    }

    /** Which OR-Tools solver this backend runs. */
    public Algorithm algorithm() {
        return algorithm;
    }

    @Override
    public String name() {
        return algorithm.backendName();
    }

    /**
     * Whether this backend can solve here: the OR-Tools natives loaded and this build of OR-Tools
     * provides the solver. Loads the natives on first call.
     */
    public boolean available() {
        return unavailableReason().isEmpty();
    }

    /** Empty if {@link #available()}, otherwise why not. */
    public String unavailableReason() {
        if (!OrToolsNatives.loaded()) {
            return OrToolsNatives.failure();
        }
        try {
            MPSolver probe = MPSolver.createSolver(algorithm.solverId());
            if (probe == null) {
                return "this OR-Tools build does not provide the " + algorithm.solverId() + " solver";
            }
            probe.delete();
            return "";
        } catch (RuntimeException | LinkageError e) {
            return "OR-Tools could not create the " + algorithm.solverId() + " solver: " + e;
        }
    }

    @Override
    public LpResult solve(LinearProgram program) {
        long start = System.nanoTime();
        if (!OrToolsNatives.loaded()) {
            return LpResult.failure(LpStatus.FAILED, name(), millisSince(start), OrToolsNatives.failure());
        }
        MPSolver solver = null;
        try {
            solver = MPSolver.createSolver(algorithm.solverId());
            if (solver == null) {
                return LpResult.failure(LpStatus.FAILED, name(), millisSince(start),
                        "this OR-Tools build does not provide the " + algorithm.solverId() + " solver");
            }
            solver.suppressOutput();
            if (algorithm == Algorithm.GLOP && !solver.setSolverSpecificParametersAsString(GLOP_PARAMETERS)) {
                return LpResult.failure(LpStatus.FAILED, name(), millisSince(start),
                        "GLOP rejected its parameters: " + GLOP_PARAMETERS);
            }
            if (algorithm == Algorithm.PDLP) {
                String parameters = pdlpParameters(pdlpEpsilon);
                if (!solver.setSolverSpecificParametersAsString(parameters)) {
                    return LpResult.failure(LpStatus.FAILED, name(), millisSince(start),
                            "PDLP rejected its parameters: " + parameters);
                }
                solver.setTimeLimit(PDLP_TIME_LIMIT_MILLIS);
            }
            MPVariable[] vars = build(solver, program);
            MPSolver.ResultStatus raw = solver.solve();
            long iterations = solver.iterations();
            LpStatus status = map(raw);
            String message = describe(raw, status, iterations);
            if (!status.hasSolution()) {
                return new LpResult(status, new double[0], Double.NaN, iterations, millisSince(start), name(), message);
            }
            double[] primal = new double[vars.length];
            for (int i = 0; i < vars.length; i++) {
                primal[i] = vars[i].solutionValue();
            }
            double objective = solver.objective().value();
            return new LpResult(status, primal, objective, iterations, millisSince(start), name(), message);
        } catch (RuntimeException | LinkageError e) {
            return LpResult.failure(LpStatus.FAILED, name(), millisSince(start),
                    "OR-Tools " + algorithm.solverId() + " threw " + e);
        } finally {
            if (solver != null) {
                solver.delete();
            }
        }
    }

    private static MPVariable[] build(MPSolver solver, LinearProgram program) {
        double inf = MPSolver.infinity();
        int m = program.variableCount();
        MPVariable[] vars = new MPVariable[m];
        for (int i = 0; i < m; i++) {
            // Generated names: MPSolver requires unique names, and LinearProgram does not promise them.
            vars[i] = solver.makeNumVar(bound(program.lower(i), inf), bound(program.upper(i), inf), "z" + i);
        }
        int r = 0;
        for (LinearProgram.Row row : program.rows()) {
            MPConstraint c = solver.makeConstraint(bound(row.lower(), inf), bound(row.upper(), inf), "r" + r++);
            for (int i = 0; i < row.size(); i++) {
                MPVariable v = vars[row.index(i)];
                // setCoefficient overwrites: add up repeated indices, as Row.activity does.
                c.setCoefficient(v, c.getCoefficient(v) + row.coefficient(i));
            }
        }
        MPObjective objective = solver.objective();
        for (int i = 0; i < m; i++) {
            if (program.objective(i) != 0) {
                objective.setCoefficient(vars[i], program.objective(i));
            }
        }
        objective.setMaximization();
        return vars;
    }

    /** Infinite bounds become {@code ±MPSolver.infinity()}, never a finite stand-in. */
    private static double bound(double b, double inf) {
        if (b == Double.POSITIVE_INFINITY) {
            return inf;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return -inf;
        }
        return b;
    }

    private LpStatus map(MPSolver.ResultStatus raw) {
        switch (raw) {
            case OPTIMAL:
                return algorithm == Algorithm.PDLP ? LpStatus.IMPRECISE : LpStatus.OPTIMAL;
            case FEASIBLE:
                return LpStatus.IMPRECISE;
            case INFEASIBLE:
                return LpStatus.INFEASIBLE;
            case UNBOUNDED:
                return LpStatus.UNBOUNDED;
            default:
                return LpStatus.FAILED;
        }
    }

    private String describe(MPSolver.ResultStatus raw, LpStatus status, long iterations) {
        StringBuilder sb = new StringBuilder();
        sb.append(algorithm.solverId()).append(" status ").append(raw).append(", ").append(iterations)
                .append(" iterations");
        if (algorithm == Algorithm.PDLP && raw == MPSolver.ResultStatus.OPTIMAL) {
            sb.append("; converged to PDLP's tolerance (").append(pdlpEpsilon)
                    .append(" relative KKT residuals), reported as ").append(status).append(" (first-order method)");
        } else if (algorithm == Algorithm.PDLP && raw == MPSolver.ResultStatus.NOT_SOLVED) {
            sb.append("; PDLP stopped without converging (time limit ").append(PDLP_TIME_LIMIT_MILLIS)
                    .append(" ms, or the problem looks dual infeasible)");
        } else if (algorithm == Algorithm.GLOP && raw == MPSolver.ResultStatus.INFEASIBLE) {
            sb.append("; GLOP reports infeasible also when it cannot tell infeasible from unbounded");
        }
        return sb.toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
