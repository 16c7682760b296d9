package org.paretomech.numeric;

/**
 * The one place where numerical tolerances live. All quantities are measured on the
 * <em>normalised</em> problem: values divided by the largest support value, so allocations,
 * utilities, revenue per buyer and welfare per buyer are all of order one.
 *
 * @param feasibility absolute slack allowed in every certificate check (Border, monotonicity,
 *                    IC, IR, transfer rule, bounds) on the normalised problem. Simplex solvers
 *                    return basic solutions accurate to about 1e-12 on these well-scaled
 *                    programs; 1e-9 leaves three orders of magnitude for accumulated rounding in
 *                    sums of up to 10^5 terms.
 * @param vertex      relative improvement (of the weighted objective, relative to the welfare
 *                    scale) below which a new frontier point is considered to lie on the segment
 *                    between two known vertices.
 * @param lexicographic slack (relative to the welfare scale) by which the first objective may
 *                    fall short of its optimum in the second stage of a lexicographic solve.
 */
public record Tolerances(double feasibility, double vertex, double lexicographic) {

    /** Defaults used by the command line; see the component descriptions for their rationale. */
    public static final Tolerances DEFAULT = new Tolerances(1e-9, 1e-10, 1e-11);

    public Tolerances {
        check("feasibility", feasibility);
        check("vertex", vertex);
        check("lexicographic", lexicographic);
    }

    private static void check(String name, double value) {
        if (!(value > 0 && value < 1e-3)) {
            throw new IllegalArgumentException(
                    "tolerance " + name + " = " + value + " is out of range; expected a value in (0, 1e-3)");
        }
    }
}
