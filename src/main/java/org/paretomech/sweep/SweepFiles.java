package org.paretomech.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The two output files of a sweep, one row per grid point in grid order:
 * <ul>
 *   <li>{@value #JSONL}: one JSON object per line with the fields {@code key, index, family, points,
 *       scheme, transfers, n, k, K, revenueMax, surplusMax, welfareMax, ksRevenue, ksSurplus,
 *       ksWelfareRatio, nashRevenue, nashSurplus, nashWelfareRatio, crossSideNashRevenue,
 *       crossSideNashSurplus, crossSideNashWelfareRatio, verdicts, vertices, engine, millis,
 *       status} (numbers {@code null} on a failed row); an experiment whose {@code "solutions"}
 *       selects fewer than three has only their {@code Revenue, Surplus, WelfareRatio} fields,
 *       and one that lists {@code "instances"} has an {@code instance} field after {@code family}
 *       (the file's path as the experiment gives it; {@code null} on family rows, while
 *       {@code family}, {@code points} and {@code scheme} are {@code null} on instance rows, and
 *       {@code n}, {@code k}, {@code transfers} on a failed instance row whose file would have
 *       given them) ({@link Columns});</li>
 *   <li>{@value #CSV}: the same columns without {@code key}, RFC 4180 quoting, empty cells on a
 *       failed row.</li>
 * </ul>
 * Numbers are written with {@link Double#toString} (they read back exactly), so two runs of the
 * same experiment give the same files except for the {@code millis} column. As in the output of
 * {@code frontier}, rounding residue at an exact bound is not written: an amount within
 * {@code 1e-8 W*} of 0 is 0 and a welfare ratio within {@code 1e-8} of 1 is 1
 * ({@link SweepRow.Outcome#reported()}, the rule of {@link org.paretomech.report.ReportedValues}).
 */
public final class SweepFiles {

    /** Name of the JSON-lines file, also the record that makes a sweep resumable. */
    public static final String JSONL = "rows.jsonl";
    /** Name of the CSV file. */
    public static final String CSV = "rows.csv";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Which columns the row files have: the fixed ones, {@code instance} when the experiment lists
     * instance files, and for each selected bargaining solution (column order) its {@code Revenue},
     * {@code Surplus} and {@code WelfareRatio}.
     *
     * @param instances whether there is an {@code instance} column (after {@code family})
     * @param solutions the experiment's {@code "solutions"}, non-empty; kept in column order
     */
    public record Columns(boolean instances, List<BargainingConcept> solutions) {

        /**
         * The columns of an experiment with families only and every solution: those of every sweep
         * before {@code "instances"} and {@code "solutions"} existed.
         */
        public static final Columns ALL = new Columns(false, BargainingConcept.all());

        /** Puts the solutions in column order and checks there is one. */
        public Columns {
            solutions = BargainingConcept.inColumnOrder(solutions);
            if (solutions.isEmpty()) {
                throw new IllegalArgumentException("the row files need at least one bargaining solution; select any of "
                        + BargainingConcept.labels());
            }
        }

        /** The columns of {@code experiment}'s row files. */
        public static Columns of(Experiment experiment) {
            return new Columns(!experiment.instances().isEmpty(), experiment.solutions());
        }

        /** The column names of {@value #CSV}, in order ({@value #JSONL} has {@code key} first). */
        public List<String> names() {
            List<String> out = new ArrayList<>(List.of("index", "family"));
            if (instances) {
                out.add("instance");
            }
            out.addAll(List.of("points", "scheme", "transfers", "n", "k", "K", "revenueMax", "surplusMax",
                    "welfareMax"));
            for (BargainingConcept c : solutions) {
                out.addAll(List.of(c.column() + "Revenue", c.column() + "Surplus", c.column() + "WelfareRatio"));
            }
            out.addAll(List.of("verdicts", "vertices", "engine", "millis", "status"));
            return List.copyOf(out);
        }
    }

    private SweepFiles() {
    }

    /** The row as one line of JSON (no line break), with {@code columns}. */
    public static String jsonLine(SweepRow r, Columns columns) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", r.key());
        Map<String, Object> cells = cells(r, columns);
        cells.forEach((k, v) -> {
            if (v == null) {
                o.putNull(k);
            } else if (v instanceof Integer i) {
                o.put(k, i);
            } else if (v instanceof Long l) {
                o.put(k, l);
            } else if (v instanceof Double d) {
                o.put(k, d);
            } else {
                o.put(k, v.toString());
            }
        });
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sweep row as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The cells of {@code columns.names()}; a solution the row lacks, like every number of a failed row, is null. */
    private static Map<String, Object> cells(SweepRow r, Columns columns) {
        Map<String, Object> c = new LinkedHashMap<>();
        Optional<SweepRow.Outcome> o = r.outcome();
        c.put("index", r.index());
        c.put("family", r.family().orElse(null));
        if (columns.instances()) {
            c.put("instance", r.instance().orElse(null));
        }
        c.put("points", boxed(r.points()));
        c.put("scheme", r.scheme().orElse(null));
        c.put("transfers", r.transfers().orElse(null));
        c.put("n", boxed(r.buyers()));
        c.put("k", boxed(r.units()));
        c.put("K", o.map(x -> (Object) x.supportSize()).orElse(null));
        c.put("revenueMax", o.map(x -> (Object) x.revenueMax()).orElse(null));
        c.put("surplusMax", o.map(x -> (Object) x.surplusMax()).orElse(null));
        c.put("welfareMax", o.map(x -> (Object) x.welfareMax()).orElse(null));
        for (BargainingConcept concept : columns.solutions()) {
            Optional<SweepRow.Solution> s = o.flatMap(x -> x.solution(concept));
            c.put(concept.column() + "Revenue", s.map(x -> (Object) x.revenue()).orElse(null));
            c.put(concept.column() + "Surplus", s.map(x -> (Object) x.surplus()).orElse(null));
            c.put(concept.column() + "WelfareRatio", s.map(x -> (Object) x.welfareRatio()).orElse(null));
        }
        c.put("verdicts", o.map(x -> (Object) x.verdicts()).orElse(null));
        c.put("vertices", o.map(x -> (Object) x.vertices()).orElse(null));
        c.put("engine", r.engine());
        c.put("millis", r.millis());
        c.put("status", r.status());
        return c;
    }

    private static Integer boxed(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    /**
     * Reads one line of {@value #JSONL} back; empty for a line that is blank, truncated (an
     * interrupted run) or otherwise not a row, so that its grid point is simply recomputed. The
     * reporting rule is applied to what is read, which leaves a row this class wrote unchanged and
     * removes the residue from a row written before the rule (the files are rewritten at the end
     * of the run).
     */
    public static Optional<SweepRow> parseLine(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode o = MAPPER.readTree(line);
            String status = o.get("status").asText();
            Optional<SweepRow.Outcome> outcome = Optional.empty();
            if (SweepRow.OK.equals(status)) {
                Map<BargainingConcept, SweepRow.Solution> solutions = new LinkedHashMap<>();
                for (BargainingConcept c : BargainingConcept.all()) {
                    if (o.hasNonNull(c.column() + "Revenue")) {
                        solutions.put(c, solution(o, c.column()));
                    }
                }
                outcome = Optional.of(new SweepRow.Outcome(integer(o, "K"), number(o, "revenueMax"),
                        number(o, "surplusMax"), number(o, "welfareMax"), solutions, o.get("verdicts").asText(),
                        integer(o, "vertices")).reported());
            }
            return Optional.of(new SweepRow(o.get("key").asText(), integer(o, "index"), optionalText(o, "family"),
                    optionalText(o, "instance"), optionalInteger(o, "points"), optionalText(o, "scheme"),
                    optionalText(o, "transfers"), optionalInteger(o, "n"), optionalInteger(o, "k"), outcome,
                    o.get("engine").asText(), o.get("millis").asLong(), status));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SweepRow.Solution solution(JsonNode o, String prefix) {
        return new SweepRow.Solution(number(o, prefix + "Revenue"), number(o, prefix + "Surplus"),
                number(o, prefix + "WelfareRatio"));
    }

    private static double number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("field " + field + " is not a number");
        }
        return v.asDouble();
    }

    /** A text field; empty when absent or null (an instance row's family, a family row's instance). */
    private static Optional<String> optionalText(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field " + field + " is not text");
        }
        return Optional.of(v.asText());
    }

    private static OptionalInt optionalInteger(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? OptionalInt.empty() : OptionalInt.of(integer(o, field));
    }

    private static int integer(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("field " + field + " is not an integer");
        }
        return v.asInt();
    }

    /**
     * The rows of an existing {@value #JSONL} by key (a later line wins); empty if the file does not exist.
     *
     * @throws IOException when the file exists but cannot be read
     */
    public static Map<String, SweepRow> readRows(Path jsonl) throws IOException {
        Map<String, SweepRow> out = new LinkedHashMap<>();
        if (!Files.exists(jsonl)) {
            return out;
        }
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            parseLine(line).ifPresent(r -> out.put(r.key(), r));
        }
        return out;
    }

    /** All rows as the text of {@value #JSONL}, with {@code columns}. */
    public static String jsonl(List<SweepRow> rows, Columns columns) {
        StringBuilder sb = new StringBuilder();
        for (SweepRow r : rows) {
            sb.append(jsonLine(r, columns)).append('\n');
        }
        return sb.toString();
    }

    /** All rows as the text of {@value #CSV}, with a header line naming {@code columns}. */
    public static String csv(List<SweepRow> rows, Columns columns) {
        List<String> names = columns.names();
        StringBuilder sb = new StringBuilder(String.join(",", names)).append('\n');
        for (SweepRow r : rows) {
            Map<String, Object> c = cells(r, columns);
            StringBuilder line = new StringBuilder();
            for (String col : names) {
                if (line.length() > 0) {
                    line.append(',');
                }
                Object v = c.get(col);
                line.append(v == null ? "" : quote(v.toString()));
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains(";")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * Writes {@code bytes} to {@code file} atomically: a temporary file in the same directory,
     * then a move over the target.
     *
     * @throws IOException when the directory is not writable
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                // temporary files are owner-only; results are ordinary files readable by all
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
