package org.paretomech.instance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.distribution.Discretisation;
import org.paretomech.distribution.DiscretisedFamily;

/**
 * Reads and writes instance files (JSON):
 * <pre>
 * {"name": "...", "buyers": 11, "units": 1, "transfers": "no-subsidy",
 *  "values": [...], "probabilities": [...], "source": "how it was made"}
 * </pre>
 * {@code units} defaults to 1 and {@code transfers} to {@code no-subsidy}. Instead of
 * {@code probabilities} a file may give {@code counts} (normalised); instead of
 * {@code values}/{@code probabilities} it may give {@code "family": {...}} (see
 * {@link FamilySpecJson}). Every problem is reported as an {@link IllegalArgumentException} with a
 * one-line message naming the field, the value and the fix.
 */
public final class InstanceJson {

    private static final Set<String> FIELDS = new TreeSet<>(List.of(
            "name", "buyers", "units", "transfers", "values", "probabilities", "counts", "family", "source"));

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private InstanceJson() {
    }

    /**
     * Reads an instance file; {@code overrides} replace the file's buyers, units or transfers.
     *
     * @throws IOException              when the file is missing, unreadable or a directory (a
     *                                  {@link FileSystemException} naming the file)
     * @throws IllegalArgumentException when the content is invalid, including text that is not UTF-8;
     *                                  the message starts with the file name
     */
    public static Instance read(Path file, InstanceOverrides overrides) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null,
                    "is a directory, not an instance file; give the path of a JSON file");
        }
        String text;
        try {
            text = InputFiles.readText(file, "an instance file");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": the file is not UTF-8 text; save it as UTF-8", e);
        }
        Path fileName = file.getFileName();
        String base = fileName == null ? "instance" : fileName.toString().replaceFirst("\\.json$", "");
        try {
            return parse(text, base, overrides);
        } catch (OptionMismatchException e) {
            throw new OptionMismatchException(file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses instance JSON; {@code defaultName} is used when the file has no {@code name}. */
    public static Instance parse(String json, String defaultName, InstanceOverrides overrides) {
        try {
            return parseObject(json, defaultName, overrides);
        } catch (IllegalArgumentException e) {
            // messages quote strings from the file (e.g. "transfers": "a\nb"); keep them on one line
            String m = e.getMessage();
            if (!(e instanceof OptionMismatchException) && m != null && (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0)) {
                throw new IllegalArgumentException(m.replace("\r", "\\r").replace("\n", "\\n"), e);
            }
            throw e;
        }
    }

    private static Instance parseObject(String json, String defaultName, InstanceOverrides overrides) {
        JsonNode root;
        try {
            // Files saved by some Windows editors start with a byte-order mark, which Jackson rejects.
            root = MAPPER.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(malformed(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an instance file must hold one JSON object {...}, but "
                    + describeRoot(root, json) + "; write {\"buyers\": 2, \"values\": [...], \"probabilities\": [...]}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "unknown field \"%s\"; known fields are %s", f, String.join(", ", FIELDS)));
            }
        }
        String name = root.has("name") ? text(root, "name") : defaultName;
        String source = root.has("source") ? text(root, "source") : "";
        int buyers;
        if (overrides.buyers().isPresent()) {
            buyers = overrides.buyers().getAsInt();
        } else if (root.has("buyers")) {
            buyers = integer(root, "buyers");
        } else {
            throw new IllegalArgumentException("\"buyers\" is missing; add \"buyers\": N to the file or pass --buyers N");
        }
        int units = overrides.units().isPresent() ? overrides.units().getAsInt()
                : root.has("units") ? integer(root, "units") : 1;
        boolean overridden = overrides.buyers().isPresent() || overrides.units().isPresent();
        if (overridden && buyers >= 1 && units > buyers) {
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "units = %d%s exceeds buyers = %d%s; with unit demand at most one unit per buyer can be sold, "
                            + "so use %s",
                    units, overrides.units().isPresent() ? " (--units)" : " (from the file)",
                    buyers, overrides.buyers().isPresent() ? " (--buyers)" : " (from the file)",
                    overrides.units().isPresent() ? "--units " + buyers + " or fewer" : "--buyers " + units + " or more"));
        }
        TransferMode transfers = overrides.transfers().isPresent() ? overrides.transfers().get()
                : root.has("transfers") ? TransferMode.fromLabel(text(root, "transfers")) : TransferMode.NO_SUBSIDY;

        DiscreteDistribution distribution;
        if (root.has("family")) {
            for (String f : List.of("values", "probabilities", "counts")) {
                if (root.has(f)) {
                    throw new IllegalArgumentException("\"family\" and \"" + f
                            + "\" are both given; give either a family or explicit values, not both");
                }
            }
            DiscretisedFamily d = discretise(root.get("family"));
            distribution = d.distribution();
            if (source.isEmpty()) {
                source = d.source();
            }
        } else {
            if (!root.has("values")) {
                throw new IllegalArgumentException("\"values\" is missing; give \"values\" with \"probabilities\" "
                        + "or \"counts\", or a \"family\"");
            }
            double[] values = numbers(root, "values");
            boolean hasP = root.has("probabilities");
            boolean hasC = root.has("counts");
            if (hasP && hasC) {
                throw new IllegalArgumentException("\"probabilities\" and \"counts\" are both given; give one of them");
            }
            if (!hasP && !hasC) {
                throw new IllegalArgumentException("\"probabilities\" is missing; give \"probabilities\" (summing to 1) "
                        + "or \"counts\" (normalised) next to \"values\"");
            }
            distribution = hasP ? DiscreteDistribution.of(values, numbers(root, "probabilities"))
                    : DiscreteDistribution.ofWeights(values, numbers(root, "counts"));
        }
        return new Instance(name, buyers, units, transfers, distribution, source);
    }

    /** Serialises an instance with explicit values and probabilities (pretty-printed, stable field order). */
    public static String write(Instance instance) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", instance.name());
        o.put("buyers", instance.buyers());
        o.put("units", instance.units());
        o.put("transfers", instance.transfers().label());
        ArrayNode v = o.putArray("values");
        ArrayNode p = o.putArray("probabilities");
        DiscreteDistribution d = instance.distribution();
        for (int j = 0; j < d.size(); j++) {
            v.add(d.value(j));
            p.add(d.mass(j));
        }
        o.put("source", instance.source());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise instance " + instance.name(), e);
        }
    }

    static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (!n.isTextual()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"%s\" = %s is not a string; write it in double quotes", field, n));
        }
        return n.asText();
    }

    static int integer(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (!n.isNumber() || !n.canConvertToExactIntegral()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"%s\" = %s is not a whole number; give an integer such as 3", field, n));
        }
        if (!n.canConvertToInt()) {
            long limit = field.equals("buyers") || field.equals("units") ? Instance.MAX_BUYERS
                    : field.equals("points") ? Discretisation.MAX_POINTS : Integer.MAX_VALUE;
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"%s\" = %s is far too large; give a whole number of at most %d", field, n, limit));
        }
        return n.intValue();
    }

    static double number(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (!n.isNumber()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"%s\" = %s is not a number", field, n));
        }
        return n.doubleValue();
    }

    static double[] numbers(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (!n.isArray()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"%s\" must be an array of numbers, got %s", field, abbreviate(n.toString())));
        }
        if (n.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"%s\" is empty; give at least one number", field));
        }
        List<Double> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s[%d] = %s is not a number", field, i, abbreviate(e.toString())));
            }
            out.add(e.doubleValue());
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Discretises a {@code "family"} object. Extreme parameters can make Commons Math's special
     * functions fail to converge; that is a property of the input, so it is reported as such.
     */
    private static DiscretisedFamily discretise(JsonNode family) {
        try {
            return FamilySpecJson.discretise(family);
        } catch (MathIllegalStateException | MathArithmeticException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"family\" = %s cannot be discretised: %s; the parameters are too extreme, "
                            + "choose values of moderate size", abbreviate(family.toString()),
                    oneLine(String.valueOf(e.getMessage()))), e);
        }
    }

    private static String malformed(JsonProcessingException e) {
        return malformed(e, "instance");
    }

    /**
     * A one-line description of a JSON syntax error without Jackson's internal names (source
     * placeholders, parser features), with its line and column; {@code what} names the object the
     * file holds ({@code instance}, {@code experiment}).
     */
    public static String malformed(JsonProcessingException e, String what) {
        String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        msg = oneLine(msg);
        if (msg.startsWith("Trailing token")) {
            msg = "unexpected text after the closing } of the " + what + " object; a file holds exactly one object";
        }
        msg = msg.replaceAll(" ?\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)",
                        " (opened at line $1, column $2)")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll(" ?\\(bound as `[^`]*`\\)", "")
                .replaceAll(" ?\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                        " comments are not allowed in JSON")
                .replaceAll(" ?\\[Source: [^\\]]*\\]", "");
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : String.format(Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
        return "malformed JSON" + where + ": " + msg + "; fix the JSON syntax";
    }

    private static String describeRoot(JsonNode root, String json) {
        if (root == null || root.isMissingNode() || json.isBlank()) {
            return "the file is empty";
        }
        if (root.isArray()) {
            return "it holds an array " + abbreviate(root.toString());
        }
        return "it holds " + abbreviate(root.toString());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
