/**
 * Discrete distribution classes (MATH §7): regular, MHR and anti-MHR tested on the spacing-aware
 * information rent {@code g⁻_j = (v_{j+1} - v_j)(1 - F_j)/f_j} for {@code j < K}, each with its
 * worst violation (size in value units and relative to the value range, and where it occurs) and a
 * tolerant {@link org.paretomech.distribution.classification.ShapeCheck#holdsWithin} for
 * discretised continuous families.
 *
 * <ul>
 *   <li>{@link org.paretomech.distribution.classification.DiscreteClassifier}: the tests and the
 *       sequences {@code g⁻}, {@code φ};</li>
 *   <li>{@link org.paretomech.distribution.classification.ShapeCheck},
 *       {@link org.paretomech.distribution.classification.ShapeViolation}: one test's result;</li>
 *   <li>{@link org.paretomech.distribution.classification.DiscreteClassification}: all three, and a
 *       {@link org.paretomech.distribution.DistributionClassSummary} to set beside the continuous
 *       family's class.</li>
 * </ul>
 */
package org.paretomech.distribution.classification;
