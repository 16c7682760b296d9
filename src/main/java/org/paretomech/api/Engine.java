package org.paretomech.api;

/**
 * How {@link Problem#solve()} computes each weighted optimum of the frontier.
 */
public enum Engine {
    /** The exact ironing oracle of MATH §3 ({@link org.paretomech.frontier.IroningEngine}): O(K) per weight, no LP. */
    IRONING,
    /**
     * The reduced-form LP of MATH §2 ({@link org.paretomech.frontier.LpEngine}) with an LP backend
     * and its fallback chain; see {@link Problem#solver(String)}.
     */
    LP
}
