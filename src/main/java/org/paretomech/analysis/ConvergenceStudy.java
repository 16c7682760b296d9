package org.paretomech.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * A convergence study over grids {@code K, 2K, 4K, ...} of one continuous family (MATH §8): for
 * each reported quantity, its values, the observed order of convergence from the last three
 * levels, {@code p = log2(|q_1 - q_2| / |q_2 - q_3|)}, and the Richardson-extrapolated limit
 * {@code q_3 + (q_3 - q_2) / (2^p - 1)}, next to the continuous closed form where one exists.
 *
 * @param levels     the analyses, coarsest first, each grid twice as fine as the previous
 * @param reference  continuous closed forms, if the family has a density
 * @param rows       one row per quantity
 */
public record ConvergenceStudy(List<FrontierAnalysis> levels, java.util.Optional<ContinuousReference> reference,
                               List<Row> rows) {

    /**
     * One quantity across the levels.
     *
     * @param quantity     name, e.g. {@code R_max}
     * @param values       value per level
     * @param order        observed order of convergence (empty when undefined: fewer than three
     *                     levels, or differences at rounding level)
     * @param extrapolated Richardson limit (empty when the order is undefined)
     * @param continuous   continuous closed form (empty when none applies)
     */
    public record Row(String quantity, List<Double> values, OptionalDouble order, OptionalDouble extrapolated,
                      OptionalDouble continuous) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public ConvergenceStudy {
        levels = List.copyOf(levels);
        rows = List.copyOf(rows);
    }

    /** Builds the study; {@code reference} may be empty. */
    public static ConvergenceStudy of(List<FrontierAnalysis> levels, java.util.Optional<ContinuousReference> reference) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a convergence study needs at least one level");
        }
        boolean regular = reference.map(r -> r.family().continuousClass().regular()).orElse(false);
        List<Row> rows = new ArrayList<>();
        rows.add(row("R_max", levels, a -> a.frontier().revenueMax(),
                regular ? reference.map(ContinuousReference::revenueAtMonopolyReserve) : java.util.Optional.empty()));
        rows.add(row("S_max", levels, a -> a.frontier().surplusMax(), java.util.Optional.empty()));
        rows.add(row("W*", levels, a -> a.frontier().welfareMax(), reference.map(ContinuousReference::welfareMax)));
        rows.add(row("KS revenue", levels, a -> a.kalaiSmorodinsky().revenue(), java.util.Optional.empty()));
        rows.add(row("KS surplus", levels, a -> a.kalaiSmorodinsky().surplus(), java.util.Optional.empty()));
        rows.add(row("KS W/W*", levels, a -> a.kalaiSmorodinsky().welfareRatio(), java.util.Optional.empty()));
        rows.add(row("Nash revenue", levels, a -> a.nash().revenue(), java.util.Optional.empty()));
        rows.add(row("Nash surplus", levels, a -> a.nash().surplus(), java.util.Optional.empty()));
        rows.add(row("Nash W/W*", levels, a -> a.nash().welfareRatio(), java.util.Optional.empty()));
        rows.add(row("cross-side Nash revenue", levels, a -> a.crossSideNash().revenue(), java.util.Optional.empty()));
        rows.add(row("cross-side Nash surplus", levels, a -> a.crossSideNash().surplus(), java.util.Optional.empty()));
        rows.add(row("cross-side Nash W/W*", levels, a -> a.crossSideNash().welfareRatio(), java.util.Optional.empty()));
        rows.add(row("second price no reserve R", levels, a -> a.secondPrice().noReserve().revenue(),
                reference.map(ContinuousReference::secondPriceRevenue)));
        return new ConvergenceStudy(levels, reference, rows);
    }

    private static Row row(String name, List<FrontierAnalysis> levels, ToDoubleFunction<FrontierAnalysis> f,
                           java.util.Optional<Double> continuous) {
        List<Double> v = new ArrayList<>();
        for (FrontierAnalysis a : levels) {
            v.add(f.applyAsDouble(a));
        }
        OptionalDouble order = OptionalDouble.empty();
        OptionalDouble limit = OptionalDouble.empty();
        int m = v.size();
        if (m >= 3) {
            double d1 = v.get(m - 2) - v.get(m - 3);
            double d2 = v.get(m - 1) - v.get(m - 2);
            double scale = Math.max(Math.abs(v.get(m - 1)), Double.MIN_NORMAL);
            if (Math.abs(d2) > 1e-13 * scale && Math.abs(d1) > 1e-13 * scale && Math.signum(d1) == Math.signum(d2)) {
                double p = Math.log(Math.abs(d1 / d2)) / Math.log(2);
                if (Double.isFinite(p) && p > 0.1) {
                    order = OptionalDouble.of(p);
                    limit = OptionalDouble.of(v.get(m - 1) + d2 / (Math.pow(2, p) - 1));
                }
            }
        }
        return new Row(name, v, order, limit,
                continuous.isPresent() ? OptionalDouble.of(continuous.get()) : OptionalDouble.empty());
    }

    /** A readable table. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s", "quantity"));
        for (FrontierAnalysis a : levels) {
            sb.append(String.format(Locale.ROOT, " %14s", "K = " + a.frontier().instance().supportSize()));
        }
        sb.append(String.format(Locale.ROOT, " %8s %14s %14s%n", "order", "extrapolated", "continuous"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-28s", r.quantity()));
            for (double x : r.values()) {
                sb.append(String.format(Locale.ROOT, " %14.9f", x));
            }
            sb.append(String.format(Locale.ROOT, " %8s %14s %14s%n",
                    r.order().isPresent() ? String.format(Locale.ROOT, "%.2f", r.order().getAsDouble()) : "-",
                    r.extrapolated().isPresent() ? String.format(Locale.ROOT, "%.9f", r.extrapolated().getAsDouble()) : "-",
                    r.continuous().isPresent() ? String.format(Locale.ROOT, "%.9f", r.continuous().getAsDouble()) : "-"));
        }
        return sb.toString();
    }
}
