package org.paretomech.distribution.classification;

import java.util.Objects;
import org.paretomech.distribution.DistributionClassSummary;

/**
 * The three discrete shape tests of a distribution (MATH §7), each with its worst violation.
 *
 * @param regular  {@code φ_j} non-decreasing
 * @param mhr      {@code g⁻_j} non-increasing
 * @param antiMhr  {@code g⁻_j} non-decreasing
 */
public record DiscreteClassification(ShapeCheck regular, ShapeCheck mhr, ShapeCheck antiMhr) {

    /** Checks that each component tests its own condition. */
    public DiscreteClassification {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(mhr, "mhr");
        Objects.requireNonNull(antiMhr, "antiMhr");
        if (regular.condition() != ShapeCondition.REGULAR || mhr.condition() != ShapeCondition.MHR
                || antiMhr.condition() != ShapeCondition.ANTI_MHR) {
            throw new IllegalArgumentException("components must test REGULAR, MHR and ANTI_MHR in that order");
        }
    }

    /**
     * The classes that hold within {@code relativeTolerance}, as a
     * {@link DistributionClassSummary} whose note gives each test and, for a failed one, its worst
     * violation and where it occurs. Consistent with the summary's rule that MHR implies regular:
     * if {@code g⁻} is within {@code δ} of non-increasing then {@code φ = v - g⁻} is within
     * {@code δ} of non-decreasing, since {@code v} increases.
     */
    public DistributionClassSummary summary(double relativeTolerance) {
        String note = "discrete test on g⁻ for j < K, tolerance " + DiscreteClassifier.number(relativeTolerance)
                + " of the value range: " + regular.describe(relativeTolerance) + "; " + mhr.describe(relativeTolerance)
                + "; " + antiMhr.describe(relativeTolerance);
        boolean isMhr = mhr.holdsWithin(relativeTolerance);
        // MHR implies regular exactly; the "||" only guards against rounding in φ = v - g⁻ tipping one test.
        return new DistributionClassSummary(regular.holdsWithin(relativeTolerance) || isMhr, isMhr,
                antiMhr.holdsWithin(relativeTolerance), note);
    }

    /** {@link #summary(double)} with {@link DiscreteClassifier#DEFAULT_RELATIVE_TOLERANCE}. */
    public DistributionClassSummary summary() {
        return summary(DiscreteClassifier.DEFAULT_RELATIVE_TOLERANCE);
    }
}
