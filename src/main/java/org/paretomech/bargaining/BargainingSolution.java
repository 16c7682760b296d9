package org.paretomech.bargaining;

/**
 * A point of the frontier polyline chosen by a bargaining rule.
 *
 * @param concept      e.g. {@code kalaiSmorodinsky}
 * @param revenue      {@code R}
 * @param surplus      {@code S}
 * @param welfareRatio {@code (R + S) / W*}
 * @param segment      index of the polyline edge it lies on (vertex {@code segment} to
 *                     {@code segment + 1}); equal to the last vertex index for a single-point frontier
 * @param position     position along that edge in [0, 1]
 */
public record BargainingSolution(String concept, double revenue, double surplus, double welfareRatio,
                                 int segment, double position) {

    /** Welfare {@code R + S}. */
    public double welfare() {
        return revenue + surplus;
    }
}
