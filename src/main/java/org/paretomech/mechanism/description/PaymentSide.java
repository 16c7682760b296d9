package org.paretomech.mechanism.description;

/**
 * Which incentive-compatible payments accompany an allocation (MATH §2.3, §3). For a monotone
 * interim allocation {@code x}, local IC leaves {@code Δ_j x_{j-1} <= u_j - u_{j-1} <= Δ_j x_j}
 * ({@code Δ_j = v_j - v_{j-1}}); the oracle always sits at one of the two ends of this chain.
 */
public enum PaymentSide {

    /**
     * Revenue-side extreme, the highest IC payments: {@code u_1 = 0} and
     * {@code u_j - u_{j-1} = Δ_j x_{j-1}}. Used by the oracle when {@code λ_S <= λ_R}.
     */
    REVENUE_SIDE("revenue-side extreme payments (the highest IC payments): u_1 = 0, u_j - u_{j-1} = Δ_j x_{j-1}"),

    /**
     * Buyer-side extreme, the lowest IC payments: {@code u_j - u_{j-1} = Δ_j x_j}, with
     * {@code u_1 = v_1 x_1} under no-subsidy (the lowest type pays nothing) and {@code u_1 = 0}
     * under zero-lowest-utility. Used by the oracle when {@code λ_S > λ_R}.
     */
    BUYER_SIDE("buyer-side extreme payments (the lowest IC payments): u_j - u_{j-1} = Δ_j x_j, "
            + "u_1 = v_1 x_1 (no-subsidy) or 0 (zero-lowest-utility)"),

    /**
     * The two extremes coincide, so the IC payments are unique: {@code x} is the same for every
     * type (one class covering the support, or {@code k >= n}) and the lowest type's utility is
     * pinned ({@code v_1 x_1 = 0}, or zero-lowest-utility). Examples: the free lottery, where
     * nobody pays.
     */
    BOTH_EXTREMES("both IC extremes coincide (the same allocation for every type): the payments are the only IC ones"),

    /**
     * Utilities strictly inside the IC chain at some step, e.g. the Vickrey payments of a
     * second-price auction (MATH §5). Only reported for mechanisms not produced by the oracle.
     */
    INTERMEDIATE("payments between the two IC extremes (e.g. Vickrey payments)");

    private final String description;

    PaymentSide(String description) {
        this.description = description;
    }

    /** The side used by the oracle for a solve: {@link #REVENUE_SIDE} or {@link #BUYER_SIDE}. */
    public static PaymentSide of(boolean revenueSide) {
        return revenueSide ? REVENUE_SIDE : BUYER_SIDE;
    }

    /** One line giving the payment rule in the notation of MATH §3. */
    public String description() {
        return description;
    }
}
