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
 * {@code name} is required; {@code points} defaults to {@value #DEFAULT_POINTS}, {@code scheme} to
 * {@code left} (a certified lower bound, MATH §8), {@code binning} to equal-width for bounded and
 * equal-probability for unbounded families; {@code range} restricts (and for unbounded families
 * truncates and renormalises) the binned range. Every other numeric field is a family parameter.
 */
final class FamilySpecJson {

    /** Default number of support points of a discretised family. */
    static final int DEFAULT_POINTS = 1000;

    private FamilySpecJson() {
    }

    static DiscretisedFamily discretise(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("\"family\" must be an object such as {\"name\": \"uniform\", "
                    + "\"points\": 1000}, got " + node);
        }
        if (!node.has("name")) {
            throw new IllegalArgumentException("\"family\" has no \"name\"; use one of "
                    + String.join(", ", ContinuousFamily.familyNames()));
        }
        String name = InstanceJson.text(node, "name");
        int points = node.has("points") ? InstanceJson.integer(node, "points") : DEFAULT_POINTS;
        Discretisation.Scheme scheme = node.has("scheme")
                ? Discretisation.Scheme.parse(InstanceJson.text(node, "scheme")) : Discretisation.Scheme.LEFT;
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equals("name") || f.equals("points") || f.equals("scheme") || f.equals("binning") || f.equals("range")) {
                continue;
            }
            parameters.put(f, InstanceJson.number(node, f));
        }
        ContinuousFamily family = ContinuousFamily.of(name, parameters);
        Discretisation.Options options = Discretisation.Options.of(points, scheme);
        if (node.has("binning")) {
            options = options.withBinning(Discretisation.Binning.parse(InstanceJson.text(node, "binning")));
        }
        if (node.has("range")) {
            double[] range = InstanceJson.numbers(node, "range");
            if (range.length != 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "\"range\" has %d numbers; give two, [lo, hi]", range.length));
            }
            options = options.withLo(range[0]).withHi(range[1]);
        }
        return Discretisation.discretise(family, options);
    }
}
