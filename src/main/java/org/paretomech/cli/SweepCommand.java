package org.paretomech.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paretomech.sweep.Experiment;
import org.paretomech.sweep.FrontierOverlay;
import org.paretomech.sweep.FrontierOverlayPlot;
import org.paretomech.sweep.SweepFiles;
import org.paretomech.sweep.SweepRunner;
import org.paretomech.sweep.WelfareRatioPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paretomech sweep EXPERIMENT.json}: the exact frontier of every point of an experiment's
 * grid, one row each in {@code DIR/rows.csv} and {@code DIR/rows.jsonl}; resumable (rows already in
 * {@code rows.jsonl} are kept). See {@link Experiment} for the file format and {@link SweepFiles}
 * for the columns.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run an experiment: the exact frontier of every point of its grid.",
                "For every family, parameter value, grid size and number of buyers, and every instance file "
                        + "with its overrides: traces the exact frontier and records R_max, S_max, W*, the selected "
                        + "solutions (KS, Nash, cross-side Nash) with their welfare ratios and the characterisation "
                        + "verdicts, one row each in DIR/rows.csv and "
                        + "DIR/rows.jsonl (grid order). Re-running skips rows already in DIR/rows.jsonl; only the "
                        + "'millis' column differs between runs."})
final class SweepCommand implements Callable<Integer> {

    /** Most worker threads: more only add memory (each holds a frontier) and contention. */
    static final int MAX_THREADS = 256;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file (JSON).")
    Path experiment;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: out/sweep-NAME with the experiment's name).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--plot", description = {"Also write DIR/welfare-ratio.png (welfare ratio against n) and",
            "DIR/frontiers.png (the frontiers of the rows the experiment's \"overlay\" selects, in units of W*)."})
    boolean plot;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || threads > MAX_THREADS) {
            throw Usage.error(spec, String.format(Locale.ROOT, "--threads %d is out of range; use 1 to %d (this machine "
                    + "has %d cores, the default)", threads, MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        }
        Usage.refuseToOverwriteInputIn(spec, "--out", out, List.of(SweepFiles.CSV, SweepFiles.JSONL,
                "welfare-ratio.png", "frontiers.png"), experiment);
        Experiment e = Experiment.read(experiment);
        Path dir = out != null ? out : Path.of("out", "sweep-" + e.name().replaceAll("[^A-Za-z0-9._-]", "_"));
        PrintWriter err = spec.commandLine().getErr();
        Bar bar = new Bar(err);
        SweepRunner.Result result;
        try {
            result = new SweepRunner().run(e, dir, threads, bar::update);
        } catch (IOException ex) {
            throw new OutputException("cannot write the sweep into " + dir + " (" + AtomicOutput.reason(ex, dir)
                    + "); choose a writable --out directory", ex);
        }
        bar.finish();
        if (plot) {
            FrontierOverlay.Overlay overlay = FrontierOverlay.of(e, result.rows(), threads);
            new AtomicOutput().add("welfare-ratio.png", WelfareRatioPlot.png(e.name(), result.rows()))
                    .add("frontiers.png", FrontierOverlayPlot.png(e.name(), overlay)).writeTo(dir, "--out");
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %d rows (%d computed, %d reused, %d failed) in %s%n", e.name(),
                result.rows().size(), result.computed(), result.reused(), result.failed(), dir);
        o.flush();
        return ExitCode.OK.code();
    }

    /**
     * Progress bar on standard error ({@code [#####.....] done/total, rows/s, ETA}), drawn only when
     * standard error is a terminal ({@link Terminal#progressWanted}) and at most ten times a second.
     */
    static final class Bar {
        private final PrintWriter err;
        private final boolean enabled = Terminal.progressWanted();
        private final long start = System.nanoTime();
        private long last;
        private boolean drawn;

        Bar(PrintWriter err) {
            this.err = err;
        }

        void update(int done, int total, int computed) {
            long now = System.nanoTime();
            if (!enabled || (now - last < 100_000_000L && done < total)) {
                return;
            }
            last = now;
            double seconds = (now - start) / 1e9;
            double rate = seconds > 0 ? computed / seconds : 0;
            String eta = rate > 0 ? String.format(Locale.ROOT, "%.0f s", (total - done) / rate) : "?";
            int width = 30;
            int filled = total == 0 ? width : (int) Math.round(width * (double) done / total);
            err.printf(Locale.ROOT, "\rsweep [%s%s] %d/%d rows, %.1f rows/s, ETA %s   ", "#".repeat(filled),
                    ".".repeat(width - filled), done, total, rate, eta);
            err.flush();
            drawn = true;
        }

        void finish() {
            if (drawn) {
                err.println();
                err.flush();
            }
        }
    }
}
