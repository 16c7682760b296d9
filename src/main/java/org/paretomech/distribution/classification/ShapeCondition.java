package org.paretomech.distribution.classification;

/**
 * The discrete shape conditions of MATH §7, stated on the spacing-aware information rent
 * {@code g⁻_j = (v_{j+1} - v_j)(1 - F_j) / f_j} and the virtual value {@code φ_j = v_j - g⁻_j},
 * for {@code j < K}; and the buyer-side condition on {@code g⁺} that the characterisation check
 * needs.
 */
public enum ShapeCondition {

    /** Regular: {@code φ_j} non-decreasing. Revenue-side weights need no ironing (MATH §3). */
    REGULAR("regular", "φ", true),
    /** Monotone hazard rate: {@code g⁻_j} non-increasing (MHR implies regular). */
    MHR("MHR", "g⁻", false),
    /** Anti-MHR (decreasing hazard rate): {@code g⁻_j} non-decreasing. */
    ANTI_MHR("anti-MHR", "g⁻", true),
    /**
     * Buyer-side anti-MHR: the buyer-side rent {@code g⁺_j = Δ_j (1 - F_{j-1}) / f_j} non-decreasing
     * for {@code j = 1..K}, with {@code Δ_1 = v_1} under no-subsidy and {@code 0} under
     * zero-lowest-utility. Buyer-side weights need no ironing exactly when it holds (MATH §3); it
     * discretises the same continuous condition as {@link #ANTI_MHR} but is not implied by it on a
     * grid whose masses vary ({@code g⁺_j = g⁻_{j-1} f_{j-1} / f_j}).
     */
    BUYER_SIDE_ANTI_MHR("buyer-side anti-MHR", "g⁺", true);

    private final String label;
    private final String quantity;
    private final boolean nonDecreasing;

    ShapeCondition(String label, String quantity, boolean nonDecreasing) {
        this.label = label;
        this.quantity = quantity;
        this.nonDecreasing = nonDecreasing;
    }

    /** The name used in texts: {@code regular}, {@code MHR}, {@code anti-MHR}, {@code buyer-side anti-MHR}. */
    public String label() {
        return label;
    }

    /** The tested sequence: {@code φ}, {@code g⁻} or {@code g⁺}. */
    public String quantity() {
        return quantity;
    }

    /** Whether the condition asks the sequence to be non-decreasing (else non-increasing). */
    public boolean nonDecreasing() {
        return nonDecreasing;
    }
}
