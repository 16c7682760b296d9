package org.paretomech.distribution.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of testing one {@link ShapeCondition} on a discrete distribution.
 *
 * @param condition the condition tested
 * @param worst     the worst violation, empty if the sequence is exactly monotone in the required
 *                  direction (including when {@code K <= 2}: at most one {@code j < K}, nothing to
 *                  compare)
 * @param range     the value range {@code v_K - v_1} that relative sizes are measured against
 *                  (1 for a point mass)
 */
public record ShapeCheck(ShapeCondition condition, Optional<ShapeViolation> worst, double range) {

    /** Checks presence of the components and a positive range. */
    public ShapeCheck {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(worst, "worst");
        if (!(range > 0)) {
            throw new IllegalArgumentException("range = " + range + "; expected > 0");
        }
    }

    /** Whether the condition holds exactly (no step in the wrong direction at all, rounding included). */
    public boolean holds() {
        return worst.isEmpty();
    }

    /**
     * Whether the condition holds up to {@code relativeTolerance}: the worst violation is at most
     * {@code relativeTolerance (v_K - v_1)}, i.e. some sequence monotone in the required direction
     * lies within half that of the tested one at every {@code j < K}.
     */
    public boolean holdsWithin(double relativeTolerance) {
        if (!(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("relative tolerance " + relativeTolerance + " must be >= 0, e.g. "
                    + DiscreteClassifier.DEFAULT_RELATIVE_TOLERANCE);
        }
        return relativeViolation() <= relativeTolerance;
    }

    /** {@link #holdsWithin} with {@link DiscreteClassifier#DEFAULT_RELATIVE_TOLERANCE}. */
    public boolean holdsApproximately() {
        return holdsWithin(DiscreteClassifier.DEFAULT_RELATIVE_TOLERANCE);
    }

    /** Size of the worst violation in value units, 0 if none. */
    public double worstViolation() {
        return worst.map(ShapeViolation::size).orElse(0.0);
    }

    /** Size of the worst violation relative to {@code v_K - v_1}, 0 if none. */
    public double relativeViolation() {
        return worst.map(ShapeViolation::relativeSize).orElse(0.0);
    }

    /**
     * One clause, e.g. {@code "MHR fails: g⁻ rises from 0.333 at v = 0 to 1.52 at v = 5.3
     * (0.186 of the value range)"} or {@code "regular holds"}; {@code "holds up to 2.1e-16 of the
     * value range"} when the violation is within {@code relativeTolerance}.
     */
    public String describe(double relativeTolerance) {
        if (worst.isEmpty()) {
            return condition.label() + " holds";
        }
        ShapeViolation w = worst.get();
        if (holdsWithin(relativeTolerance)) {
            return condition.label() + " holds up to " + DiscreteClassifier.number(w.relativeSize())
                    + " of the value range v_K - v_1";
        }
        String direction = condition.nonDecreasing() ? "falls" : "rises";
        return condition.label() + " fails: " + condition.quantity() + " " + direction + " from "
                + DiscreteClassifier.number(w.fromQuantity()) + " at v = " + DiscreteClassifier.number(w.fromValue())
                + " to " + DiscreteClassifier.number(w.toQuantity()) + " at v = " + DiscreteClassifier.number(w.toValue())
                + " (a step the wrong way of " + DiscreteClassifier.number(w.relativeSize())
                + (w.relativeSize() >= 1 ? " times" : " of") + " the value range v_K - v_1)";
    }
}
