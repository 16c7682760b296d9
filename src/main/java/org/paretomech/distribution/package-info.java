/**
 * Value distributions (MATH §1, §7, §8).
 *
 * <ul>
 *   <li>{@link org.paretomech.distribution.DiscreteDistribution}: the discrete distribution the
 *       solver works with (support {@code v_1 < ... < v_K}, masses summing to one);</li>
 *   <li>{@link org.paretomech.distribution.ContinuousFamily}: a continuous family with its
 *       parameters (uniform, exponential, Weibull, gamma, log-normal, Lomax, Pareto, beta,
 *       truncated equal revenue), its CDF, upper tail, quantile, density, mean, and its continuous
 *       class ({@link org.paretomech.distribution.DistributionClassSummary}: regular / MHR /
 *       anti-MHR, with the reason);</li>
 *   <li>{@link org.paretomech.distribution.Discretisation}: equal-width or equal-probability bins,
 *       points at the left edge, midpoint, conditional mean or right edge, truncation with
 *       renormalisation, giving a {@link org.paretomech.distribution.DiscretisedFamily} that
 *       carries the discrete distribution and a {@code source} line saying what was done.</li>
 * </ul>
 *
 * <p>Numerics: tail probabilities are always taken from the side where they are small
 * ({@code F} below the median, {@code 1 - F} above), so tiny tail masses keep their relative
 * accuracy; iterative inverses (gamma, beta, log-normal) work in {@code ln v} to
 * {@link org.paretomech.distribution.ContinuousFamily#INVERSE_ACCURACY}. Special functions and the
 * Brent root finder come from Apache Commons Math 3.6.1. All types are immutable and every result
 * is deterministic.
 */
package org.paretomech.distribution;
