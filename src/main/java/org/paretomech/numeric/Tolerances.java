package org.paretomech.numeric;

/**
 * The one place where numerical tolerances live. All quantities are measured on the
 * <em>normalised</em> problem: values divided by the largest support value, so allocations,
 * utilities, revenue per buyer and welfare per buyer are all of order one.
 *
 * @param feasibility absolute slack allowed in every certificate check (Border, monotonicity,
 *                    IC, IR, transfer rule, bounds) on the normalised problem. It cannot be
 *                    tighter than the primal feasibility tolerance of the LP backends: ojAlgo
 *                    works to 1e-8 (its default {@code options.feasibility} is
 *                    {@code NumberContext 12:8}), and on the real Palm Pilot instance its basic
 *                    solutions violate Border rows whose right-hand side is 0.999997 by 3e-9 to
 *                    7e-9. A violation of 1e-8 in an allocation probability moves R and S by at
 *                    most about 1e-8 of the welfare scale, far below the six digits reported.
 *                    Grossly wrong solutions (seen: 6e-7 from ojAlgo's dual simplex) still fail.
 * @param vertex      relative improvement (of the weighted objective, relative to the welfare
 *                    scale) below which a new frontier point is considered to lie on the segment
 *                    between two known vertices.
 * @param lexicographic slack (relative to the welfare scale) by which the first objective may
 *                    fall short of its optimum in the second stage of a lexicographic solve.
 */
public record Tolerances(double feasibility, double vertex, double lexicographic) {

    /** Defaults used by the command line; see the component descriptions for their rationale. */
    public static final Tolerances DEFAULT = new Tolerances(1e-8, 1e-10, 1e-11);

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
