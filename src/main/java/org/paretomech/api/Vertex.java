package org.paretomech.api;

/**
 * A vertex of the revenue–surplus Pareto frontier, with the auction that attains it.
 *
 * @param index        position on the frontier, 0 at the revenue end
 * @param revenue      expected revenue {@code R}
 * @param surplus      expected total buyer surplus {@code S}
 * @param welfare      {@code W = R + S}
 * @param welfareRatio {@code W / W*}
 * @param auction      the auction implementing it, e.g. {@code second-price auction, reserve 170}
 *                     (read off the ironed allocation, MATH §3)
 */
public record Vertex(int index, double revenue, double surplus, double welfare, double welfareRatio, String auction) {
}
