package org.paretomech.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.Discretisation;
import org.paretomech.distribution.Discretisation.Binning;
import org.paretomech.distribution.Discretisation.Scheme;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * A sweep experiment: which continuous families, grid sizes and numbers of buyers to run. The file
 * format is
 * <pre>
 * {"name": "paper-claims",
 *  "families": [{"name": "lomax", "shape": [2, 3]}, {"name": "weibull", "shape": [2]}, {"name": "uniform"}],
 *  "buyers": [2, 5, 10, 20, 50], "units": 1, "points": [400], "scheme": "left", "transfers": "no-subsidy"}
 * </pre>
 * Every numeric family field is a parameter of {@link ContinuousFamily} and may be a number or a
 * list of numbers; a family may also give {@code "binning"} ({@code equal-width} or
 * {@code equal-probability}; default: equal-width for bounded, equal-probability for unbounded
 * families, MATH §8). {@code points} and {@code buyers} are a whole number or a list of them;
 * {@code units} defaults to 1, {@code scheme} to {@code left}, {@code transfers} to
 * {@code no-subsidy}.
 *
 * <p>{@link #grid()} expands the lists to the Cartesian product in a fixed order: families in file
 * order, then each family's parameter values (the first parameter listed varies slowest), then
 * {@code points}, then {@code buyers}. Everything that can be checked without discretising is
 * checked by {@link #parse}, which reports the first problem as a one-line
 * {@link IllegalArgumentException} naming the field and the value; problems that only show when a
 * family is discretised (e.g. equal-width bins on an unbounded support) fail that row only.
 *
 * @param name      experiment name
 * @param families  family grids, in file order
 * @param buyers    numbers of buyers {@code n}, in file order, distinct
 * @param units     number of units {@code k}
 * @param points    grid sizes {@code K}, in file order, distinct
 * @param scheme    where each bin's point sits (MATH §8)
 * @param transfers transfer convention
 */
public record Experiment(String name, List<FamilyGrid> families, List<Integer> buyers, int units,
                         List<Integer> points, Scheme scheme, TransferMode transfers) {

    /** Accepted top-level fields. */
    static final Set<String> FIELDS = new TreeSet<>(List.of(
            "name", "families", "buyers", "units", "points", "scheme", "transfers"));

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * One family with lists of parameter values.
     *
     * @param name       family name (one of {@link ContinuousFamily#familyNames()})
     * @param parameters parameter name to its values, in file order
     * @param binning    the binning, or empty for the family's default
     */
    public record FamilyGrid(String name, Map<String, List<Double>> parameters, Optional<Binning> binning) {

        /** Copies the lists; keeps the parameter order. */
        public FamilyGrid {
            Map<String, List<Double>> copy = new LinkedHashMap<>();
            parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            parameters = java.util.Collections.unmodifiableMap(copy);
        }

        /**
         * Every parameter combination as a validated family, the first parameter varying slowest.
         *
         * @throws IllegalArgumentException when a combination is not a valid family
         */
        public List<ContinuousFamily> expand() {
            List<Map<String, Double>> combos = new ArrayList<>();
            combos.add(new LinkedHashMap<>());
            for (Map.Entry<String, List<Double>> e : parameters.entrySet()) {
                List<Map<String, Double>> next = new ArrayList<>();
                for (Map<String, Double> c : combos) {
                    for (double v : e.getValue()) {
                        Map<String, Double> m = new LinkedHashMap<>(c);
                        m.put(e.getKey(), v);
                        next.add(m);
                    }
                }
                combos = next;
            }
            List<ContinuousFamily> out = new ArrayList<>();
            for (Map<String, Double> c : combos) {
                out.add(ContinuousFamily.of(name, c));
            }
            return List.copyOf(out);
        }
    }

    /** Copies the lists and checks the ranges (the same checks as {@link #parse}). */
    public Experiment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("experiment field \"name\" is empty; give the experiment a name");
        }
        families = List.copyOf(families);
        buyers = List.copyOf(buyers);
        points = List.copyOf(points);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"families\" is empty; list at least one family, "
                    + "e.g. [{\"name\": \"uniform\"}]");
        }
        checkList("buyers", buyers, 1, Instance.MAX_BUYERS);
        checkList("points", points, 1, Discretisation.MAX_POINTS);
        if (units < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "experiment field \"units\" = %d must be >= 1", units));
        }
        if (scheme == null || transfers == null) {
            throw new IllegalArgumentException("experiment fields \"scheme\" and \"transfers\" must be given");
        }
    }

    private static void checkList(String field, List<Integer> values, int min, int max) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"" + field + "\" is empty; give at least one value");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            if (v < min || v > max) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "experiment field \"%s[%d]\" = %d must be between %d and %d", field, i, v, min, max));
            }
            if (!seen.add(v)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "experiment field \"%s[%d]\" = %d repeats an earlier value; list each value once",
                        field, i, v));
            }
        }
    }

    /**
     * Reads an experiment file.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the content is invalid; the message starts with the file name
     */
    public static Experiment read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates an experiment (format in the class comment), including every family
     * parameter combination.
     *
     * @throws IllegalArgumentException one line naming the field and the value
     */
    public static Experiment parse(String json) {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an experiment must be a JSON object such as {\"name\": \"x\", "
                    + "\"families\": [{\"name\": \"uniform\"}], \"buyers\": [2, 5]}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("experiment field \"" + f + "\" is unknown; expected one of "
                        + String.join(", ", FIELDS));
            }
        }
        String name = text(root, "name", null);
        if (!root.has("families") || !root.get("families").isArray()) {
            throw new IllegalArgumentException("experiment field \"families\" = " + root.get("families")
                    + " must be a list of objects such as [{\"name\": \"lomax\", \"shape\": [2, 3]}]");
        }
        List<FamilyGrid> families = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.get("families")) {
            families.add(family(f, "families[" + i++ + "]"));
        }
        if (!root.has("buyers")) {
            throw new IllegalArgumentException("experiment field \"buyers\" is missing; give e.g. [2, 5, 10]");
        }
        List<Integer> buyers = integers(root.get("buyers"), "buyers");
        int units = root.has("units") ? integer(root.get("units"), "units") : 1;
        List<Integer> points = root.has("points") ? integers(root.get("points"), "points") : List.of(1000);
        Scheme scheme = Scheme.parse(text(root, "scheme", "left"));
        TransferMode transfers = TransferMode.fromLabel(text(root, "transfers", "no-subsidy"));
        Experiment e = new Experiment(name, families, buyers, units, points, scheme, transfers);
        for (int j = 0; j < families.size(); j++) {
            try {
                families.get(j).expand();
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("experiment field \"families[" + j + "]\": " + ex.getMessage(), ex);
            }
        }
        return e;
    }

    private static FamilyGrid family(JsonNode f, String field) {
        if (!f.isObject() || !f.has("name") || !f.get("name").isTextual()) {
            throw new IllegalArgumentException("experiment field \"" + field + "\" = " + f
                    + " must be an object with a \"name\", e.g. {\"name\": \"weibull\", \"shape\": [2]}");
        }
        String name = f.get("name").asText();
        if (!ContinuousFamily.familyNames().contains(name.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("experiment field \"" + field + ".name\" = \"" + name
                    + "\" is unknown; use one of " + String.join(", ", ContinuousFamily.familyNames()));
        }
        Optional<Binning> binning = Optional.empty();
        Map<String, List<Double>> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String at = field + "." + key;
            if (key.equals("name")) {
                continue;
            }
            if (key.equals("binning")) {
                if (!e.getValue().isTextual()) {
                    throw new IllegalArgumentException("experiment field \"" + at + "\" = " + e.getValue()
                            + " must be \"equal-width\" or \"equal-probability\"");
                }
                binning = Optional.of(Binning.parse(e.getValue().asText()));
                continue;
            }
            JsonNode v = e.getValue();
            List<Double> values = new ArrayList<>();
            if (v.isNumber()) {
                values.add(v.asDouble());
            } else if (v.isArray() && !v.isEmpty()) {
                int j = 0;
                for (JsonNode x : v) {
                    if (!x.isNumber()) {
                        throw new IllegalArgumentException("experiment field \"" + at + "[" + j + "]\" = " + x
                                + " must be a number");
                    }
                    values.add(x.asDouble());
                    j++;
                }
            } else {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + v
                        + " must be a number or a non-empty list of numbers");
            }
            if (new HashSet<>(values).size() != values.size()) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + v
                        + " repeats a value; list each value once");
            }
            parameters.put(key, values);
        }
        return new FamilyGrid(name.strip().toLowerCase(Locale.ROOT), parameters, binning);
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode v = root.get(field);
        if (v == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("experiment field \"" + field + "\" is missing");
            }
            return fallback;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("experiment field \"" + field + "\" = " + v + " must be a string");
        }
        return v.asText();
    }

    private static int integer(JsonNode v, String field) {
        if (!v.isNumber() || !(v.isIntegralNumber() || v.asDouble() == Math.rint(v.asDouble()))
                || !v.canConvertToInt()) {
            throw new IllegalArgumentException("experiment field \"" + field + "\" = " + v
                    + " must be a whole number");
        }
        return v.asInt();
    }

    private static List<Integer> integers(JsonNode v, String field) {
        List<Integer> out = new ArrayList<>();
        if (v.isArray()) {
            int i = 0;
            for (JsonNode x : v) {
                out.add(integer(x, field + "[" + i++ + "]"));
            }
        } else {
            out.add(integer(v, field));
        }
        return out;
    }

    /** The grid in its fixed order (class comment); {@link SweepPoint#index()} is the position. */
    public List<SweepPoint> grid() {
        List<SweepPoint> out = new ArrayList<>();
        for (FamilyGrid g : families) {
            for (ContinuousFamily f : g.expand()) {
                for (int k : points) {
                    for (int n : buyers) {
                        out.add(new SweepPoint(out.size(), f, g.binning(), k, scheme, n, units, transfers));
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
