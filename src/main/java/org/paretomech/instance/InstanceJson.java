package org.paretomech.instance;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.paretomech.distribution.DiscreteDistribution;
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

    /** Reads an instance file; {@code overrides} replace the file's buyers, units or transfers. */
    public static Instance read(Path file, InstanceOverrides overrides) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return parse(text, base, overrides);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses instance JSON; {@code defaultName} is used when the file has no {@code name}. */
    public static Instance parse(String json, String defaultName, InstanceOverrides overrides) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage().split("\n")[0];
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "malformed JSON at line %d, column %d: %s", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), msg));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an instance file must hold one JSON object {...}");
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
            DiscretisedFamily d = FamilySpecJson.discretise(root.get("family"));
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
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"%s\" = %s is far too large; give a number below %d", field, n, Instance.MAX_BUYERS));
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

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
