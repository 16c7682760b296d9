package org.paretomech.api;

/**
 * A bargaining solution on the frontier polyline (disagreement point {@code (0, 0)}).
 *
 * @param concept      {@code kalaiSmorodinsky}, {@code nash} or {@code crossSideNash}
 * @param revenue      {@code R}
 * @param surplus      {@code S}
 * @param welfare      {@code W = R + S}
 * @param welfareRatio {@code W / W*}
 * @param edge         index of the frontier edge it lies on (from vertex {@code edge} to {@code edge + 1})
 * @param position     position along that edge in {@code [0, 1]} (0 at vertex {@code edge})
 * @param mechanism    how to implement it: the vertex's auction, or the lottery between the two
 *                     vertices' auctions with the probabilities given
 */
public record Solution(String concept, double revenue, double surplus, double welfare, double welfareRatio,
                       int edge, double position, String mechanism) {
}
