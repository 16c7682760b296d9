package org.paretomech.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.Discretisation;
import org.paretomech.distribution.Discretisation.Binning;
import org.paretomech.distribution.Discretisation.Scheme;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * A sweep experiment: which continuous families, grid sizes, instance files and numbers of buyers
 * to run. The file format is
 * <pre>
 * {"name": "paper-claims",
 *  "families": [{"name": "lomax", "shape": [2, 3]}, {"name": "weibull", "shape": [2]}, {"name": "uniform"}],
 *  "instances": ["../instances/palm-pilot-7day.json"],
 *  "buyers": [2, 5, 10, 20, 50], "units": 1, "points": [400], "scheme": "left", "transfers": "no-subsidy",
 *  "solutions": ["kalaiSmorodinsky", "nash", "crossSideNash"],
 *  "overlay": [{"family": "weibull", "buyers": [2, 50]}, {"family": "lomax", "shape": 3, "buyers": 50},
 *              {"instance": "palm-pilot-7day", "buyers": 2}]}
 * </pre>
 * An experiment lists {@code "families"}, {@code "instances"} or both.
 *
 * <p><b>Families.</b> Every numeric family field is a parameter of {@link ContinuousFamily} and
 * may be a number or a list of numbers; a family may also give {@code "binning"}
 * ({@code equal-width} or {@code equal-probability}; default: equal-width for bounded,
 * equal-probability for unbounded families, MATH §8). {@code points} and {@code buyers} are a
 * whole number or a list of them; with families, {@code buyers} is required, {@code units}
 * defaults to 1, {@code points} to 1000, {@code scheme} to {@code left}, {@code transfers} to
 * {@code no-subsidy}. {@code points} and {@code scheme} apply to family rows only, so an
 * experiment without families must leave them out.
 *
 * <p><b>Instance files.</b> {@code "instances"} is a list of paths of instance files (the format
 * of {@code frontier}); a relative path starts at the directory of the experiment file, not the
 * working directory ({@link InstanceFile}), so the rows do not depend on where the sweep is run.
 * Each file is read as {@code frontier FILE} reads it, and the experiment's values replace the
 * file's as {@code --buyers}, {@code --units} and {@code --transfers} do: one row per value of
 * {@code buyers} when it is given (otherwise one row with the file's {@code n}), the file's
 * {@code units} and {@code transfers} unless the experiment gives them. The file is otherwise taken
 * as it is: {@code points} and {@code scheme} do not re-discretise a file's {@code "family"}. A file
 * that is missing or invalid fails its rows only, when they run; the sweep goes on.
 *
 * <p>{@code "solutions"} (optional) selects the bargaining solutions the rows report: a non-empty
 * list of distinct names among {@code kalaiSmorodinsky}, {@code nash}, {@code crossSideNash}
 * ({@link BargainingConcept}; default all three). The row files have their columns, in that fixed
 * order whatever the list's order, and the welfare-ratio plot a panel for each.
 *
 * <p>{@code "overlay"} (optional) chooses the rows whose frontiers {@code sweep --plot} draws
 * together: a list of {@link OverlaySelector}s, each an object with any of {@code "family"}, that
 * family's parameters, {@code "instance"}, {@code "buyers"} and {@code "points"} (a value or a
 * list of values); a row is drawn when some selector matches it (see {@link #overlayPoints()},
 * which also gives the default when the field is absent). Every value must occur in the grid,
 * every selector must match a row, and at most {@value #MAX_OVERLAY_ROWS} rows may be selected.
 *
 * <p>{@link #grid()} expands the lists to the Cartesian product in a fixed order: the family rows
 * first (families in file order, then each family's parameter values, the first parameter listed
 * varying slowest, then {@code points}, then {@code buyers}), then the instance rows (files in
 * file order, then {@code buyers}). Everything that can be checked without discretising or
 * reading an instance file is checked by {@link #parse}, which reports the first problem as a
 * one-line {@link IllegalArgumentException} naming the field and the value; problems that only
 * show when a family is discretised (e.g. equal-width bins on an unbounded support) or a file is
 * read fail that row only.
 *
 * @param name      experiment name
 * @param families  family grids, in file order
 * @param instances instance files, in file order, distinct paths
 * @param buyers    numbers of buyers {@code n}, in file order, distinct; empty only without
 *                  families (each instance file keeps its own {@code n})
 * @param units     number of units {@code k}; empty for 1 on family rows and the file's on instance rows
 * @param points    grid sizes {@code K}, in file order, distinct; empty only without families
 * @param scheme    where each bin's point sits (MATH §8)
 * @param transfers transfer convention; empty for {@code no-subsidy} on family rows and the file's on
 *                  instance rows
 * @param solutions the bargaining solutions the rows report, in column order, at least one
 * @param overlay   the {@code "overlay"} selectors in file order; empty for the default selection
 */
public record Experiment(String name, List<FamilyGrid> families, List<InstanceFile> instances, List<Integer> buyers,
                         OptionalInt units, List<Integer> points, Scheme scheme, Optional<TransferMode> transfers,
                         List<BargainingConcept> solutions, List<OverlaySelector> overlay) {

    /** Accepted top-level fields. */
    static final Set<String> FIELDS = new TreeSet<>(List.of("name", "families", "instances", "buyers", "units",
            "points", "scheme", "transfers", "solutions", "overlay"));

    /** Accepted fields of an overlay selector besides the family's parameters. */
    static final Set<String> OVERLAY_FIELDS = new TreeSet<>(List.of("family", "instance", "buyers", "points"));

    /**
     * Most rows an overlay may select: beyond it the polylines, their colours and the legend stop
     * being readable in one chart.
     */
    public static final int MAX_OVERLAY_ROWS = 12;

    /** Grid size of family rows when {@code "points"} is left out, as in an instance file's {@code "family"}. */
    public static final int DEFAULT_POINTS = 1000;

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
        instances = List.copyOf(instances);
        buyers = List.copyOf(buyers);
        points = List.copyOf(points);
        overlay = List.copyOf(overlay);
        solutions = BargainingConcept.inColumnOrder(solutions);
        if (solutions.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"solutions\" is empty; select any of "
                    + BargainingConcept.labels() + ", or leave the field out for all three");
        }
        if (families.isEmpty() && instances.isEmpty()) {
            throw new IllegalArgumentException("the experiment has no rows; list \"families\" (e.g. "
                    + "[{\"name\": \"uniform\"}]), \"instances\" (e.g. [\"../instances/two-point.json\"]) or both");
        }
        if (!families.isEmpty() || !buyers.isEmpty()) {
            checkList("buyers", buyers, 1, Instance.MAX_BUYERS);
        }
        if (!families.isEmpty() || !points.isEmpty()) {
            checkList("points", points, 1, Discretisation.MAX_POINTS);
        }
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < instances.size(); i++) {
            if (!paths.add(instances.get(i).path())) {
                throw new IllegalArgumentException("experiment field \"instances[" + i + "]\" = "
                        + new TextNode(instances.get(i).path()) + " repeats an earlier path; list each file once");
            }
        }
        if (units.isPresent() && units.getAsInt() < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "experiment field \"units\" = %d must be >= 1", units.getAsInt()));
        }
        if (scheme == null || transfers == null || units == null) {
            throw new IllegalArgumentException("experiment fields \"units\", \"scheme\" and \"transfers\" must be "
                    + "given (as empty for the defaults)");
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
     * Reads an experiment file; relative paths in its {@code "instances"} start at the file's directory.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the content is invalid; the message starts with the file name
     */
    public static Experiment read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path parent = file.getParent();
        try {
            return parse(text, parent == null ? Path.of("") : parent);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates an experiment (format in the class comment), including every family
     * parameter combination; relative paths in {@code "instances"} start at the working directory.
     *
     * @throws IllegalArgumentException one line naming the field and the value
     */
    public static Experiment parse(String json) {
        return parse(json, Path.of(""));
    }

    /**
     * {@link #parse(String)} with relative paths in {@code "instances"} starting at {@code directory}
     * (the experiment file's directory). Instance files are only hashed here (for the keys of
     * {@link #grid()}), not parsed: a missing or invalid file fails its rows when they run.
     *
     * @throws IllegalArgumentException one line naming the field and the value
     */
    public static Experiment parse(String json, Path directory) {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(org.paretomech.instance.InstanceJson.malformed(e, "experiment"), e);
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
        List<FamilyGrid> families = new ArrayList<>();
        if (root.has("families")) {
            if (!root.get("families").isArray()) {
                throw new IllegalArgumentException("experiment field \"families\" = " + root.get("families")
                        + " must be a list of objects such as [{\"name\": \"lomax\", \"shape\": [2, 3]}]");
            }
            if (root.get("families").isEmpty()) {
                throw new IllegalArgumentException("experiment field \"families\" is empty; list at least one family, "
                        + "e.g. [{\"name\": \"uniform\"}], or leave the field out and list \"instances\"");
            }
            int i = 0;
            for (JsonNode f : root.get("families")) {
                families.add(family(f, "families[" + i++ + "]"));
            }
        }
        List<InstanceFile> instances = root.has("instances") ? instances(root.get("instances"), directory) : List.of();
        if (families.isEmpty() && instances.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"families\" is missing; list \"families\" (e.g. "
                    + "[{\"name\": \"uniform\"}]), \"instances\" (e.g. [\"../instances/two-point.json\"]) or both");
        }
        if (families.isEmpty()) {
            for (String f : List.of("points", "scheme")) {
                if (root.has(f)) {
                    throw new IllegalArgumentException("experiment field \"" + f + "\" applies to \"families\" rows "
                            + "only, and this experiment lists none; leave it out (an instance file is taken as it "
                            + "is, its own \"family\" setting its grid)");
                }
            }
        }
        List<Integer> buyers;
        if (root.has("buyers")) {
            buyers = integers(root.get("buyers"), "buyers");
            if (buyers.isEmpty()) {
                throw new IllegalArgumentException("experiment field \"buyers\" is empty; give at least one value"
                        + (families.isEmpty() ? ", or leave the field out to keep each instance file's own" : ""));
            }
        } else if (!families.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"buyers\" is missing; give e.g. [2, 5, 10]");
        } else {
            buyers = List.of();
        }
        OptionalInt units = root.has("units") ? OptionalInt.of(integer(root.get("units"), "units"))
                : OptionalInt.empty();
        List<Integer> points = root.has("points") ? integers(root.get("points"), "points")
                : families.isEmpty() ? List.of() : List.of(DEFAULT_POINTS);
        Scheme scheme = Scheme.parse(text(root, "scheme", "left"));
        Optional<TransferMode> transfers = root.has("transfers")
                ? Optional.of(TransferMode.fromLabel(text(root, "transfers", null))) : Optional.empty();
        List<BargainingConcept> solutions = root.has("solutions") ? solutions(root.get("solutions"))
                : BargainingConcept.all();
        List<OverlaySelector> overlay = root.has("overlay") ? overlay(root.get("overlay")) : List.of();
        Experiment e = new Experiment(name, families, instances, buyers, units, points, scheme, transfers, solutions,
                overlay);
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

    private static List<InstanceFile> instances(JsonNode v, Path directory) {
        if (!v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"instances\" = " + v + " must be a non-empty list "
                    + "of instance file paths such as [\"../instances/palm-pilot-7day.json\"] (relative to the "
                    + "experiment file's directory); leave the field out for families only");
        }
        List<InstanceFile> out = new ArrayList<>();
        int i = 0;
        for (JsonNode x : v) {
            String at = "instances[" + i++ + "]";
            if (!x.isTextual() || x.asText().isBlank()) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + x
                        + " must be the path of an instance file, e.g. \"../instances/two-point.json\"");
            }
            try {
                out.add(InstanceFile.of(x.asText(), directory));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("experiment field \"" + at + "\": " + e.getMessage(), e);
            }
        }
        return out;
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
                    + "the default (each family's smallest and largest n at the largest K, and each instance file's)");
        }
        List<OverlaySelector> out = new ArrayList<>();
        int i = 0;
        for (JsonNode s : v) {
            String at = "overlay[" + i++ + "]";
            if (!s.isObject() || s.isEmpty()) {
                throw new IllegalArgumentException("experiment field \"" + at + "\" = " + s
                        + " must be an object with any of \"family\", its parameters, \"instance\", \"buyers\" and "
                        + "\"points\", e.g. {\"family\": \"weibull\", \"buyers\": [2, 50]}");
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
            Optional<String> instance = Optional.empty();
            if (s.has("instance")) {
                JsonNode f = s.get("instance");
                if (!f.isTextual() || f.asText().isBlank()) {
                    throw new IllegalArgumentException("experiment field \"" + at + ".instance\" = " + f
                            + " must name an instance file of \"instances\", by its path or its file name without "
                            + ".json, e.g. \"palm-pilot-7day\"");
                }
                if (family.isPresent()) {
                    throw new IllegalArgumentException("experiment field \"" + at + "\" gives both \"family\" and "
                            + "\"instance\", which no row has; use two selections");
                }
                if (s.has("points")) {
                    throw new IllegalArgumentException("experiment field \"" + at + ".points\" applies to family rows "
                            + "only; an instance row has the file's grid, so leave \"points\" out of this selection");
                }
                instance = Optional.of(f.asText());
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
                    case "family", "instance" -> { }
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
            out.add(new OverlaySelector(family, instance, parameters, buyers, points));
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

    /**
     * The grid in its fixed order (class comment); {@link SweepPoint#index()} is the position.
     * Each instance file is read once here for its {@linkplain InstanceFile#digest() digest}, which
     * becomes part of its rows' keys; a file that cannot be read gets {@value InstanceFile#UNREADABLE}
     * (its rows fail when they run).
     */
    public List<SweepPoint> grid() {
        List<SweepPoint> out = new ArrayList<>();
        int k = units.orElse(1);
        TransferMode t = transfers.orElse(TransferMode.NO_SUBSIDY);
        for (FamilyGrid g : families) {
            for (ContinuousFamily f : g.expand()) {
                for (int K : points) {
                    for (int n : buyers) {
                        out.add(new FamilyPoint(out.size(), f, g.binning(), K, scheme, n, k, t));
                    }
                }
            }
        }
        for (InstanceFile file : instances) {
            String digest = file.digest();
            if (buyers.isEmpty()) {
                out.add(new InstancePoint(out.size(), file, digest, OptionalInt.empty(), units, transfers));
            }
            for (int n : buyers) {
                out.add(new InstancePoint(out.size(), file, digest, OptionalInt.of(n), units, transfers));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The grid points whose frontiers {@code sweep --plot} overlays in {@code frontiers.png}, in
     * grid order, each once.
     *
     * <p>With {@code "overlay"} selectors: every grid point some selector matches. Without them
     * (the default): for each family and parameter combination at the largest grid size
     * {@code K}, and for each instance file, the rows with the smallest and the largest number of
     * buyers {@code n} (an instance file without a {@code buyers} list has one row); if that
     * exceeds {@value #MAX_OVERLAY_ROWS} rows, only the largest {@code n}, and then only the first
     * {@value #MAX_OVERLAY_ROWS} of them.
     *
     * @throws IllegalArgumentException one line naming the selector field when a selector names a
     *                                  family, parameter value, instance, {@code n} or {@code K}
     *                                  that is not in the grid, matches no row, or the selection
     *                                  exceeds {@value #MAX_OVERLAY_ROWS} rows
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
        List<FamilyPoint> ofFamily = grid.stream().filter(FamilyPoint.class::isInstance).map(FamilyPoint.class::cast)
                .toList();
        if (s.family().isPresent()) {
            String f = s.family().get();
            ofFamily = ofFamily.stream().filter(p -> p.family().name().equals(f)).toList();
            if (ofFamily.isEmpty()) {
                Set<String> names = new LinkedHashSet<>();
                families.forEach(g -> names.add(g.name()));
                throw new IllegalArgumentException("experiment field \"" + at + ".family\" = \"" + f
                        + "\" is not a family of this experiment; "
                        + (names.isEmpty() ? "it lists none" : "use one of " + String.join(", ", names)));
            }
        }
        if (s.instance().isPresent() && instances.stream().noneMatch(i -> i.isNamedBy(s.instance().get()))) {
            throw new IllegalArgumentException("experiment field \"" + at + ".instance\" = "
                    + new TextNode(s.instance().get()) + " is not an instance file of this experiment; "
                    + (instances.isEmpty() ? "it lists none"
                    : "use one of " + instances.stream().map(InstanceFile::name).collect(Collectors.joining(", "))
                    + " (or the path as \"instances\" gives it)"));
        }
        for (Map.Entry<String, List<Double>> e : s.parameters().entrySet()) {
            Set<Double> values = new TreeSet<>();
            for (FamilyPoint p : ofFamily) {
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
                            + values.stream().map(OverlaySelector::number).collect(Collectors.joining(", "))
                            + " here");
                }
            }
        }
        if (!s.buyers().isEmpty() && buyers.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"" + at + ".buyers\" selects by n, but the "
                    + "experiment has no \"buyers\" list (each instance file keeps its own n); leave it out");
        }
        if (!s.points().isEmpty() && points.isEmpty()) {
            throw new IllegalArgumentException("experiment field \"" + at + ".points\" selects family rows by K, but "
                    + "the experiment lists no families; leave it out");
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
        // Series: a family's parameter combination at one K, or one instance file; their rows are
        // consecutive in grid order, one per value of "buyers" (or one for a file's own n).
        int perSeries = Math.max(1, buyers.size());
        int kMax = points.stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Integer, List<SweepPoint>> series = new LinkedHashMap<>();
        for (SweepPoint p : grid) {
            if (p instanceof FamilyPoint f && f.points() != kMax) {
                continue;
            }
            series.computeIfAbsent(p.index() / perSeries, i -> new ArrayList<>()).add(p);
        }
        int nMin = buyers.stream().mapToInt(Integer::intValue).min().orElse(0);
        int nMax = buyers.stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean both = nMin != nMax && 2 * series.size() <= MAX_OVERLAY_ROWS;
        List<SweepPoint> out = new ArrayList<>();
        for (List<SweepPoint> rows : series.values().stream().limit(MAX_OVERLAY_ROWS).toList()) {
            for (SweepPoint p : rows) {
                int n = buyersOf(p).orElse(nMax);
                if (rows.size() == 1 || n == nMax || (both && n == nMin)) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The row's {@code n} when the grid fixes it: a family row's, an instance row's override. */
    private static OptionalInt buyersOf(SweepPoint p) {
        return p instanceof FamilyPoint f ? OptionalInt.of(f.buyers()) : ((InstancePoint) p).buyers();
    }
}
