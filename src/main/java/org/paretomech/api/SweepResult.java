package org.paretomech.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.paretomech.sweep.Experiment;
import org.paretomech.sweep.SweepFiles;
import org.paretomech.sweep.SweepRow;

/**
 * What a {@link Sweep} produced: one {@link SweepRow} per grid row, in grid order, with the
 * experiment's selected bargaining solutions ({@link SweepRow.Outcome#solution}).
 *
 * @param experiment the experiment that was run
 * @param rows       every row, in grid order
 * @param computed   rows computed in this run
 * @param reused     rows taken from the output directory's {@code rows.jsonl} (0 without {@link Sweep#out})
 * @param directory  where {@code rows.csv} and {@code rows.jsonl} were written; empty for an in-memory run
 */
public record SweepResult(Experiment experiment, List<SweepRow> rows, int computed, int reused,
                          Optional<Path> directory) {

    /** Copies the list. */
    public SweepResult {
        rows = List.copyOf(rows);
    }

    /** Number of failed rows (their {@link SweepRow#status()} says why). */
    public long failed() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    /** The rows as the text of {@code rows.csv}, byte for byte what {@code paretomech sweep} writes (but {@code millis}). */
    public String csv() {
        return SweepFiles.csv(rows, SweepFiles.Columns.of(experiment));
    }

    /** The rows as the text of {@code rows.jsonl}, byte for byte what {@code paretomech sweep} writes (but {@code millis}). */
    public String jsonl() {
        return SweepFiles.jsonl(rows, SweepFiles.Columns.of(experiment));
    }
}
