package org.paretomech.auction;

/**
 * Revenue and surplus of one second-price auction with reserve.
 *
 * @param reserveIndex      zero-based support index of the reserve
 * @param reserve           the reserve {@code r = v_{reserveIndex}}
 * @param revenue           {@code R} with Vickrey payments
 * @param surplus           {@code S} with Vickrey payments
 * @param frontierRevenue   {@code R} of the same allocation with the revenue-side extreme payments
 * @param frontierSurplus   {@code S} of the same allocation with the revenue-side extreme payments
 */
public record SecondPriceOutcome(int reserveIndex, double reserve, double revenue, double surplus,
                                 double frontierRevenue, double frontierSurplus) {

    /** Welfare {@code R + S} (the same for both payment rules). */
    public double welfare() {
        return revenue + surplus;
    }
}
