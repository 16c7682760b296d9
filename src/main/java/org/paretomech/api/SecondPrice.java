package org.paretomech.api;

import java.util.List;

/**
 * Second-price auctions with a reserve at every support point (Vickrey payments), each compared
 * with the frontier.
 *
 * @param reserves        one entry per reserve, lowest reserve (no reserve) first
 * @param best            the reserve with the highest revenue (ties: lowest reserve)
 * @param monopoly        the monopoly reserve (maximal revenue with revenue-side payments)
 */
public record SecondPrice(List<Reserve> reserves, Reserve best, Reserve monopoly) {

    /** Copies the list. */
    public SecondPrice {
        reserves = List.copyOf(reserves);
    }

    /** The auction without reserve (reserve at the lowest support point). */
    public Reserve noReserve() {
        return reserves.get(0);
    }

    /**
     * One second-price auction.
     *
     * @param reserve      the reserve {@code r} (a support point)
     * @param revenue      {@code R}
     * @param surplus      {@code S}
     * @param welfare      {@code W = R + S}
     * @param welfareRatio {@code W / W*}
     * @param surplusGap   the frontier's surplus at this revenue minus {@code S}: what the best
     *                     mechanism with at least this revenue adds for the buyers
     */
    public record Reserve(double reserve, double revenue, double surplus, double welfare, double welfareRatio,
                          double surplusGap) {
    }
}
