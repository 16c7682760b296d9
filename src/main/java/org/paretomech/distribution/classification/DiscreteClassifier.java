package org.paretomech.distribution.classification;

import java.util.Locale;
import java.util.Optional;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * The discrete distribution classes of MATH §7: regular, MHR, anti-MHR, tested on the
 * spacing-aware information rent {@code g⁻_j = (v_{j+1} - v_j)(1 - F_j) / f_j} (the discrete
 * {@code (1 - F)/f}, one over the hazard rate), with {@code 1 - F_j} taken from
 * {@link DiscreteDistribution#strictUpperTail} (accumulated from the top, so small tails keep their
 * relative accuracy), and the virtual value {@code φ_j = v_j - g⁻_j}:
 * <ul>
 *   <li>regular: {@code φ_j} non-decreasing;</li>
 *   <li>MHR: {@code g⁻_j} non-increasing;</li>
 *   <li>anti-MHR: {@code g⁻_j} non-decreasing;</li>
 * </ul>
 * for {@code j < K} (one-based; zero-based {@code j = 0..K-2}). Regularity is exactly the condition
 * under which no revenue-side weight of the oracle irons (MATH §3). Buyer-side weights use the other
 * rent, {@code g⁺_j = Δ_j (1 - F_{j-1}) / f_j}, so the buyer side irons unless
 * {@link #buyerSideAntiMhr} holds; anti-MHR on {@code g⁻} does not imply it when masses vary
 * (values {0, 1, 2}, masses 1/2, 1/4, 1/4: {@code g⁻ = (1, 1)} but {@code g⁺ = (0, 2, 1)}).
 *
 * <p><b>Why the top point is left out.</b> {@code g⁻_K = 0} by convention, because no type lies
 * above {@code v_K} to mimic ({@code 1 - F_K = 0} exactly), not because of any hazard rate.
 * Including it would decide nothing for regular and MHR ({@code φ_K = v_K > v_{K-1} >= φ_{K-1}} and
 * {@code g⁻_K = 0 <= g⁻_{K-1}} always hold) and would make anti-MHR fail for every distribution
 * ({@code g⁻} always falls to 0 at the top). Likewise the oracle's revenue-side weight at the top,
 * {@code φ_K = v_K}, never forces ironing there.
 *
 * <p><b>Measure of a violation.</b> The worst violation is the largest move in the wrong direction
 * between any two points {@code i < j} (not only neighbours), see {@link ShapeViolation}; sizes are
 * reported in value units and relative to the value range {@code v_K - v_1} (all three conditions
 * are unchanged by shifting the values, so the range, not {@code v_K}, is the scale).
 *
 * <p><b>Approximate classes.</b> A finely discretised continuous family misses its class by
 * rounding wiggles; {@link ShapeCheck#holdsWithin} accepts violations up to a relative tolerance,
 * {@link #DEFAULT_RELATIVE_TOLERANCE} by default. Genuine discretisation effects are not wiggles and
 * are reported: e.g. equal-probability bins of the exponential make {@code g⁻} fall from about 1 to
 * {@code ln 2} over the top bins, which fails anti-MHR by about {@code 0.31/λ}.
 */
public final class DiscreteClassifier {

    /**
     * Default relative tolerance of {@link ShapeCheck#holdsApproximately()}: {@code 1e-9} of the
     * value range. Rounding moves {@code g⁻_j} by about {@code ε (v_K / Δ_j + K)} relative
     * ({@code ε = 2.2e-16}; {@code Δ_j} from differences of stored values, {@code 1 - F_j} summed over
     * up to {@code K} masses, masses from differences of a CDF), below {@code 1e-10} of the range for
     * grids up to about {@code 10^5} points; so a violation above {@code 1e-9} is a property of the
     * distribution, not of rounding. It is also below anything the certified solver resolves
     * (certificate slack {@code 1e-8} of {@code v_K}, {@link org.paretomech.numeric.Tolerances}): a
     * regularity violation of relative size {@code δ} changes what ironing can gain by at most
     * about {@code δ} times the value scale. Structural discretisation effects (of order the bin
     * width, {@code 1e-3} to {@code 1e-2} for usual grids) stay visible.
     */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-9;

    private DiscreteClassifier() {
    }

    /**
     * {@code g⁻_j = (v_{j+1} - v_j)(1 - F_j) / f_j} for zero-based {@code j = 0..K-2} (the top
     * point, with {@code g⁻_K = 0}, is not included); empty for {@code K = 1}.
     */
    public static double[] informationRents(DiscreteDistribution d) {
        int kk = d.size();
        double[] g = new double[Math.max(0, kk - 1)];
        for (int j = 0; j + 1 < kk; j++) {
            g[j] = (d.value(j + 1) - d.value(j)) * d.strictUpperTail(j) / d.mass(j);
        }
        return g;
    }

    /** {@code φ_j = v_j - g⁻_j} for zero-based {@code j = 0..K-2}; empty for {@code K = 1}. */
    public static double[] virtualValues(DiscreteDistribution d) {
        double[] g = informationRents(d);
        double[] phi = new double[g.length];
        for (int j = 0; j < g.length; j++) {
            phi[j] = d.value(j) - g[j];
        }
        return phi;
    }

    /** Regular: {@code φ_j} non-decreasing for {@code j < K}. */
    public static ShapeCheck regular(DiscreteDistribution d) {
        return check(d, ShapeCondition.REGULAR, virtualValues(d));
    }

    /** MHR: {@code g⁻_j} non-increasing for {@code j < K}. */
    public static ShapeCheck mhr(DiscreteDistribution d) {
        return check(d, ShapeCondition.MHR, informationRents(d));
    }

    /** Anti-MHR: {@code g⁻_j} non-decreasing for {@code j < K}. */
    public static ShapeCheck antiMhr(DiscreteDistribution d) {
        return check(d, ShapeCondition.ANTI_MHR, informationRents(d));
    }

    /**
     * {@code g⁺_j = Δ_j (1 - F_{j-1}) / f_j} for zero-based {@code j = 0..K-1}, with
     * {@code Δ_1 = v_1} when {@code lowestTypeKeepsValue} (no-subsidy: the lowest type may keep
     * {@code u_1 = v_1 x_1}) and {@code 0} otherwise (zero-lowest-utility). The buyer-side
     * counterpart of {@link #informationRents} (MATH §3).
     */
    public static double[] buyerSideRents(DiscreteDistribution d, boolean lowestTypeKeepsValue) {
        int kk = d.size();
        double[] g = new double[kk];
        for (int j = 0; j < kk; j++) {
            double delta = j == 0 ? (lowestTypeKeepsValue ? d.value(0) : 0.0) : d.value(j) - d.value(j - 1);
            g[j] = delta * d.upperTail(j) / d.mass(j);
        }
        return g;
    }

    /**
     * Buyer-side anti-MHR: {@code g⁺_j} ({@link #buyerSideRents}) non-decreasing for every
     * {@code j}. With regularity it is exactly the condition under which no weight, on either side,
     * irons (MATH §3): revenue-side weights are {@code λ_S v_j + (λ_R - λ_S) φ_j}, buyer-side
     * weights {@code λ_R v_j + (λ_S - λ_R) g⁺_j}.
     */
    public static ShapeCheck buyerSideAntiMhr(DiscreteDistribution d, boolean lowestTypeKeepsValue) {
        return check(d, ShapeCondition.BUYER_SIDE_ANTI_MHR, buyerSideRents(d, lowestTypeKeepsValue));
    }

    /** All three tests. */
    public static DiscreteClassification classify(DiscreteDistribution d) {
        return new DiscreteClassification(regular(d), mhr(d), antiMhr(d));
    }

    /** The tested condition on sequence {@code s}: the largest wrong-way move over pairs {@code i < j}. */
    private static ShapeCheck check(DiscreteDistribution d, ShapeCondition condition, double[] s) {
        double range = d.size() > 1 ? d.maxValue() - d.value(0) : 1.0;
        double sign = condition.nonDecreasing() ? 1.0 : -1.0;
        double worst = 0;
        int worstFrom = -1;
        int worstTo = -1;
        int extreme = -1;
        for (int j = 0; j < s.length; j++) {
            if (extreme >= 0) {
                double excess = sign * (s[extreme] - s[j]);
                if (excess > worst) {
                    worst = excess;
                    worstFrom = extreme;
                    worstTo = j;
                }
            }
            if (extreme < 0 || sign * s[j] > sign * s[extreme]) {
                extreme = j;
            }
        }
        if (worstTo < 0) {
            return new ShapeCheck(condition, Optional.empty(), range);
        }
        return new ShapeCheck(condition, Optional.of(new ShapeViolation(worstFrom, worstTo, d.value(worstFrom),
                d.value(worstTo), s[worstFrom], s[worstTo], worst, worst / range)), range);
    }

    /** Three significant digits, trailing zeros removed. */
    static String number(double x) {
        if (x == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.3g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : "e" + Integer.parseInt(s.substring(e + 1));
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
