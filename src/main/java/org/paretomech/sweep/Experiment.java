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
 *  "buyers": [2, 5, 10, 20, 50], "units": 1, "points": [400], "scheme": "left", "transfers": "no-subsidy",
 *  "overlay": [{"family": "weibull", "buyers": [2, 50]}, {"family": "lomax", "shape": 3, "buyers": 50}]}
 * </pre>
 * Every numeric family field is a parameter of {@link ContinuousFamily} and may be a number or a
 * list of numbers; a family may also give {@code "binning"} ({@code equal-width} or
 * {@code equal-probability}; default: equal-width for bounded, equal-probability for unbounded
 * families, MATH §8). {@code points} and {@code buyers} are a whole number or a list of them;
 * {@code units} defaults to 1, {@code scheme} to {@code left}, {@code transfers} to
 * {@code no-subsidy}.
 *
 * <p>{@code "solutions"} (optional) selects the bargaining solutions the rows report: a non-empty
 * list of distinct names among {@code kalaiSmorodinsky}, {@code nash}, {@code crossSideNash}
 * ({@link BargainingConcept}; default all three). The row files have their columns, in that fixed
 * order whatever the list's order, and the welfare-ratio plot a panel for each.
 *
 * <p>{@code "overlay"} (optional) chooses the rows whose frontiers {@code sweep --plot} draws
 * together: a list of {@link OverlaySelector}s, each an object with any of {@code "family"}, that
 * family's parameters, {@code "buyers"} and {@code "points"} (a value or a list of values); a row
 * is drawn when some selector matches it (see {@link #overlayPoints()}, which also gives the
 * default when the field is absent). Every value must occur in the grid, every selector must
 * match a row, and at most {@value #MAX_OVERLAY_ROWS} rows may be selected.
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
 * @param solutions the bargaining solutions the rows report, in column order, at least one
 * @param overlay   the {@code "overlay"} selectors in file order; empty for the default selection
 */
public record Experiment(String name, List<FamilyGrid> families, List<Integer> buyers, int units,
                         List<Integer> points, Scheme scheme, TransferMode transfers,
                         List<BargainingConcept> solutions, List<OverlaySelector> overlay) {

    /** Accepted top-level fields. */
    static final Set<String> FIELDS = new TreeSet<>(List.of(
            "name", "families", "buyers", "units", "points", "scheme", "transfers", "solutions", "overlay"));

    /** Accepted fields of an overlay selector besides the family's parameters. */
    static final Set<String> OVERLAY_FIELDS = new TreeSet<>(List.of("family", "buyers", "points"));

    /**
     * Most rows an overlay may select: beyond it the polylines, their colours and the legend stop
     * being readable in one chart.
     */
    public static final int MAX_OVERLAY_ROWS = 12;

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
        overlay = List.copyOf(overlay);
        solutions = BargainingConcept.inColumnOrder(solutions);
        if (solutions.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"solutions\" is empty; select any of "
                    + BargainingConcept.labels() + ", or leave the field out for all three");
        }
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
        List<BargainingConcept> solutions = root.has("solutions") ? solutions(root.get("solutions"))
                : BargainingConcept.all();
        List<OverlaySelector> overlay = root.has("overlay") ? overlay(root.get("overlay")) : List.of();
        Experiment e = new Experiment(name, families, buyers, units, points, scheme, transfers, solutions, overlay);
        for (int j = 0; j < families.size(); j++) {
            try {
                families.get(j).expand();
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("experiment field \"families[" + j + "]\": " + ex.getMessage(), ex);
            }
        }
        e.overlayPoints();
        return e;
    }

    private static List<BargainingConcept> solutions(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"solutions\" = " + v + " must be a non-empty list "
                    + "of solution names, any of " + BargainingConcept.labels() + "; leave the field out for all three");
        }
        List<BargainingConcept> out = new ArrayList<>();
        int i = 0;
        for (JsonNode x : v) {
            String at = "solutions[" + i++ + "]";
            if (!x.isTextual()) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + x
                        + " must be a solution name, one of " + BargainingConcept.labels());
            }
            BargainingConcept c;
            try {
                c = BargainingConcept.fromLabel(x.asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + x
                        + " is unknown; use any of " + BargainingConcept.labels(), e);
            }
            if (out.contains(c)) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + x
                        + " repeats an earlier value; list each solution once");
            }
            out.add(c);
        }
        return out;
    }

    private static List<OverlaySelector> overlay(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"overlay\" = " + v + " must be a non-empty list of "
                    + "selections such as [{\"family\": \"weibull\", \"buyers\": [2, 50]}]; leave the field out for "
                    + "the default (each family's smallest and largest n at the largest K)");
        }
        List<OverlaySelector> out = new ArrayList<>();
        int i = 0;
        for (JsonNode s : v) {
            String at = "overlay[" + i++ + "]";
            if (!s.isObject() || s.isEmpty()) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + s
                        + " must be an object with any of \"family\", its parameters, \"buyers\" and \"points\", "
                        + "e.g. {\"family\": \"weibull\", \"buyers\": [2, 50]}");
            }
            Optional<String> family = Optional.empty();
            if (s.has("family")) {
                JsonNode f = s.get("family");
                if (!f.isTextual()) {
                    throw new IllegalArgumentException("experiment field \"" + at + ".family\" = " + f
                            + " must be a family name such as \"weibull\"");
                }
                family = Optional.of(f.asText().strip().toLowerCase(Locale.ROOT));
            }
            Map<String, List<Double>> parameters = new LinkedHashMap<>();
            List<Integer> buyers = List.of();
            List<Integer> points = List.of();
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                String key = e.getKey();
                if (e.getValue().isArray() && e.getValue().isEmpty()) {
                    throw new IllegalArgumentException("experiment field \"" + at + "." + key
                            + "\" = [] selects nothing; give a value or a list of values, or leave the field out "
                            + "to match every value");
                }
                switch (key) {
                    case "family" -> { }
                    case "buyers" -> buyers = integers(e.getValue(), at + ".buyers");
                    case "points" -> points = integers(e.getValue(), at + ".points");
                    default -> {
                        if (family.isEmpty()) {
                            throw new IllegalArgumentException("experiment field \"" + at + "." + key
                                    + "\" is unknown; a selection takes " + String.join(", ", OVERLAY_FIELDS)
                                    + " and, with a family, that family's parameters");
                        }
                        parameters.put(key, numbers(e.getValue(), at + "." + key));
                    }
                }
            }
            out.add(new OverlaySelector(family, parameters, buyers, points));
        }
        return out;
    }

    private static List<Double> numbers(JsonNode v, String field) {
        List<Double> out = new ArrayList<>();
        if (v.isNumber()) {
            out.add(v.asDouble());
        } else if (v.isArray() && !v.isEmpty()) {
            int j = 0;
            for (JsonNode x : v) {
                if (!x.isNumber()) {
                    throw new IllegalArgumentException("experiment field \"" + field + "[" + j + "]\" = " + x
                            + " must be a number");
                }
                out.add(x.asDouble());
                j++;
            }
        } else {
            throw new IllegalArgumentException("experiment field \"" + field + "\" = " + v
                    + " must be a number or a non-empty list of numbers");
        }
        return out;
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
        for (Map.Entry<String, JsonNode> e : f.properties()) {
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

    /**
     * The grid points whose frontiers {@code sweep --plot} overlays in {@code frontiers.png}, in
     * grid order, each once.
     *
     * <p>With {@code "overlay"} selectors: every grid point some selector matches. Without them
     * (the default): for each family and parameter combination, at the largest grid size
     * {@code K}, the rows with the smallest and the largest number of buyers {@code n}; if that
     * exceeds {@value #MAX_OVERLAY_ROWS} rows, only the largest {@code n}, and then only the first
     * {@value #MAX_OVERLAY_ROWS} families.
     *
     * @throws IllegalArgumentException one line naming the selector field when a selector names a
     *                                  family, parameter value, {@code n} or {@code K} that is not
     *                                  in the grid, matches no row, or the selection exceeds
     *                                  {@value #MAX_OVERLAY_ROWS} rows
     */
    public List<SweepPoint> overlayPoints() {
        List<SweepPoint> grid = grid();
        if (overlay.isEmpty()) {
            return defaultOverlay(grid);
        }
        Set<Integer> selected = new TreeSet<>();
        for (int i = 0; i < overlay.size(); i++) {
            OverlaySelector s = overlay.get(i);
            String at = "overlay[" + i + "]";
            checkOverlayFields(s, at, grid);
            boolean any = false;
            for (SweepPoint p : grid) {
                if (s.matches(p)) {
                    selected.add(p.index());
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + s.describe()
                        + " matches no row of the grid; each value occurs, but not together");
            }
        }
        if (selected.size() > MAX_OVERLAY_ROWS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "experiment field \"overlay\" selects %d rows; at most %d frontiers stay readable in one chart, "
                            + "so narrow the selections with \"buyers\" or \"points\"",
                    selected.size(), MAX_OVERLAY_ROWS));
        }
        List<SweepPoint> out = new ArrayList<>();
        for (int idx : selected) {
            out.add(grid.get(idx));
        }
        return List.copyOf(out);
    }

    private void checkOverlayFields(OverlaySelector s, String at, List<SweepPoint> grid) {
        List<SweepPoint> ofFamily = grid;
        if (s.family().isPresent()) {
            String f = s.family().get();
            ofFamily = grid.stream().filter(p -> p.family().name().equals(f)).toList();
            if (ofFamily.isEmpty()) {
                Set<String> names = new java.util.LinkedHashSet<>();
                families.forEach(g -> names.add(g.name()));
                throw new IllegalArgumentException("experiment field \"" + at + ".family\" = \"" + f
                        + "\" is not a family of this experiment; use one of " + String.join(", ", names));
            }
        }
        for (Map.Entry<String, List<Double>> e : s.parameters().entrySet()) {
            Set<Double> values = new TreeSet<>();
            for (SweepPoint p : ofFamily) {
                Double v = p.family().parameters().get(e.getKey());
                if (v == null) {
                    throw new IllegalArgumentException("experiment field \"" + at + "." + e.getKey()
                            + "\" is not a parameter of " + s.family().get() + "; it takes "
                            + String.join(", ", p.family().parameters().keySet()));
                }
                values.add(v);
            }
            List<Double> wanted = e.getValue();
            for (int j = 0; j < wanted.size(); j++) {
                double w = wanted.get(j);
                if (values.stream().noneMatch(v -> Double.compare(v, w) == 0)) {
                    throw new IllegalArgumentException("experiment field \"" + at + "." + e.getKey()
                            + (wanted.size() > 1 ? "[" + j + "]" : "") + "\" = " + OverlaySelector.number(w)
                            + " is not in the grid; " + s.family().get() + " " + e.getKey() + " takes "
                            + values.stream().map(OverlaySelector::number).collect(java.util.stream.Collectors
                                    .joining(", ")) + " here");
                }
            }
        }
        checkOverlayValues(s.buyers(), buyers, at + ".buyers", "buyers");
        checkOverlayValues(s.points(), points, at + ".points", "points");
    }

    private static void checkOverlayValues(List<Integer> wanted, List<Integer> grid, String field, String top) {
        for (int j = 0; j < wanted.size(); j++) {
            if (!grid.contains(wanted.get(j))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "experiment field \"%s%s\" = %d is not in the experiment's \"%s\" %s; select one of those",
                        field, wanted.size() > 1 ? "[" + j + "]" : "", wanted.get(j), top, grid));
            }
        }
    }

    private List<SweepPoint> defaultOverlay(List<SweepPoint> grid) {
        int k = points.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int nMin = buyers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int nMax = buyers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        long combos = grid.stream().filter(p -> p.points() == k && p.buyers() == nMax).count();
        boolean both = nMin != nMax && 2 * combos <= MAX_OVERLAY_ROWS;
        List<SweepPoint> out = new ArrayList<>();
        int families = 0;
        for (SweepPoint p : grid) {
            if (p.points() != k || families >= MAX_OVERLAY_ROWS) {
                continue;
            }
            if (p.buyers() == nMin && both) {
                out.add(p);
            } else if (p.buyers() == nMax) {
                out.add(p);
            }
            if (p.buyers() == nMax) {
                families++;
            }
        }
        return List.copyOf(out);
    }
}
