package org.paretomech;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * High-precision reference values for tests, computed without any code under test: every quantity
 * is evaluated in {@link BigDecimal} from the distribution's stored {@code double} values and
 * masses (converted exactly), with {@value #DIGITS} significant digits wherever a power or a
 * quotient makes exact arithmetic impossible.
 *
 * <p>{@link #ends} is a second, independent implementation of the frontier's two lexicographic ends
 * for one unit (MATH §3–§4): the greatest convex minorant by Andrew's monotone chain on exact
 * coordinates (the engine uses pool-adjacent-violators in doubles), allocation by the closed form
 * {@code ((L + q)^n - L^n) / (n q)} per class, and revenue and surplus recomputed from the interim
 * utilities by the IC payment chain of MATH §2.3 (not from virtual values).
 *
 * <p>Coordinates of the convex hull are exact (sums and products of doubles), so its shape and the
 * sign of every ironed weight are decided exactly; every other operation is rounded to
 * {@value #DIGITS} digits (exact arithmetic would carry the 10^5 digits of {@code 0.75^(10^6)}).
 * Probabilities are the stored masses divided by their exact sum (which may be {@code 1 ± K ulp}),
 * as the code treats them; the hull is built on the unnormalised exact sums, which only rescales it.
 */
public final class ExactReference {

    /** Significant digits of every rounded operation: far beyond double's 16, so rounding here is invisible. */
    public static final int DIGITS = 60;

    private static final MathContext MC = new MathContext(DIGITS);

    private ExactReference() {
    }

    /** {@code x} exactly. */
    public static BigDecimal exact(double x) {
        return new BigDecimal(x);
    }

    /**
     * Upper tails {@code T_j = Σ_{i >= j} f_i / Σ_i f_i} (zero-based, {@code T_K = 0} at index
     * {@code K}): the stored masses may sum to {@code 1 ± K ulp}, and the code treats the
     * distribution as normalised ({@code T_1 = 1}), an error {@code n} would amplify.
     */
    public static BigDecimal[] upperTails(DiscreteDistribution d) {
        BigDecimal[] t = exactUpperTails(d);
        for (int j = 1; j < t.length; j++) {
            t[j] = t[j].divide(t[0], MC);
        }
        t[0] = BigDecimal.ONE;
        return t;
    }

    /** Exact sums {@code Σ_{i >= j} f_i} of the stored masses (not normalised). */
    static BigDecimal[] exactUpperTails(DiscreteDistribution d) {
        int kk = d.size();
        BigDecimal[] t = new BigDecimal[kk + 1];
        t[kk] = BigDecimal.ZERO;
        for (int j = kk - 1; j >= 0; j--) {
            t[j] = t[j + 1].add(exact(d.mass(j)));
        }
        return t;
    }

    /** {@code x^n} to {@value #DIGITS} digits. */
    public static BigDecimal pow(BigDecimal x, int n) {
        return x.pow(n, MC);
    }

    /** {@code E[min(k, Binomial(n, t))]} as {@code k - Σ_{m < k} (k - m) P(Bin = m)}, by the pmf. */
    public static BigDecimal expectedUnits(int n, int k, BigDecimal t) {
        if (k >= n) {
            return t.multiply(BigDecimal.valueOf(n));
        }
        BigDecimal s = BigDecimal.ONE.subtract(t);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal choose = BigDecimal.ONE;
        for (int m = 0; m < k; m++) {
            if (m > 0) {
                choose = choose.multiply(BigDecimal.valueOf(n - m + 1)).divide(BigDecimal.valueOf(m), MC);
            }
            BigDecimal pmf = choose.multiply(pow(t, m), MC).multiply(pow(s, n - m), MC);
            sum = sum.add(pmf.multiply(BigDecimal.valueOf(k - m)), MC);
        }
        return BigDecimal.valueOf(k).subtract(sum, MC);
    }

    /** Border right-hand sides {@code B_j = E[min(k, Bin(n, T_j))]} for every support point. */
    public static BigDecimal[] borderRightHandSides(DiscreteDistribution d, int n, int k) {
        BigDecimal[] t = upperTails(d);
        BigDecimal[] b = new BigDecimal[d.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = expectedUnits(n, k, t[j]);
        }
        return b;
    }

    /** {@code W* = Σ_j v_j (B(T_j) - B(T_{j+1}))}: the expected sum of the {@code k} highest values. */
    public static BigDecimal efficientWelfare(DiscreteDistribution d, int n, int k) {
        BigDecimal[] t = upperTails(d);
        BigDecimal w = BigDecimal.ZERO;
        BigDecimal above = expectedUnits(n, k, t[d.size()]);
        for (int j = d.size() - 1; j >= 0; j--) {
            BigDecimal here = expectedUnits(n, k, t[j]);
            w = w.add(exact(d.value(j)).multiply(here.subtract(above, MC), MC), MC);
            above = here;
        }
        return w;
    }

    /**
     * The one-unit win probability of a buyer in a class of mass {@code q} with mass {@code below}
     * under it: {@code ((L + q)^n - L^n) / (n q)}.
     */
    public static BigDecimal classWinProbability(int n, BigDecimal below, BigDecimal mass) {
        return pow(below.add(mass), n).subtract(pow(below, n), MC).divide(mass.multiply(BigDecimal.valueOf(n)), MC);
    }

    /** Revenue and surplus of a mechanism. */
    public record Outcome(BigDecimal revenue, BigDecimal surplus) {
        /** {@code R + S}. */
        public BigDecimal welfare() {
            return revenue.add(surplus);
        }
    }

    /** The two lexicographic ends of the frontier. */
    public record Ends(Outcome revenueEnd, Outcome surplusEnd) {
    }

    /**
     * Both lexicographic ends for one unit ({@code k = 1}): the revenue end maximises {@code R}, then
     * {@code S}; the surplus end maximises {@code S}, then {@code R}.
     *
     * <p>Revenue end: weights {@code f_j w_j = f_j v_j - (v_{j+1} - v_j) T_{j+1}} (revenue side),
     * classes with ironed weight {@code >= 0} served (a zero class adds surplus at no revenue cost).
     * Surplus end: {@code f_j w_j = Δ_j T_j} with {@code Δ_1 = v_1} (no-subsidy) or 0, buyer side,
     * every class served (all weights are {@code >= 0}, and serving a zero class adds revenue at no
     * surplus cost). Collinear hull points split classes, so ties go to the finer, more efficient
     * allocation.
     */
    public static Ends ends(Instance instance) {
        if (instance.units() != 1) {
            throw new IllegalArgumentException("the reference ends are for one unit");
        }
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        BigDecimal[] t = exactUpperTails(d);
        BigDecimal[] v = new BigDecimal[kk];
        for (int j = 0; j < kk; j++) {
            v[j] = exact(d.value(j));
        }
        BigDecimal[] revenueWeights = new BigDecimal[kk];
        BigDecimal[] surplusWeights = new BigDecimal[kk];
        boolean noSubsidy = instance.transfers() == TransferMode.NO_SUBSIDY;
        for (int j = 0; j < kk; j++) {
            BigDecimal rent = j + 1 < kk ? v[j + 1].subtract(v[j]).multiply(t[j + 1]) : BigDecimal.ZERO;
            revenueWeights[j] = exact(d.mass(j)).multiply(v[j]).subtract(rent);
            BigDecimal delta = j == 0 ? (noSubsidy ? v[0] : BigDecimal.ZERO) : v[j].subtract(v[j - 1]);
            surplusWeights[j] = delta.multiply(t[j]);
        }
        BigDecimal[] x = allocation(instance, t, revenueWeights);
        BigDecimal[] y = allocation(instance, t, surplusWeights);
        return new Ends(outcome(instance, v, x, true), outcome(instance, v, y, false));
    }

    /**
     * The optimum of {@code λ_R R + λ_S S} (MATH §3): the payment extreme by side (revenue side
     * when {@code λ_S <= λ_R}), weights {@code f_j w_j = λ_R f_j v_j + (λ_S - λ_R) f_j g_j}, ironed
     * exactly. The objective value does not depend on how ties are broken.
     */
    public static Outcome optimum(Instance instance, double lambdaRevenue, double lambdaSurplus) {
        if (instance.units() != 1) {
            throw new IllegalArgumentException("the reference optimum is for one unit");
        }
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        BigDecimal[] t = exactUpperTails(d);
        BigDecimal[] v = new BigDecimal[kk];
        for (int j = 0; j < kk; j++) {
            v[j] = exact(d.value(j));
        }
        boolean revenueSide = lambdaSurplus <= lambdaRevenue;
        BigDecimal lr = exact(lambdaRevenue);
        BigDecimal diff = exact(lambdaSurplus).subtract(lr);
        boolean noSubsidy = instance.transfers() == TransferMode.NO_SUBSIDY;
        BigDecimal[] fw = new BigDecimal[kk];
        for (int j = 0; j < kk; j++) {
            BigDecimal rent;
            if (revenueSide) {
                rent = j + 1 < kk ? v[j + 1].subtract(v[j]).multiply(t[j + 1]) : BigDecimal.ZERO;
            } else {
                BigDecimal delta = j == 0 ? (noSubsidy ? v[0] : BigDecimal.ZERO) : v[j].subtract(v[j - 1]);
                rent = delta.multiply(t[j]);
            }
            fw[j] = lr.multiply(exact(d.mass(j)).multiply(v[j])).add(diff.multiply(rent));
        }
        return outcome(instance, v, allocation(instance, t, fw), revenueSide);
    }

    /**
     * The interim allocation maximising {@code Σ f_j w_j x_j} ({@code fw} holds the products
     * {@code f_j w_j}) over monotone Border-feasible {@code x}, one unit, classes with ironed
     * weight {@code >= 0} served.
     */
    static BigDecimal[] allocation(Instance instance, BigDecimal[] t, BigDecimal[] fw) {
        int kk = fw.length;
        int n = instance.buyers();
        // Points (F_j, G_j), j = 0..K, F_j = T_0 - T_j (exact, unnormalised), G_j = Σ_{i<j} f_i w_i.
        BigDecimal[] px = new BigDecimal[kk + 1];
        BigDecimal[] py = new BigDecimal[kk + 1];
        px[0] = BigDecimal.ZERO;
        py[0] = BigDecimal.ZERO;
        for (int j = 0; j < kk; j++) {
            px[j + 1] = t[0].subtract(t[j + 1]);
            py[j + 1] = py[j].add(fw[j]);
        }
        // Lower convex hull, left to right; pop only on a strict clockwise turn, so collinear points stay.
        List<Integer> hull = new ArrayList<>();
        for (int p = 0; p <= kk; p++) {
            while (hull.size() >= 2) {
                int o = hull.get(hull.size() - 2);
                int a = hull.get(hull.size() - 1);
                BigDecimal cross = px[a].subtract(px[o]).multiply(py[p].subtract(py[o]))
                        .subtract(py[a].subtract(py[o]).multiply(px[p].subtract(px[o])));
                if (cross.signum() < 0) {
                    hull.remove(hull.size() - 1);
                } else {
                    break;
                }
            }
            hull.add(p);
        }
        BigDecimal[] x = new BigDecimal[kk];
        java.util.Arrays.fill(x, BigDecimal.ZERO);
        for (int c = 0; c + 1 < hull.size(); c++) {
            int from = hull.get(c);
            int to = hull.get(c + 1);
            // Class: support indices from..to-1; its ironed weight has the sign of the rise G_to - G_from.
            if (py[to].subtract(py[from]).signum() < 0) {
                continue;
            }
            BigDecimal below = px[from].divide(t[0], MC);
            BigDecimal mass = px[to].subtract(px[from]).divide(t[0], MC);
            BigDecimal win = classWinProbability(n, below, mass);
            for (int j = from; j < to; j++) {
                x[j] = win;
            }
        }
        return x;
    }

    /**
     * {@code R = n Σ f_j (v_j x_j - u_j)} and {@code S = n Σ f_j u_j}, with {@code u} from the IC
     * chain: revenue side {@code u_1 = 0, u_j = u_{j-1} + Δ_j x_{j-1}}; buyer side
     * {@code u_1 = v_1 x_1} (no-subsidy) or 0, {@code u_j = u_{j-1} + Δ_j x_j}.
     */
    public static Outcome outcome(Instance instance, BigDecimal[] v, BigDecimal[] x, boolean revenueSide) {
        int kk = v.length;
        DiscreteDistribution d = instance.distribution();
        BigDecimal n = BigDecimal.valueOf(instance.buyers());
        BigDecimal u = revenueSide || instance.transfers() == TransferMode.ZERO_LOWEST_UTILITY ? BigDecimal.ZERO
                : v[0].multiply(x[0], MC);
        BigDecimal r = BigDecimal.ZERO;
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal total = exactUpperTails(d)[0];
        for (int j = 0; j < kk; j++) {
            if (j > 0) {
                u = u.add(v[j].subtract(v[j - 1]).multiply(revenueSide ? x[j - 1] : x[j], MC), MC);
            }
            BigDecimal f = exact(d.mass(j)).divide(total, MC);
            r = r.add(f.multiply(v[j].multiply(x[j], MC).subtract(u, MC), MC), MC);
            s = s.add(f.multiply(u, MC), MC);
        }
        return new Outcome(r.multiply(n, MC), s.multiply(n, MC));
    }

    /**
     * Exact rational closed forms for the left grid {@code v_j = j/K}, {@code f_j = 1/K}
     * ({@code j = 0..K-1}), {@code n} buyers, one unit, no-subsidy, derived by hand from MATH §2–§5:
     * <ul>
     *   <li>{@code W* = 1 - Σ_{m=1..K} m^n / K^{n+1}} (summation by parts of
     *       {@code Σ_j v_j (F_j^n - F_{j-1}^n)});</li>
     *   <li>virtual values {@code φ_j = (2j - K + 1)/K} are increasing (regular), so the revenue
     *       end is the second-price auction with reserve index {@code r = ⌈(K-1)/2⌉} (the lowest
     *       {@code φ_j >= 0}: a zero-virtual-value point is served, adding surplus); with
     *       revenue-side payments {@code n f_j u_j = (j^n - r^n)/K^{n+1}} and
     *       {@code n f_j v_j x_j = j((j+1)^n - j^n)/K^{n+1}}, so
     *       {@code R_max = Σ_{j>=r} [j((j+1)^n - j^n) - (j^n - r^n)] / K^{n+1}} and the revenue
     *       end's surplus is {@code Σ_{j>=r} (j^n - r^n) / K^{n+1}};</li>
     *   <li>surplus end: buyer-side weights {@code f_j g⁺_j = (K-j)/K^2} for {@code j >= 1}, 0 at
     *       {@code v_1 = 0}; the cumulative curve is concave from {@code j = 1}, so the hull pools
     *       {@code v_2..v_K} into one class above the zero class {@code {v_1}}, which gets
     *       {@code x = (1 - K^{-n})/(n(1 - 1/K))}; all payments are zero, so
     *       {@code S_max = (1 - K^{-n})/2} and the surplus end's revenue is 0.</li>
     * </ul>
     *
     * @return {@code {W*, R_max, S at the revenue end, S_max}}
     */
    public static BigDecimal[] uniformLeftGrid(int kk, int n) {
        BigInteger bigK = BigInteger.valueOf(kk);
        BigInteger kPow = bigK.pow(n + 1);
        int r = kk / 2; // ⌈(K-1)/2⌉
        BigInteger powerSum = BigInteger.ZERO;
        BigInteger revenue = BigInteger.ZERO;
        BigInteger surplusAtRevenueEnd = BigInteger.ZERO;
        BigInteger rn = BigInteger.valueOf(r).pow(n);
        BigInteger jn = BigInteger.ZERO.pow(n);
        for (int j = 0; j < kk; j++) {
            BigInteger next = BigInteger.valueOf(j + 1).pow(n);
            powerSum = powerSum.add(next);
            if (j >= r) {
                BigInteger rent = jn.subtract(rn);
                revenue = revenue.add(BigInteger.valueOf(j).multiply(next.subtract(jn)).subtract(rent));
                surplusAtRevenueEnd = surplusAtRevenueEnd.add(rent);
            }
            jn = next;
        }
        BigDecimal denominator = new BigDecimal(kPow);
        BigDecimal welfare = BigDecimal.ONE.subtract(new BigDecimal(powerSum).divide(denominator, MC));
        BigDecimal surplusMax = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(new BigDecimal(bigK.pow(n)), MC))
                .divide(BigDecimal.valueOf(2), MC);
        return new BigDecimal[] {welfare, new BigDecimal(revenue).divide(denominator, MC),
            new BigDecimal(surplusAtRevenueEnd).divide(denominator, MC), surplusMax};
    }
}
