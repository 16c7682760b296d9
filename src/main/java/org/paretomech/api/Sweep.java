package org.paretomech.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.paretomech.sweep.Experiment;
import org.paretomech.sweep.SweepRunner;

/**
 * An experiment ready to run, as {@code paretomech sweep} runs it: one exact frontier per grid row
 * (ironing engine), rows in grid order whatever the number of threads. Immutable: {@link #out(Path)}
 * and {@link #threads(int)} return a new sweep. Obtain one from {@link Paretomech#sweep(Path)} or
 * {@link Paretomech#sweep(Experiment)}; finish with {@link #run()}.
 *
 * <pre>{@code
 * SweepResult r = Paretomech.sweep(Path.of("experiments/paper-claims.json")).threads(2).run();
 * for (SweepRow row : r.rows()) {
 *     row.outcome().flatMap(o -> o.solution(BargainingConcept.NASH)).ifPresent(s -> System.out.println(
 *             row.label() + ", n = " + row.buyers().getAsInt() + ": Nash W/W* = " + s.welfareRatio()));
 * }
 * Paretomech.sweep(Path.of("experiments/paper-claims.json")).out(Path.of("out/claims")).run();  // files, resumable
 * }</pre>
 */
public final class Sweep {

    private final Experiment experiment;
    private final Optional<Path> directory;
    private final int threads;

    private Sweep(Experiment experiment, Optional<Path> directory, int threads) {
        this.experiment = experiment;
        this.directory = directory;
        this.threads = threads;
    }

    static Sweep of(Experiment experiment) {
        return new Sweep(experiment, Optional.empty(), Runtime.getRuntime().availableProcessors());
    }

    /** The experiment, as parsed and validated. */
    public Experiment experiment() {
        return experiment;
    }

    /**
     * Writes {@code rows.csv} and {@code rows.jsonl} into {@code dir} (created if needed), as
     * {@code paretomech sweep --out DIR} does, and resumes from a {@code rows.jsonl} already there:
     * rows it holds are reused, not computed again. Without it, {@link #run()} computes every row
     * in memory and writes nothing.
     *
     * @throws IllegalArgumentException when {@code dir} is null
     */
    public Sweep out(Path dir) {
        if (dir == null) {
            throw new IllegalArgumentException("dir is null; give the output directory, e.g. Path.of(\"out/sweep\"), "
                    + "or leave out(...) out to run in memory");
        }
        return new Sweep(experiment, Optional.of(dir), threads);
    }

    /**
     * Runs the rows on {@code n} worker threads (default: every core). The rows do not depend on it.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public Sweep threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "threads = %d; use at least 1 thread (the default is every core, %d here)", n,
                    Runtime.getRuntime().availableProcessors()));
        }
        return new Sweep(experiment, directory, n);
    }

    /**
     * Runs the sweep. A row that fails (a family that cannot be discretised as asked, a missing
     * instance file, more units than buyers) is a failed row ({@link SweepResult#failed()}), not an
     * exception.
     *
     * @throws UncheckedIOException when the output directory cannot be read or written
     */
    public SweepResult run() {
        SweepRunner.Result r;
        try {
            r = directory.isPresent()
                    ? new SweepRunner().run(experiment, directory.get(), threads, SweepRunner.Listener.none())
                    : new SweepRunner().run(experiment, threads, SweepRunner.Listener.none());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep into " + directory.orElseThrow() + " ("
                    + e.getMessage() + "); choose a writable directory", e);
        }
        return new SweepResult(experiment, r.rows(), r.computed(), r.reused(), directory);
    }
}
