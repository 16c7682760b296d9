package org.paretomech.auction;

import java.util.ArrayList;
import java.util.List;
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

    /** The reserve with the highest Vickrey revenue; ties go to the lowest reserve. */
    public SecondPriceOutcome bestReserve() {
        SecondPriceOutcome best = outcomes.get(0);
        for (SecondPriceOutcome o : outcomes) {
            if (o.revenue() > best.revenue()) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The monopoly reserve: the reserve maximising revenue with revenue-side payments
     * ({@code n Σ_{j >= m} f_j φ_j x_j}); ties go to the lowest reserve. For a regular
     * distribution it is the lowest support point with {@code φ_j >= 0}.
     */
    public SecondPriceOutcome monopolyReserve() {
        SecondPriceOutcome best = outcomes.get(0);
        for (SecondPriceOutcome o : outcomes) {
            if (o.frontierRevenue() > best.frontierRevenue()) {
                best = o;
            }
        }
        return best;
    }

    /** The auction without reserve (reserve at the lowest support point). */
    public SecondPriceOutcome noReserve() {
        return outcomes.get(0);
    }
}
