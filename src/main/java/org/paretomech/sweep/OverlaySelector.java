package org.paretomech.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One entry of an experiment's {@code "overlay"} list: which rows of the grid have their frontiers
 * drawn together in {@code frontiers.png}. A row is selected when it matches every field given;
 * a field left out matches every value. For example
 * <pre>
 * {"family": "weibull", "shape": 2, "buyers": [2, 50]}
 * </pre>
 * selects the Weibull rows with shape 2 and 2 or 50 buyers, at every grid size of the experiment;
 * {@code {"instance": "palm-pilot-7day"}} selects the rows of that instance file.
 *
 * <p>On instance rows: {@code instance} matches a file by its path as the experiment gives it or by
 * its file name without {@code .json} ({@link InstanceFile#isNamedBy}); {@code buyers} matches the
 * experiment's {@code buyers} value of the row, so a row that keeps its file's own {@code n} is
 * matched only by selections without {@code buyers}; a selection with {@code family}, family
 * parameters or {@code points} never matches an instance row (those describe family rows), and
 * one with {@code instance} never matches a family row.
 *
 * @param family     family name ({@link org.paretomech.distribution.ContinuousFamily#familyNames()}),
 *                   or empty for every family
 * @param instance   instance file (path or file name without {@code .json}), or empty for every file
 * @param parameters family parameter name to the accepted values (e.g. {@code shape -> [2, 3]});
 *                   only with a family; a parameter at its default can be selected by its default value
 * @param buyers     accepted numbers of buyers {@code n}; empty for all
 * @param points     accepted grid sizes {@code K}; empty for all
 */
public record OverlaySelector(Optional<String> family, Optional<String> instance, Map<String, List<Double>> parameters,
                              List<Integer> buyers, List<Integer> points) {

    /** Copies the collections (keeping the parameter order) and checks that parameters come with a family. */
    public OverlaySelector {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        parameters = Collections.unmodifiableMap(copy);
        buyers = List.copyOf(buyers);
        points = List.copyOf(points);
        if (family.isEmpty() && !parameters.isEmpty()) {
            throw new IllegalArgumentException("an overlay selection with family parameters ("
                    + String.join(", ", parameters.keySet()) + ") needs a \"family\"");
        }
        if (instance.isPresent() && (family.isPresent() || !points.isEmpty())) {
            throw new IllegalArgumentException("an overlay selection with an \"instance\" cannot also give a "
                    + "\"family\" or \"points\" (instance rows have neither)");
        }
    }

    /** Whether the grid point matches every field given. */
    public boolean matches(SweepPoint point) {
        if (point instanceof InstancePoint i) {
            return family.isEmpty() && points.isEmpty()
                    && instance.map(name -> i.source().isNamedBy(name)).orElse(true)
                    && (buyers.isEmpty() || (i.buyers().isPresent() && buyers.contains(i.buyers().getAsInt())));
        }
        FamilyPoint p = (FamilyPoint) point;
        if (instance.isPresent()) {
            return false;
        }
        if (family.isPresent() && !family.get().equals(p.family().name())) {
            return false;
        }
        for (Map.Entry<String, List<Double>> e : parameters.entrySet()) {
            Double value = p.family().parameters().get(e.getKey());
            if (value == null || e.getValue().stream().noneMatch(v -> Double.compare(v, value) == 0)) {
                return false;
            }
        }
        return (buyers.isEmpty() || buyers.contains(p.buyers())) && (points.isEmpty() || points.contains(p.points()));
    }

    /**
     * The selection as JSON-like text, for messages: {@code {family: weibull, shape: [2], buyers: [2, 50]}}
     * or {@code {instance: palm-pilot-7day, buyers: [2]}}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("{");
        family.ifPresent(f -> sb.append("family: ").append(f));
        instance.ifPresent(f -> sb.append("instance: ").append(f));
        parameters.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(": ")
                .append(v.stream().map(OverlaySelector::number).collect(Collectors.joining(", ", "[", "]"))));
        if (!buyers.isEmpty()) {
            sb.append(sb.length() > 1 ? ", " : "").append("buyers: ").append(buyers);
        }
        if (!points.isEmpty()) {
            sb.append(sb.length() > 1 ? ", " : "").append("points: ").append(points);
        }
        return sb.append('}').toString();
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v)
                : Double.toString(v);
    }
}
