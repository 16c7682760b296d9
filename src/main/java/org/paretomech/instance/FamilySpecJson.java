package org.paretomech.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.Discretisation;
import org.paretomech.distribution.DiscretisedFamily;

/**
 * Parses the {@code "family"} object of an instance file and discretises it (MATH §8):
 * <pre>
 * "family": {"name": "weibull", "shape": 1.3, "scale": 1,
 *            "points": 1000, "scheme": "left", "binning": "equal-probability", "range": [0, 6]}
 * </pre>
 * {@code name} is required, and so is every parameter that sets the family's shape (see
 * {@link ContinuousFamily}: only scale-like parameters have defaults); {@code points} defaults to
 * {@value #DEFAULT_POINTS}, {@code scheme} to
 * {@code left} (a certified lower bound, MATH §8), {@code binning} to equal-width for bounded and
 * equal-probability for unbounded families; {@code range} restricts (and for unbounded families
 * truncates and renormalises) the binned range. Every other numeric field is a family parameter.
 */
public final class FamilySpecJson {

    /** Default number of support points of a discretised family. */
    public static final int DEFAULT_POINTS = 1000;

    private static final java.util.Set<String> GRID_FIELDS = java.util.Set.of("name", "points", "scheme", "binning", "range");

    private FamilySpecJson() {
    }

    /** The continuous family named in a {@code "family"} object (its parameters, not the grid). */
    public static ContinuousFamily family(JsonNode node) {
        checkObject(node);
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!GRID_FIELDS.contains(f)) {
                parameters.put(f, InstanceJson.number(node, f));
            }
        }
        return ContinuousFamily.of(InstanceJson.text(node, "name"), parameters);
    }

    /** Number of points a {@code "family"} object asks for. */
    public static int points(JsonNode node) {
        checkObject(node);
        return node.has("points") ? InstanceJson.integer(node, "points") : DEFAULT_POINTS;
    }

    private static void checkObject(JsonNode node) {
        if (node.isTextual() && ContinuousFamily.familyNames().contains(node.asText().strip().toLowerCase(Locale.ROOT))) {
            // "family": "weibull" -- the name alone; show the object with the parameters it needs
            String name = node.asText().strip().toLowerCase(Locale.ROOT);
            StringBuilder example = new StringBuilder("{\"name\": \"" + name + "\"");
            ContinuousFamily.requiredParameters(name).forEach((p, v) -> example.append(", \"").append(p)
                    .append("\": ").append(v == Math.rint(v) ? Long.toString((long) (double) v) : Double.toString(v)));
            example.append(", \"points\": ").append(DEFAULT_POINTS).append('}');
            throw new IllegalArgumentException("\"family\" must be an object, not the name " + node
                    + " alone; write \"family\": " + example);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("\"family\" must be an object such as {\"name\": \"uniform\", "
                    + "\"points\": 1000}, got " + node);
        }
        if (!node.has("name")) {
            throw new IllegalArgumentException("\"family\" has no \"name\"; use one of "
                    + String.join(", ", ContinuousFamily.familyNames()));
        }
    }

    /** Discretises the family of a {@code "family"} object on the grid it describes. */
    public static DiscretisedFamily discretise(JsonNode node) {
        ContinuousFamily family = family(node);
        int points = points(node);
        Discretisation.Scheme scheme = node.has("scheme")
                ? Discretisation.Scheme.parse(InstanceJson.text(node, "scheme")) : Discretisation.Scheme.LEFT;
        Discretisation.Options options = Discretisation.Options.of(points, scheme);
        if (node.has("binning")) {
            options = options.withBinning(Discretisation.Binning.parse(InstanceJson.text(node, "binning")));
        }
        if (node.has("range")) {
            double[] range = InstanceJson.numbers(node, "range");
            if (range.length != 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "\"range\" has %d number%s; give two, [lo, hi]", range.length, range.length == 1 ? "" : "s"));
            }
            options = options.withLo(range[0]).withHi(range[1]);
        }
        return Discretisation.discretise(family, options);
    }
}
