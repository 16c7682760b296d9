package org.paretomech.auction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;

/**
 * Revenue and surplus of the second-price auction ({@link SecondPriceAuction}) for every reserve at
 * a support point, in O(K) total with prefix and suffix sums of the per-reserve formulas.
 *
 * @param outcomes one outcome per reserve, in increasing order of reserve
 */
public record SecondPriceTable(List<SecondPriceOutcome> outcomes) {

    public SecondPriceTable {
        outcomes = List.copyOf(outcomes);
    }

    /** Computes the table for {@code instance}. */
    public static SecondPriceTable of(Instance instance) {
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        int n = instance.buyers();
        int k = instance.units();
        double[] x = SecondPriceAuction.allocation(instance, 0);
        // below[j] = P(Y < v_j) = P(Y <= v_{j-1}), Y the k-th highest of the other n - 1 values;
        // below[K] = 1.
        double[] below = new double[kk + 1];
        for (int j = 0; j < kk; j++) {
            below[j] = SecondPriceAuction.competingCdf(n, k, d.upperTail(j));
        }
        below[kk] = 1.0;
        // a[j] = Σ_{i<j} v_i P(Y = v_i): expected price set by competing bids below v_j.
        double[] a = new double[kk];
        for (int j = 1; j < kk; j++) {
            a[j] = a[j - 1] + d.value(j - 1) * (below[j] - below[j - 1]);
        }
        // Suffix sums over j >= m.
        double[] sumPay = new double[kk + 1];
        double[] sumWelfare = new double[kk + 1];
        double[] sumVirtual = new double[kk + 1];
        for (int j = kk - 1; j >= 0; j--) {
            double tieWin = x[j] - below[j];
            sumPay[j] = sumPay[j + 1] + d.mass(j) * (a[j] + d.value(j) * Math.max(0.0, tieWin));
            sumWelfare[j] = sumWelfare[j + 1] + d.mass(j) * d.value(j) * x[j];
            double rent = j + 1 < kk ? (d.value(j + 1) - d.value(j)) * d.strictUpperTail(j) : 0.0;
            sumVirtual[j] = sumVirtual[j + 1] + (d.mass(j) * d.value(j) - rent) * x[j];
        }
        List<SecondPriceOutcome> out = new ArrayList<>(kk);
        for (int m = 0; m < kk; m++) {
            double r = d.value(m);
            double revenue = n * ((r * below[m] - a[m]) * d.upperTail(m) + sumPay[m]);
            double welfare = n * sumWelfare[m];
            // Revenue-side payments: u_m = Δ-chain from zero below the reserve, so the lowest
            // allocated type pays v_m x_m and R = n Σ_{j>=m} f_j φ_j x_j.
            double frontierRevenue = n * sumVirtual[m];
            out.add(new SecondPriceOutcome(m, r, revenue, welfare - revenue, frontierRevenue, welfare - frontierRevenue));
        }
        return new SecondPriceTable(out);
    }

    /**
     * Revenues within this fraction of {@code W*} (the welfare of the auction without reserve)
     * count as tied when choosing the best or the monopoly reserve. Each revenue is a sum of up to
     * {@code K} terms, each rounded to 1.1e-16 of its size, so for {@code K <= 10^6} two equal
     * revenues can differ by up to about 1e-10 of {@code W*} (one buyer, values {1, 11}, masses
     * {10/11, 1/11}: posting 1 and posting 11 both earn 1, computed one ulp apart). A genuine
     * difference that small is invisible in every printed digit.
     */
    public static final double TIE_TOLERANCE = 1e-10;

    /** The reserve with the highest Vickrey revenue; ties (within {@link #TIE_TOLERANCE}) go to the lowest reserve. */
    public SecondPriceOutcome bestReserve() {
        return bestReserves().get(0);
    }

    /** Every reserve whose Vickrey revenue ties with the highest (within {@link #TIE_TOLERANCE}), lowest first. */
    public List<SecondPriceOutcome> bestReserves() {
        return ties(SecondPriceOutcome::revenue);
    }

    /**
     * The monopoly reserve: the reserve maximising revenue with revenue-side payments
     * ({@code n Σ_{j >= m} f_j φ_j x_j}); ties (within {@link #TIE_TOLERANCE}) go to the lowest
     * reserve. For a regular distribution it is the lowest support point with {@code φ_j >= 0}.
     */
    public SecondPriceOutcome monopolyReserve() {
        return monopolyReserves().get(0);
    }

    /** Every reserve tied for the monopoly reserve (within {@link #TIE_TOLERANCE}), lowest first. */
    public List<SecondPriceOutcome> monopolyReserves() {
        return ties(SecondPriceOutcome::frontierRevenue);
    }

    private List<SecondPriceOutcome> ties(ToDoubleFunction<SecondPriceOutcome> revenue) {
        double best = Double.NEGATIVE_INFINITY;
        for (SecondPriceOutcome o : outcomes) {
            best = Math.max(best, revenue.applyAsDouble(o));
        }
        double tolerance = TIE_TOLERANCE * Math.abs(noReserve().welfare());
        List<SecondPriceOutcome> out = new ArrayList<>();
        for (SecondPriceOutcome o : outcomes) {
            if (revenue.applyAsDouble(o) >= best - tolerance) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    /** The auction without reserve (reserve at the lowest support point). */
    public SecondPriceOutcome noReserve() {
        return outcomes.get(0);
    }
}
