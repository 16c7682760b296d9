package org.paretomech.sweep;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.paretomech.bargaining.Bargaining;

/**
 * The bargaining solutions a sweep can report (MATH §6), in the fixed order of the row files'
 * columns and of the welfare-ratio plot's panels. An experiment's {@code "solutions"} list
 * selects a non-empty subset of them by {@link #label()}; by default all three.
 */
public enum BargainingConcept {

    /** Kalai–Smorodinsky: the frontier point on the segment from (0, 0) to the ideal point. */
    KALAI_SMORODINSKY(Bargaining.KALAI_SMORODINSKY, "ks", "Kalai-Smorodinsky"),
    /** Nash between the seller and each buyer: maximises {@code R S^n}. */
    NASH(Bargaining.NASH, "nash", "Nash (R S^n)"),
    /** Cross-side Nash between the seller and the buyers as one side: maximises {@code R S}. */
    CROSS_SIDE_NASH(Bargaining.CROSS_SIDE_NASH, "crossSideNash", "cross-side Nash (R S)");

    private final String label;
    private final String column;
    private final String title;

    BargainingConcept(String label, String column, String title) {
        this.label = label;
        this.column = column;
        this.title = title;
    }

    /** The name in an experiment's {@code "solutions"} list and in {@code frontier}'s JSON, e.g. {@code kalaiSmorodinsky}. */
    public String label() {
        return label;
    }

    /** Prefix of the row files' columns: {@code ks} gives {@code ksRevenue, ksSurplus, ksWelfareRatio}. */
    public String column() {
        return column;
    }

    /** Name shown in charts, e.g. {@code Nash (R S^n)}. */
    public String title() {
        return title;
    }

    /** Every concept, in column order. */
    public static List<BargainingConcept> all() {
        return List.of(values());
    }

    /**
     * The concept with this {@link #label()} (exact, case-sensitive as in the JSON contract).
     *
     * @throws IllegalArgumentException naming the value and listing the valid ones
     */
    public static BargainingConcept fromLabel(String label) {
        for (BargainingConcept c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "solution \"%s\" is unknown; use any of %s",
                label, labels()));
    }

    /** The valid labels, comma separated: {@code kalaiSmorodinsky, nash, crossSideNash}. */
    static String labels() {
        return Arrays.stream(values()).map(BargainingConcept::label).collect(Collectors.joining(", "));
    }

    /** {@code selection} in column order, each once. */
    static List<BargainingConcept> inColumnOrder(Collection<BargainingConcept> selection) {
        EnumSet<BargainingConcept> set = EnumSet.noneOf(BargainingConcept.class);
        set.addAll(selection);
        return List.copyOf(set);
    }
}
