package org.paretomech.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.paretomech.analysis.CharacterisationCheck;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.numeric.Tolerances;

/**
 * Runs an {@link Experiment}: one exact frontier per grid point (ironing engine, MATH §3–§4, with
 * {@link Tolerances#DEFAULT}), in parallel on a fixed thread pool.
 *
 * <p><b>Files and resumption.</b> Before computing, the runner reads {@code DIR/rows.jsonl} if it
 * exists and reuses every {@code ok} row whose {@link SweepPoint#key()} is in the grid and that
 * has every bargaining solution the experiment selects ({@link Experiment#solutions()}); failed
 * rows, missing rows and rows lacking a selected solution (written under a narrower
 * {@code "solutions"}) are computed. A reused row with more solutions than selected keeps only the
 * selected ones. So the files never mix selections: every row has exactly the selected columns, and
 * a reused row equals the row a fresh run computes (computation is deterministic). Each computed row is appended to {@code rows.jsonl} as soon as it
 * is done (in completion order, one line, flushed), so an interrupted run loses at most the rows in
 * progress; a half-written last line is ignored on the next run. At the end both
 * {@code rows.jsonl} and {@code rows.csv} are rewritten atomically, complete and in grid order
 * whatever the number of threads. Rows whose key is not in the grid are dropped then.
 *
 * <p>A row that throws (e.g. a family that cannot be discretised as asked, more units than buyers,
 * a missing or invalid instance file, a failed certificate) becomes a {@code failed: <reason>}
 * row; the sweep continues.
 */
public final class SweepRunner {

    /** Progress callback, called on the caller's thread after each row is settled. */
    @FunctionalInterface
    public interface Listener {
        /**
         * A row is done.
         *
         * @param done     rows settled so far (reused ones included)
         * @param total    rows in the grid
         * @param computed rows computed in this run so far
         */
        void rowDone(int done, int total, int computed);

        /** A listener that does nothing. */
        static Listener none() {
            return (done, total, computed) -> { };
        }
    }

    /**
     * What a run produced.
     *
     * @param rows     every row, in grid order
     * @param computed rows computed in this run
     * @param reused   rows taken from an earlier {@code rows.jsonl}
     */
    public record Result(List<SweepRow> rows, int computed, int reused) {
        /** Copies the list. */
        public Result {
            rows = List.copyOf(rows);
        }

        /** Number of failed rows. */
        public long failed() {
            return rows.stream().filter(r -> !r.ok()).count();
        }
    }

    private final Function<SweepPoint, SweepRow> compute;

    /** A runner computing each row with {@link #compute(SweepPoint)}. */
    public SweepRunner() {
        this(SweepRunner::compute);
    }

    /**
     * A runner computing each row with {@code compute} (a hook for tests and instrumentation); it
     * must be thread-safe. An exception it throws becomes a failed row.
     */
    public SweepRunner(Function<SweepPoint, SweepRow> compute) {
        this.compute = compute;
    }

