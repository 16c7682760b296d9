package org.paretomech.auction;

import java.util.ArrayList;
import java.util.List;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;

/**
 * Revenue and surplus of the second-price auction ({@link SecondPriceAuction}) for every reserve at
 * a support point, in O(K) total with prefix and suffix sums of the per-reserve formulas.
 *
 * <p>The best and monopoly reserves are chosen on revenue <em>gains</em> over the lowest reserve,
 * summed upwards from the lowest support point: with many buyers the revenues of low reserves differ
 * by far less than the rounding error of the revenues themselves (Lomax(3), n = 100: by 1e-17 with
 * {@code R = 3.19}), while the gains are small terms summed without cancellation against {@code R}.
 * Reserves whose gains agree within their own rounding error ({@link #TIE_ULPS}) are tied; the
 * lowest is reported and every tied one is listed.
 *
 * @param outcomes     one outcome per reserve, in increasing order of reserve
 * @param bestTies     indices of the reserves tied for the highest Vickrey revenue, lowest first
 * @param monopolyTies indices of the reserves tied for the highest revenue with revenue-side
 *                     payments, lowest first
 */
public record SecondPriceTable(List<SecondPriceOutcome> outcomes, List<Integer> bestTies, List<Integer> monopolyTies) {

    /**
     * Two gains are tied when they differ by at most {@code TIE_ULPS · ε · (K + n)} times the sum of
     * the magnitudes they were computed from ({@code ε} = 2^-52): each gain sums up to {@code K}
     * rounded terms, and its win probabilities are powers of order {@code n} carrying about
     * {@code n ε} relative error. One buyer, values {1, 11}, masses {10/11, 1/11}: posting 1 and
     * posting 11 both earn 1 in real arithmetic but one ulp apart in double; they tie. Lomax(3), n = 100:
     * gains of 1.4e-17 and 3.9e-17 computed from terms of order 1e-16 do not.
     */
    public static final double TIE_ULPS = 16;

    public SecondPriceTable {
        outcomes = List.copyOf(outcomes);
        bestTies = List.copyOf(bestTies);
        monopolyTies = List.copyOf(monopolyTies);
        int size = outcomes.size();
        for (List<Integer> ties : List.of(bestTies, monopolyTies)) {
            if (ties.isEmpty() || ties.stream().anyMatch(i -> i < 0 || i >= size)) {
                throw new IllegalArgumentException("tied reserve indices " + ties + " are not a non-empty subset of 0.."
                        + (size - 1));
            }
        }
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
        double tie = TIE_ULPS * Math.ulp(1.0) * ((double) kk + n);
        Gains g = new Gains(d, x, below, a);
        int best = 0;
        int monopoly = 0;
        double bestGain = 0;
        double bestScale = 0;
        double monopolyGain = 0;
        double monopolyScale = 0;
        for (int m = 1; m < kk; m++) {
            g.advance(m);
            if (g.vickrey > bestGain + tie * (g.vickreyScale + bestScale)) {
                best = m;
                bestGain = g.vickrey;
                bestScale = g.vickreyScale;
            }
            if (g.monopoly > monopolyGain + tie * (g.monopolyScale + monopolyScale)) {
                monopoly = m;
                monopolyGain = g.monopoly;
                monopolyScale = g.monopolyScale;
            }
        }
        List<Integer> bestTies = new ArrayList<>(List.of(0));
        List<Integer> monopolyTies = new ArrayList<>(List.of(0));
        boolean zeroTiesBest = best == 0 || bestGain <= tie * bestScale;
        boolean zeroTiesMonopoly = monopoly == 0 || monopolyGain <= tie * monopolyScale;
        if (!zeroTiesBest) {
            bestTies.clear();
        }
        if (!zeroTiesMonopoly) {
            monopolyTies.clear();
        }
        g = new Gains(d, x, below, a);
        for (int m = 1; m < kk; m++) {
            g.advance(m);
            if (Math.abs(g.vickrey - bestGain) <= tie * (g.vickreyScale + bestScale)) {
                bestTies.add(m);
            }
            if (Math.abs(g.monopoly - monopolyGain) <= tie * (g.monopolyScale + monopolyScale)) {
                monopolyTies.add(m);
            }
        }
        return new SecondPriceTable(out, bestTies, monopolyTies);
    }

    /**
     * Revenue gains of reserve {@code v_m} over reserve {@code v_0} (divided by {@code n}), with the
     * magnitudes they are computed from, for {@code m = 1, 2, ...} in turn. Vickrey:
     * {@code (v_m below_m - a_m) P(V >= v_m) - v_0 below_0 - Σ_{j<m} f_j (a_j + v_j tie_j)};
     * revenue-side payments: {@code -Σ_{j<m} (f_j v_j - rent_j) x_j}.
     */
    private static final class Gains {
        private final DiscreteDistribution d;
        private final double[] x;
        private final double[] below;
        private final double[] a;
        private double droppedPay;
        private double droppedVirtual;
        private double droppedVirtualMagnitude;
        double vickrey;
        double vickreyScale;
        double monopoly;
        double monopolyScale;

        Gains(DiscreteDistribution d, double[] x, double[] below, double[] a) {
            this.d = d;
            this.x = x;
            this.below = below;
            this.a = a;
        }

        void advance(int m) {
            int j = m - 1;
            droppedPay += d.mass(j) * (a[j] + d.value(j) * Math.max(0.0, x[j] - below[j]));
            double rent = (d.value(j + 1) - d.value(j)) * d.strictUpperTail(j);
            double massValue = d.mass(j) * d.value(j);
            droppedVirtual += (massValue - rent) * x[j];
            droppedVirtualMagnitude += (Math.abs(massValue) + rent) * x[j];
            double top = d.value(m) * below[m];
            vickrey = (top - a[m]) * d.upperTail(m) - d.value(0) * below[0] - droppedPay;
            vickreyScale = (top + a[m]) * d.upperTail(m) + d.value(0) * below[0] + droppedPay;
            monopoly = -droppedVirtual;
            monopolyScale = droppedVirtualMagnitude;
        }
    }

    /** Index of the reported best reserve: the lowest of {@link #bestTies()}. */
    public int best() {
        return bestTies.get(0);
    }

    /** Index of the reported monopoly reserve: the lowest of {@link #monopolyTies()}. */
    public int monopoly() {
        return monopolyTies.get(0);
    }

    /** The reserve with the highest Vickrey revenue; ties (see {@link #TIE_ULPS}) go to the lowest reserve. */
    public SecondPriceOutcome bestReserve() {
        return outcomes.get(best());
    }

    /** Every reserve tied for the highest Vickrey revenue, lowest first. */
    public List<SecondPriceOutcome> bestReserves() {
        return bestTies.stream().map(outcomes::get).toList();
    }

    /**
     * The monopoly reserve: the reserve maximising revenue with revenue-side payments
     * ({@code n Σ_{j >= m} f_j φ_j x_j}); ties (see {@link #TIE_ULPS}) go to the lowest reserve. For a
     * regular distribution it is the lowest support point with {@code φ_j >= 0}.
     */
    public SecondPriceOutcome monopolyReserve() {
        return outcomes.get(monopoly());
    }

    /** Every reserve tied for the monopoly reserve, lowest first. */
    public List<SecondPriceOutcome> monopolyReserves() {
        return monopolyTies.stream().map(outcomes::get).toList();
    }

    /** The auction without reserve (reserve at the lowest support point). */
    public SecondPriceOutcome noReserve() {
        return outcomes.get(0);
    }
}
