package org.paretomech.auction;

import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.InterimMechanism;

/**
 * The discrete Vickrey auction with a reserve at a support point (MATH §5), generalised to
 * {@code k} units as the uniform-price {@code (k+1)}-st price auction: bids at or above the reserve
 * are eligible, the {@code k} highest eligible bids win (ties at the cut broken uniformly), and each
 * winner pays the larger of the reserve and the {@code k}-th highest competing bid; a winner tied
 * with that bid pays her own value.
 *
 * <p>With {@code Y} the {@code k}-th highest of the other {@code n - 1} values,
 * {@code P(Y <= v_i) = P(Binomial(n - 1, 1 - F_i) <= k - 1)}, and for {@code v_j >= r}:
 * {@code x_j = (B(1 - F_{j-1}) - B(1 - F_j)) / (n f_j)} and
 * {@code p_j = r P(Y < r) + Σ_{r <= v_i < v_j} v_i P(Y = v_i) + v_j (x_j - P(Y < v_j))}. For
 * {@code k = 1} this is exactly the formula of MATH §5.
 */
public final class SecondPriceAuction {

    private SecondPriceAuction() {
    }

    /**
     * The interim rule of the auction with reserve {@code v_{reserveIndex}} (zero-based) and
     * Vickrey payments.
     */
    public static InterimMechanism vickrey(Instance instance, int reserveIndex) {
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        checkIndex(reserveIndex, kk);
        int n = instance.buyers();
        int k = instance.units();
        double[] x = allocation(instance, reserveIndex);
        double[] u = new double[kk];
        double r = d.value(reserveIndex);
        // P(Y <= v_i) for the k-th highest competing value.
        double belowReserve = competingCdf(n, k, d.upperTail(reserveIndex));
        double paid = r * belowReserve;
        double previousCdf = belowReserve;
        for (int j = reserveIndex; j < kk; j++) {
            double vj = d.value(j);
            double pj = paid + vj * Math.max(0.0, x[j] - previousCdf);
            u[j] = vj * x[j] - pj;
            double cdfJ = competingCdf(n, k, d.strictUpperTail(j));
            paid += vj * (cdfJ - previousCdf);
            previousCdf = cdfJ;
        }
        return InterimMechanism.of(x, u);
    }

    /**
     * The same allocation as {@link #vickrey} with the revenue-maximising payments for it
     * (MATH §3, revenue side): {@code u_1 = 0} and {@code u_j - u_{j-1} = Δ_j x_{j-1}}, so every
     * type pays the most that IC allows. This point lies on or under the frontier and has at least
     * the Vickrey point's revenue.
     */
    public static InterimMechanism withFrontierPayments(Instance instance, int reserveIndex) {
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        checkIndex(reserveIndex, kk);
        double[] x = allocation(instance, reserveIndex);
        double[] u = new double[kk];
        for (int j = 1; j < kk; j++) {
            u[j] = u[j - 1] + (d.value(j) - d.value(j - 1)) * x[j - 1];
        }
        return InterimMechanism.of(x, u);
    }

    /** Interim allocation: zero below the reserve, efficient with uniform ties at and above it. */
    static double[] allocation(Instance instance, int reserveIndex) {
        DiscreteDistribution d = instance.distribution();
        int n = instance.buyers();
        int k = instance.units();
        double[] x = new double[d.size()];
        for (int j = reserveIndex; j < d.size(); j++) {
            x[j] = BorderBounds.classWinProbability(n, k, d.cdfBelow(j), d.mass(j), d.strictUpperTail(j));
        }
        return x;
    }

    /**
     * {@code P(Y <= v)} given {@code above = P(V > v)}: fewer than {@code k} of the others exceed
     * {@code v}. Passing {@code P(V >= v_j)} gives {@code P(Y < v_j)}, which is 1 even below the
     * support when {@code k >= n} (there are fewer competitors than units).
     */
    static double competingCdf(int n, int k, double above) {
        return BorderBounds.binomialCdf(n - 1, k - 1, above);
    }

    private static void checkIndex(int reserveIndex, int kk) {
        if (reserveIndex < 0 || reserveIndex >= kk) {
            throw new IllegalArgumentException("reserve index " + reserveIndex + " is outside the support 0.." + (kk - 1));
        }
    }
}
