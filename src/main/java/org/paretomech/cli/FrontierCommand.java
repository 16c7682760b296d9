package org.paretomech.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierComparison;
import org.paretomech.frontier.FrontierEngine;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.frontier.LpEngine;
import org.paretomech.frontier.SolverFailureException;
import org.paretomech.frontier.UnresolvedSegment;
import org.paretomech.instance.Instance;
import org.paretomech.numeric.Tolerances;
import org.paretomech.plot.FrontierPlot;
import org.paretomech.report.CsvReport;
import org.paretomech.report.JsonReport;
import org.paretomech.report.TableReport;
import org.paretomech.solver.Backends;
import org.paretomech.solver.LpSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paretomech frontier INSTANCE}: the exact frontier, bargaining solutions and second-price comparison. */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = {"Trace the exact revenue-surplus Pareto frontier of an instance.",
                "With the exact ironing oracle by default, or the reduced-form LP: names the auction at every "
                        + "vertex, picks the Kalai-Smorodinsky, Nash and cross-side Nash points, and compares "
                        + "second-price auctions."})
final class FrontierCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    enum Engine { ironing, lp }

    /** The files --out writes. */
    static final List<String> OUT_FILES = List.of("frontier.csv", "second_price.csv", "result.json", "frontier.png");

    /** Largest --weights grid: each point is a full solve, and the exact search needs none. */
    static final int MAX_GRID = 100_000;

    @Spec
    CommandSpec spec;

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv (frontier vertices) on standard output.")
    Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write frontier.csv, second_price.csv, result.json and frontier.png into DIR.")
    Path out;

    @Option(names = "--weights", paramLabel = "N",
            description = "Crude mode: N evenly spaced weights instead of the exact dichotomic search.")
    Integer weights;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = {"ironing (default): the exact O(K) oracle of MATH §3;",
                    "lp: the reduced-form LP of MATH §2 (default with --solver; slower, same answer)."})
    Engine engine;

    @Option(names = "--solver", paramLabel = "NAME",
            description = "LP backend for --engine lp and --cross-check: ojalgo (default), ojalgo-primal, glop, "
                    + "pdlp, commons-math (see 'paretomech solvers').")
    String solver;

    /** Above this support size the LP engine is slow enough to say so before starting (bench.sh). */
    static final int LP_SLOW_SUPPORT = 2_000;

    /** The note printed before an LP trace on more than {@link #LP_SLOW_SUPPORT} support points. */
    static java.util.Optional<String> slowLpNote(boolean lp, int support) {
        if (!lp || support <= LP_SLOW_SUPPORT) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "paretomech: note: the LP engine at K = %d takes tens "
                + "of seconds or more per solve (one GLOP solve at K = 10^4: about 20 s) and about two solves per "
                + "vertex; the ironing engine (the default) gives the same frontier in O(K) per weight", support));
    }

    @Option(names = "--cross-check",
            description = "Trace the frontier with both engines and report the largest discrepancy.")
    boolean crossCheck;

    @Option(names = "--refine", paramLabel = "LEVELS",
            description = "Convergence study for a family instance: solve K, 2K, ... (LEVELS grids, >= 2) and "
                    + "report orders of convergence, extrapolated limits and continuous closed forms.")
    Integer refine;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "30",
            description = "Vertices listed in the table (default 30; the ends are always shown).")
    int rows;

    @Override
    public Integer call() throws Exception {
        validateOptions();
        if (refine != null) {
            return refineStudy(instance.read());
        }
        Instance in = instance.read();
        PrintWriter err = spec.commandLine().getErr();
        if (engine == null) {
            engine = solver != null ? Engine.lp : Engine.ironing;
        }
        slowLpNote(engine == Engine.lp || crossCheck, in.supportSize()).ifPresent(err::println);
        Frontier frontier = trace(in, engine, err);
        String solverText = describe(engine);
        if (crossCheck) {
            Engine other = engine == Engine.lp ? Engine.ironing : Engine.lp;
            Frontier second = trace(in, other, err);
            double gap = FrontierComparison.largestDiscrepancy(frontier, second);
            double agreement = FrontierComparison.tolerance(in, Tolerances.DEFAULT);
            boolean agree = gap <= agreement;
            solverText += String.format(Locale.ROOT, "; cross-checked with %s: largest discrepancy %.2e of W* (%s)",
                    describe(other), gap, agree ? "agree" : "DISAGREE");
            err.println(String.format(Locale.ROOT, "cross-check %s vs %s: largest discrepancy %.3e of W* (tolerance %.0e)",
                    engine, other, gap, agreement));
            if (!agree) {
                throw new SolverFailureException(String.format(Locale.ROOT,
                        "the %s and %s frontiers disagree by %.3e of W* (tolerance %.0e); no result is reported",
                        engine, other, gap, agreement));
            }
        }
        FrontierAnalysis analysis = FrontierAnalysis.of(frontier);
        String solver = solverText;
        if (out != null) {
            List<Path> written = new AtomicOutput()
                    .add("frontier.csv", CsvReport.vertices(analysis))
                    .stream("second_price.csv", w -> CsvReport.writeSecondPrice(analysis, w))
                    .stream("result.json", w -> JsonReport.write(analysis, solver, w))
                    .add("frontier.png", FrontierPlot.png(analysis))
                    .writeTo(out, "--out");
            err.println("wrote " + written.size() + " files to " + out + ": frontier.csv, second_price.csv, result.json, frontier.png");
        }
        PrintWriter o = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                try {
                    // Streamed: the second-price list alone is K objects.
                    JsonReport.write(analysis, solver, o);
                } catch (IOException e) {
                    throw new OutputException("cannot write to standard output (" + e.getMessage() + ")", e);
                }
            }
            case csv -> o.print(CsvReport.vertices(analysis));
            default -> o.print(TableReport.render(analysis, solver, rows));
        }
        o.flush();
        return ExitCode.OK.code();
    }

    /**
     * Every check of the options on their own, before any file is read: a bad value or a
     * conflict is a usage error (exit 2) whatever the instance holds.
     */
    private void validateOptions() {
        if (weights != null && (weights < 2 || weights > MAX_GRID)) {
            throw Usage.error(spec, "--weights " + weights + " is out of range; use 2 to " + MAX_GRID
                    + " (the exact search, without --weights, needs no grid at all)");
        }
        if (solver != null && engine == Engine.ironing) {
            throw Usage.error(spec, "--solver " + solver + " applies to the LP engine; drop --engine ironing "
                    + "or use --engine lp");
        }
        if (solver != null) {
            Usage.check(spec, () -> Backends.byName(solver));
        }
        if (refine != null && (format != Format.table || out != null || weights != null || crossCheck)) {
            throw Usage.error(spec, "--refine prints a convergence table and takes no --format, --out, "
                    + "--weights or --cross-check; run those without --refine");
        }
        if (refine != null && (refine < 2 || refine > 8)) {
            throw Usage.error(spec, "--refine " + refine + " is out of range; use 2 to 8 levels");
        }
        if (rows < 2) {
            throw Usage.error(spec, "--rows " + rows + " is too small; use at least 2");
        }
        Usage.refuseToOverwriteInputIn(spec, "--out", out, OUT_FILES, instance.file);
    }

    private Frontier trace(Instance in, Engine which, PrintWriter err) {
        Progress progress = new Progress(err, "tracing frontier (" + which + ")");
        FrontierEngine e = which == Engine.lp
                ? new LpEngine(Backends.fallbackChain(primarySolver()), Tolerances.DEFAULT).onProgress(progress::update)
                : new IroningEngine(Tolerances.DEFAULT).onProgress(progress::update);
        FrontierTracer tracer = new FrontierTracer(e, Tolerances.DEFAULT);
        Frontier frontier = weights == null ? tracer.trace(in) : tracer.grid(in, weights);
        progress.done(String.format(Locale.ROOT, "%d vertices, %d solves, %.1f s", frontier.vertices().size(),
                frontier.lpSolves(), frontier.millis() / 1000.0));
        for (UnresolvedSegment u : frontier.unresolved()) {
            err.println(String.format(Locale.ROOT, "paretomech: warning: the frontier between (%.6g, %.6g) and "
                    + "(%.6g, %.6g) could not be searched (%s); it is reported as a straight edge",
                    u.fromRevenue(), u.fromSurplus(), u.toRevenue(), u.toSurplus(), u.reason()));
        }
        java.util.Map<String, Integer> notes = new java.util.LinkedHashMap<>();
        for (var p : frontier.vertices()) {
            for (String f : p.fallbacks()) {
                notes.merge(f, 1, Integer::sum);
            }
        }
        notes.forEach((f, count) -> err.println("paretomech: note: fallback used" + (count > 1 ? " (" + count + " times)" : "")
                + ": " + f));
        return frontier;
    }

    private int refineStudy(Instance first) throws java.io.IOException {
        FamilyFile file = FamilyFile.read(instance.file);
        if (file.family().isEmpty()) {
            throw Usage.error(spec, "--refine needs an instance with a \"family\"; " + instance.file
                    + " gives explicit values, which cannot be refined");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<FrontierAnalysis> levels = new java.util.ArrayList<>();
        int points = file.points();
        for (int level = 0; level < refine; level++) {
            Instance in = level == 0 ? first : file.withPoints(points << level, instance.overrides());
            if (Terminal.progressWanted()) {
                err.printf("refine: level %d of %d, K = %d%n", level + 1, refine, in.supportSize());
            }
            err.flush();
            levels.add(FrontierAnalysis.of(trace(in, engine == null ? Engine.ironing : engine, err)));
        }
        java.util.Optional<org.paretomech.analysis.ContinuousReference> reference = file.family()
                .filter(f -> f.upperAtomMass() == 0)
                .map(f -> org.paretomech.analysis.ContinuousReference.of(f, first.buyers(), first.units()));
        org.paretomech.analysis.ConvergenceStudy study = org.paretomech.analysis.ConvergenceStudy.of(levels, reference);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Convergence study: %s, n = %d, k = %d, %s%n%n", file.family().get().describe(), first.buyers(),
                first.units(), TableReport.printable(first.source()));
        o.print(study.render());
        reference.ifPresent(r -> o.printf(Locale.ROOT, "%ncontinuous (MATH §5, quadrature): W* = %.9f, monopoly reserve "
                + "%.9f, R(r*) = %.9f (Myerson's optimum if regular), second price without reserve R = %.9f, "
                + "S = %.9f, free lottery S = %.9f%n", r.welfareMax(), r.monopolyReserve(), r.revenueAtMonopolyReserve(),
                r.secondPriceRevenue(), r.secondPriceSurplus(), r.lotterySurplus()));
        o.flush();
        return ExitCode.OK.code();
    }

    private String primarySolver() {
        return solver == null ? Backends.DEFAULT : solver;
    }

    private String describe(Engine e) {
        if (e == Engine.ironing) {
            return "ironing (exact oracle, MATH §3)";
        }
        return "lp/" + primarySolver() + " (fallback " + String.join(" -> ", Backends.fallbackChain(primarySolver())
                .stream().skip(1).map(LpSolver::name).toList()) + ")";
    }
}