    /**
     * Runs the experiment into {@code dir} (created if needed) on {@code threads} threads.
     *
     * @throws IOException              when {@code dir} or its files cannot be read or written
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public Result run(Experiment experiment, Path dir, int threads, Listener listener) throws IOException {
        return run(experiment, Optional.of(dir), threads, listener);
    }

    /**
     * Runs the experiment in memory on {@code threads} threads: every row is computed, no file is
     * read or written. The rows are those {@link #run(Experiment, Path, int, Listener)} writes.
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public Result run(Experiment experiment, int threads, Listener listener) {
        try {
            return run(experiment, Optional.empty(), threads, listener);
        } catch (IOException e) {
            throw new IllegalStateException("a sweep without files did input or output", e);
        }
    }

    private Result run(Experiment experiment, Optional<Path> directory, int threads, Listener listener)
            throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "threads = %d; use at least 1 thread", threads));
        }
        List<SweepPoint> grid = experiment.grid();
        List<BargainingConcept> solutions = experiment.solutions();
        SweepFiles.Columns columns = SweepFiles.Columns.of(experiment);
        Optional<Path> jsonl = directory.map(d -> d.resolve(SweepFiles.JSONL));
        if (directory.isPresent()) {
            Files.createDirectories(directory.get());
        }
        Map<String, SweepRow> previous = jsonl.isPresent() ? SweepFiles.readRows(jsonl.get()) : Map.of();
        SweepRow[] rows = new SweepRow[grid.size()];
        List<SweepPoint> todo = new ArrayList<>();
        for (SweepPoint p : grid) {
            SweepRow old = previous.get(p.key());
            if (old != null && old.ok() && old.outcome().orElseThrow().hasAll(solutions)) {
                rows[p.index()] = old.atIndex(p.index()).restrictedTo(solutions);
            } else {
                todo.add(p);
            }
        }
        int reused = grid.size() - todo.size();
        int done = reused;
        listener.rowDone(done, grid.size(), 0);
        if (!todo.isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
                Thread t = new Thread(r, "sweep-worker");
                t.setDaemon(true);
                return t;
            });
            try (BufferedWriter append = jsonl.isPresent() ? openForAppend(jsonl.get())
                    : new BufferedWriter(Writer.nullWriter())) {
                ExecutorCompletionService<SweepRow> completion = new ExecutorCompletionService<>(pool);
                for (SweepPoint p : todo) {
                    completion.submit(() -> safely(p));
                }
                for (int i = 0; i < todo.size(); i++) {
                    SweepRow r = completion.take().get().restrictedTo(solutions);
                    rows[r.index()] = r;
                    append.write(SweepFiles.jsonLine(r, columns));
                    append.write('\n');
                    append.flush();
                    done++;
                    listener.rowDone(done, grid.size(), i + 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sweep was interrupted; re-run it to resume", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a sweep worker failed outside its row: " + e.getCause(), e);
            } finally {
                pool.shutdownNow();
            }
        }
        List<SweepRow> all = List.of(rows);
        if (directory.isPresent()) {
            SweepFiles.writeAtomically(directory.get().resolve(SweepFiles.CSV),
                    SweepFiles.csv(all, columns).getBytes(StandardCharsets.UTF_8));
            SweepFiles.writeAtomically(jsonl.get(), SweepFiles.jsonl(all, columns).getBytes(StandardCharsets.UTF_8));
        }
        return new Result(all, todo.size(), reused);
    }

    private SweepRow safely(SweepPoint p) {
        long start = System.nanoTime();
        try {
            SweepRow r = compute.apply(p);
            if (r == null || r.index() != p.index() || !r.key().equals(p.key())) {
                throw new IllegalStateException("the row computation returned a row for another grid point");
            }
            return r;
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return SweepRow.failed(p, IroningEngine.NAME, (System.nanoTime() - start) / 1_000_000, reason);
        }
    }

    /** Opens {@code rows.jsonl} for appending, first ending a line an interrupted run left unfinished. */
    private static BufferedWriter openForAppend(Path jsonl) throws IOException {
        boolean needsNewline = Files.exists(jsonl) && Files.size(jsonl) > 0 && !endsWithNewline(jsonl);
        BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (needsNewline) {
            w.write('\n');
        }
        return w;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (var ch = Files.newByteChannel(file)) {
            ch.position(ch.size() - 1);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            ch.read(b);
            return b.get(0) == '\n';
        }
    }

    /**
     * Computes one row: discretises the family (MATH §8) or reads the instance file with the
     * experiment's overrides, traces the exact frontier with the
     * ironing engine, and records {@code R_max}, {@code S_max}, {@code W*}, all three bargaining
     * solutions (MATH §6; {@link #run} keeps the selected ones) and the characterisation verdicts ({@link CharacterisationCheck}), with
     * rounding residue at an exact bound removed as in {@code frontier}'s output
     * ({@link SweepRow.Outcome#reported()}). The check gets the continuous family when there is
     * one (a family row's, an instance file's {@code "family"}), as the {@code check} command does.
     * Thread-safe: every call uses its own engine.
     *
     * @throws RuntimeException when the point cannot be discretised, read or solved
     */
    public static SweepRow compute(SweepPoint point) {
        long start = System.nanoTime();
        Instance instance = point.instance();
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(instance);
        FrontierAnalysis a = FrontierAnalysis.of(f);
        CharacterisationCheck check = CharacterisationCheck.of(a, point.continuousFamily());
        SweepRow.Outcome outcome = SweepRow.Outcome.of(instance.supportSize(), f.revenueMax(), f.surplusMax(),
                f.welfareMax(), solution(a.kalaiSmorodinsky()), solution(a.nash()), solution(a.crossSideNash()),
                verdictSummary(check), f.vertices().size()).reported();
        return SweepRow.computed(point, instance, f.engine(), (System.nanoTime() - start) / 1_000_000, outcome);
    }

    private static SweepRow.Solution solution(BargainingSolution s) {
        return new SweepRow.Solution(s.revenue(), s.surplus(), s.welfareRatio());
    }

    /**
     * The verdicts in short form, informational ones left out:
     * {@code regular+anti-MHR: PASS; second-price on frontier: PASS; MHR: NOT APPLICABLE; KS>=1/2: PASS}.
     */
    static String verdictSummary(CharacterisationCheck check) {
        List<String> parts = new ArrayList<>();
        for (CharacterisationCheck.Verdict v : check.verdicts()) {
            if (v.status() == CharacterisationCheck.Status.INFO) {
                continue;
            }
            parts.add(v.label() + ": " + v.status().name().replace('_', ' '));
        }
        return String.join("; ", parts);
    }
}
