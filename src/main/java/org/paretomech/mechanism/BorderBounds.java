package org.paretomech.mechanism;

import org.apache.commons.math3.special.Beta;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * Symmetric Border feasibility for {@code n} unit-demand buyers and {@code k} units (MATH §2.1).
 *
 * <p>The central function is the expected number of units that can go to buyers whose values lie
 * in a set of probability {@code T}: {@code B(T) = E[min(k, Binomial(n, T))]}. The Border right-hand
 * side of support point {@code j} is {@code B(1 - F_{j-1})}.
 */
public final class BorderBounds {

    private BorderBounds() {
    }

    /**
     * {@code E[min(k, Binomial(n, tail))]}, evaluated without cancellation: for {@code k = 1}
     * as {@code -expm1(n log1p(-tail))}, otherwise as {@code Σ_{m=1..k} P(Bin >= m)} with each
     * tail probability from the regularised incomplete beta function.
     */
    public static double expectedUnits(int n, int k, double tail) {
        if (tail <= 0) {
            return 0.0;
        }
        if (tail >= 1) {
            return Math.min(k, n);
        }
        if (k == 1) {
            return -Math.expm1(n * Math.log1p(-tail));
        }
        double sum = 0;
        int top = Math.min(k, n);
        for (int m = 1; m <= top; m++) {
            sum += binomialUpperTail(n, m, tail);
        }
        return sum;
    }

    /** {@code P(Binomial(n, p) >= m)} for {@code 1 <= m <= n}: the regularised beta {@code I_p(m, n-m+1)}. */
    static double binomialUpperTail(int n, int m, double p) {
        if (m <= 0) {
            return 1.0;
        }
        if (m > n) {
            return 0.0;
        }
        if (m == 1) {
            return -Math.expm1(n * Math.log1p(-p));
        }
        if (m == n) {
            return Math.exp(n * Math.log(p));
        }
        return Beta.regularizedBeta(p, m, n - m + 1.0, 1e-15, Integer.MAX_VALUE);
    }

    /** {@code P(Binomial(n, p) <= m)}. */
    public static double binomialCdf(int n, int m, double p) {
        if (m < 0) {
            return 0.0;
        }
        if (m >= n) {
            return 1.0;
        }
        if (m == 0) {
            return Math.exp(n * Math.log1p(-p));
        }
        // P(X <= m) = P(n - X >= n - m) with n - X ~ Bin(n, 1 - p); absolute accuracy suffices here.
        return binomialUpperTail(n, n - m, 1.0 - p);
    }

    /**
     * Border right-hand sides {@code B_j = E[min(k, Bin(n, 1 - F_{j-1}))]} for every support point,
     * zero-based: element {@code j} bounds {@code n Σ_{i >= j} f_i x_i}.
     */
    public static double[] rightHandSides(DiscreteDistribution d, int n, int k) {
        double[] b = new double[d.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = expectedUnits(n, k, d.upperTail(j));
        }
        return b;
    }

    /**
     * Interim probability that a buyer in a pooled class wins when the {@code k} units go to the
     * highest classes with uniform tie-breaking (MATH §3 step 2), {@code (B(H + q) - B(H)) / (n q)}
     * with {@code H} the mass above the class and {@code q} the class mass. For {@code k = 1} this is
     * {@code ((L + q)^n - L^n) / (n q)} with {@code L} the mass below, evaluated without cancellation
     * as {@code (1 - H)^n (-expm1(n log1p(-q / (1 - H)))) / (n q)} in the upper half
     * ({@code H <= 1/2}: {@code n} would amplify the rounding of {@code L + q}, a sum from the bottom,
     * but not that of {@code H}, a sum from the top) and as {@code L^n expm1(n log1p(q / L)) / (n q)}
     * below it. The three masses must come from the same distribution; {@code L + q + H = 1} up to
     * rounding.
     *
     * @param below mass strictly below the class, {@code L}
     * @param mass  class mass {@code q > 0}
     * @param above mass strictly above the class, {@code H}
     */
    public static double classWinProbability(int n, int k, double below, double mass, double above) {
        if (k >= n) {
            return 1.0;
        }
        if (k == 1) {
            if (above <= 0.5) {
                // Upper half: (L + q)^n from L and q, sums with relative rounding δ, is off by n δ
                // relative (n = 10^6, K = 10^4: 1e-7), while (1 - H)^n = exp(n log1p(-H)) is off by
                // n H δ / (1 - H) relative, at most δ / e absolute: use
                // ((1 - H)^n - (1 - H - q)^n) / (n q) = (1 - H)^n (-expm1(n log1p(-q / (1 - H)))) / (n q).
                // Below the middle L + q <= 1/2, so (L + q)^n and its error are small.
                double ratio = Math.min(1.0, mass / (1 - above));
                double value = Math.exp(n * Math.log1p(-above) + Math.log(-Math.expm1(n * Math.log1p(-ratio))))
                        / (n * mass);
                return Math.min(1.0, value);
            }
            if (below <= 0) {
                return Math.exp((n - 1) * Math.log(mass)) / n;
            }
            double ratio = mass / below;
            double value = Math.exp(n * Math.log(below) + Math.log(-Math.expm1(-n * Math.log1p(ratio))) + n * Math.log1p(ratio))
                    / (n * mass);
            return Math.min(1.0, value);
        }
        if (mass >= SMALL_CLASS) {
            return Math.min(1.0, (expectedUnits(n, k, above + mass) - expectedUnits(n, k, above)) / (n * mass));
        }
        // B(H + q) - B(H) = n ∫_H^{H+q} P(Bin(n-1, t) <= k-1) dt: for a tiny class the difference cancels,
        // so average the integrand over [H, H + q] with 5-point Gauss-Legendre instead.
        double sum = 0;
        for (int i = 0; i < GAUSS_NODES.length; i++) {
            sum += GAUSS_WEIGHTS[i] * binomialCdf(n - 1, k - 1, above + 0.5 * mass * (1 + GAUSS_NODES[i]));
        }
        return Math.min(1.0, 0.5 * sum);
    }

    /**
     * Below this class mass the k-unit win probability is integrated rather than differenced:
     * the difference loses about {@code 1e-16 k / (n q)}, at most 1e-10 here, while the Binomial cdf
     * varies on a scale {@code sqrt(t(1-t)/n) >= 5e-4} for {@code n <= 10^6}, so a single 5-point
     * Gauss–Legendre panel of width below 1e-6 is exact to far beyond double precision.
     */
    static final double SMALL_CLASS = 1e-6;

    private static final double[] GAUSS_NODES = {0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640,
        0.9061798459386640};
    private static final double[] GAUSS_WEIGHTS = {0.5688888888888889, 0.4786286704993665, 0.4786286704993665,
        0.2369268850561891, 0.2369268850561891};

    /**
     * Expected total value of the efficient allocation (the {@code k} highest values, each sold):
     * {@code W* = Σ_j v_j (B(1 - F_{j-1}) - B(1 - F_j))}.
     */
    public static double efficientWelfare(DiscreteDistribution d, int n, int k) {
        double w = 0;
        for (int j = 0; j < d.size(); j++) {
            w += d.value(j) * (expectedUnits(n, k, d.upperTail(j)) - expectedUnits(n, k, d.strictUpperTail(j)));
        }
        return w;
    }
}
