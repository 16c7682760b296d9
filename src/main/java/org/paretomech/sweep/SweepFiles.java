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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two output files of a sweep, one row per grid point in grid order:
 * <ul>
 *   <li>{@value #JSONL}: one JSON object per line with the fields {@code key, index, family, points,
 *       scheme, transfers, n, k, K, revenueMax, surplusMax, welfareMax, ksRevenue, ksSurplus,
 *       ksWelfareRatio, nashRevenue, nashSurplus, nashWelfareRatio, crossSideNashRevenue,
 *       crossSideNashSurplus, crossSideNashWelfareRatio, verdicts, vertices, engine, millis,
 *       status} (numbers {@code null} on a failed row);</li>
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

    private static final List<String> COLUMNS = List.of("index", "family", "points", "scheme", "transfers", "n", "k",
            "K", "revenueMax", "surplusMax", "welfareMax", "ksRevenue", "ksSurplus", "ksWelfareRatio", "nashRevenue",
            "nashSurplus", "nashWelfareRatio", "crossSideNashRevenue", "crossSideNashSurplus",
            "crossSideNashWelfareRatio", "verdicts", "vertices", "engine", "millis", "status");

    private SweepFiles() {
    }

    /** The row as one line of JSON (no line break). */
    public static String jsonLine(SweepRow r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", r.key());
        Map<String, Object> cells = cells(r);
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

    private static Map<String, Object> cells(SweepRow r) {
        Map<String, Object> c = new LinkedHashMap<>();
        Optional<SweepRow.Outcome> o = r.outcome();
        c.put("index", r.index());
        c.put("family", r.family());
        c.put("points", r.points());
        c.put("scheme", r.scheme());
        c.put("transfers", r.transfers());
        c.put("n", r.buyers());
        c.put("k", r.units());
        c.put("K", o.map(x -> (Object) x.supportSize()).orElse(null));
        c.put("revenueMax", o.map(x -> (Object) x.revenueMax()).orElse(null));
        c.put("surplusMax", o.map(x -> (Object) x.surplusMax()).orElse(null));
        c.put("welfareMax", o.map(x -> (Object) x.welfareMax()).orElse(null));
        solution(c, "ks", o.map(SweepRow.Outcome::ks));
        solution(c, "nash", o.map(SweepRow.Outcome::nash));
        solution(c, "crossSideNash", o.map(SweepRow.Outcome::crossSideNash));
        c.put("verdicts", o.map(x -> (Object) x.verdicts()).orElse(null));
        c.put("vertices", o.map(x -> (Object) x.vertices()).orElse(null));
        c.put("engine", r.engine());
        c.put("millis", r.millis());
        c.put("status", r.status());
        return c;
    }

    private static void solution(Map<String, Object> c, String prefix, Optional<SweepRow.Solution> s) {
        c.put(prefix + "Revenue", s.map(x -> (Object) x.revenue()).orElse(null));
        c.put(prefix + "Surplus", s.map(x -> (Object) x.surplus()).orElse(null));
        c.put(prefix + "WelfareRatio", s.map(x -> (Object) x.welfareRatio()).orElse(null));
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
                outcome = Optional.of(new SweepRow.Outcome(integer(o, "K"), number(o, "revenueMax"),
                        number(o, "surplusMax"), number(o, "welfareMax"), solution(o, "ks"), solution(o, "nash"),
                        solution(o, "crossSideNash"), o.get("verdicts").asText(), integer(o, "vertices"))
                        .reported());
            }
            return Optional.of(new SweepRow(o.get("key").asText(), integer(o, "index"), o.get("family").asText(),
                    integer(o, "points"), o.get("scheme").asText(), o.get("transfers").asText(), integer(o, "n"),
                    integer(o, "k"), outcome, o.get("engine").asText(), o.get("millis").asLong(), status));
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

    /** All rows as the text of {@value #JSONL}. */
    public static String jsonl(List<SweepRow> rows) {
        StringBuilder sb = new StringBuilder();
        for (SweepRow r : rows) {
            sb.append(jsonLine(r)).append('\n');
        }
        return sb.toString();
    }

    /** All rows as the text of {@value #CSV}, with a header line. */
    public static String csv(List<SweepRow> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (SweepRow r : rows) {
            Map<String, Object> c = cells(r);
            StringBuilder line = new StringBuilder();
            for (String col : COLUMNS) {
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
