package org.paretomech.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.InterimMechanism;

class SecondPriceTableTest {

    /** Sums of at most a few hundred terms of order one: round-off well below 1e-12. */
    private static final double ROUND_OFF = 1e-12;

    /** The O(K) table equals the per-reserve interim rule, and for k = 1 the literal MATH §5 formula. */
    @Test
    void tableAgreesWithPerReserveRulesAndTheMathFormula() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 30; trial++) {
            int kk = 1 + rnd.nextInt(8);
            int n = 1 + rnd.nextInt(5);
            int units = 1 + rnd.nextInt(n);
            double[] v = new double[kk];
            double[] p = new double[kk];
            double acc = rnd.nextBoolean() ? 0 : rnd.nextDouble();
            double sum = 0;
            for (int j = 0; j < kk; j++) {
                v[j] = acc;
                acc += 0.1 + rnd.nextDouble();
                p[j] = 0.05 + rnd.nextDouble();
                sum += p[j];
            }
            for (int j = 0; j < kk; j++) {
                p[j] /= sum;
            }
            Instance in = TestInstances.of(n, units, TransferMode.NO_SUBSIDY, v, DiscreteDistribution.ofWeights(v, p).masses());
            SecondPriceTable t = SecondPriceTable.of(in);
            for (int r = 0; r < kk; r++) {
                InterimMechanism m = SecondPriceAuction.vickrey(in, r);
                SecondPriceOutcome o = t.outcomes().get(r);
                assertThat(o.revenue()).isCloseTo(m.revenue(in.distribution(), n), within(ROUND_OFF));
                assertThat(o.surplus()).isCloseTo(m.surplus(in.distribution(), n), within(ROUND_OFF));
                InterimMechanism fp = SecondPriceAuction.withFrontierPayments(in, r);
                assertThat(o.frontierRevenue()).isCloseTo(fp.revenue(in.distribution(), n), within(ROUND_OFF));
                if (units == 1) {
                    assertThat(o.revenue()).isCloseTo(mathFormulaRevenue(in.distribution(), n, r), within(ROUND_OFF));
                }
            }
        }
    }

    /** MATH §5 written out literally: x_j = (F_j^n - F_{j-1}^n)/(n f_j), p_j as given there. */
    private static double mathFormulaRevenue(DiscreteDistribution d, int n, int r) {
        double res = d.value(r);
        double revenue = 0;
        for (int j = r; j < d.size(); j++) {
            double fj = d.cdf(j);
            double fPrev = j == 0 ? 0 : d.cdf(j - 1);
            double x = (Math.pow(fj, n) - Math.pow(fPrev, n)) / (n * d.mass(j));
            // P(all others < r) = F_{r-1}^{n-1}, with 0^0 = 1 when there are no others.
            double belowR = Math.pow(r == 0 ? 0 : d.cdf(r - 1), n - 1);
            double pj = res * belowR;
            for (int i = r; i < j; i++) {
                pj += d.value(i) * (Math.pow(d.cdf(i), n - 1) - Math.pow(i == 0 ? 0 : d.cdf(i - 1), n - 1));
            }
            pj += d.value(j) * (x - Math.pow(fPrev, n - 1));
            revenue += n * d.mass(j) * pj;
        }
        return revenue;
    }

    /**
     * Values {1, 2} with masses 1/2, n = 2, one unit. By hand: no reserve, x = (1/4, 3/4); type 1
     * pays 1 when it wins (ties pay the tied value), type 2 pays 1 * P(other = 1) + 2 * P(tie win)
     * = 1/2 + 2 * (3/4 - 1/2) = 1; R = 2 (1/2 * 1/4 + 1/2 * 1) = 5/4, W = E[max] = 7/4.
     */
    @Test
    void handComputedTwoPointAuction() {
        Instance in = TestInstances.of(2, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2}, new double[] {0.5, 0.5});
        SecondPriceOutcome o = SecondPriceTable.of(in).noReserve();
        assertThat(o.revenue()).isCloseTo(1.25, within(ROUND_OFF));
        assertThat(o.welfare()).isCloseTo(1.75, within(ROUND_OFF));
    }

    /** Ties at the best reserve go to the lowest reserve (deterministic, more surplus). */
    @Test
    void tiedReservesResolveToTheLowest() {
        // Values {1, 2}, f = (1/2, 1/2), n = 1: posting 1 earns 1, posting 2 earns 2 * 1/2 = 1.
        Instance in = TestInstances.of(1, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2}, new double[] {0.5, 0.5});
        SecondPriceTable t = SecondPriceTable.of(in);
        assertThat(t.outcomes().get(0).revenue()).isCloseTo(t.outcomes().get(1).revenue(), within(ROUND_OFF));
        assertThat(t.bestReserve().reserve()).isEqualTo(1.0);
        assertThat(t.monopolyReserve().reserve()).isEqualTo(1.0);
    }

    /**
     * Where revenues differ by more than round-off, the reserves chosen from the upward-summed gains
     * are the plain argmax of the table's revenues (first of any near-ties within {@link #ROUND_OFF}).
     */
    @Test
    void chosenReservesAreTheArgmaxOfTheRevenuesWhereTheyAreResolved() {
        Random rnd = new Random(11);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            int kk = 1 + rnd.nextInt(12);
            int n = 1 + rnd.nextInt(6);
            int units = 1 + rnd.nextInt(n);
            double[] v = new double[kk];
            double[] p = new double[kk];
            double acc = rnd.nextBoolean() ? 0 : rnd.nextDouble();
            for (int j = 0; j < kk; j++) {
                v[j] = acc;
                acc += 0.1 + rnd.nextDouble();
                p[j] = 0.05 + rnd.nextDouble();
            }
            SecondPriceTable t = SecondPriceTable.of(TestInstances.of(n, units, TransferMode.NO_SUBSIDY, v,
                    DiscreteDistribution.ofWeights(v, p).masses()));
            int best = argmaxFirst(t, true);
            int monopoly = argmaxFirst(t, false);
            if (best >= 0) {
                assertThat(t.best()).isEqualTo(best);
                compared++;
            }
            if (monopoly >= 0) {
                assertThat(t.monopoly()).isEqualTo(monopoly);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(400);
    }

    /** Index of the largest revenue, or -1 if another reserve comes within round-off of it. */
    private static int argmaxFirst(SecondPriceTable t, boolean vickrey) {
        int arg = 0;
        for (int m = 1; m < t.outcomes().size(); m++) {
            if (revenue(t, m, vickrey) > revenue(t, arg, vickrey)) {
                arg = m;
            }
        }
        for (int m = 0; m < t.outcomes().size(); m++) {
            if (m != arg && Math.abs(revenue(t, m, vickrey) - revenue(t, arg, vickrey)) <= ROUND_OFF) {
                return -1;
            }
        }
        return arg;
    }

    private static double revenue(SecondPriceTable t, int m, boolean vickrey) {
        SecondPriceOutcome o = t.outcomes().get(m);
        return vickrey ? o.revenue() : o.frontierRevenue();
    }

    /**
     * Lomax(3) with n = 100: reserves below 1/2 change revenue by about 0.70^100 = 5e-16 of R, below
     * round-off, so an argmax over the revenues picks noise. For this regular distribution the
     * monopoly reserve is the lowest support point with a non-negative discrete virtual value
     * {@code φ_j = v_j - (v_{j+1} - v_j)(1 - F_j) / f_j} (MATH §5). The Vickrey optimum is checked
     * against the revenue recomputed in 60-digit decimal arithmetic from the order statistics:
     * {@code R(r) = r + E[(Y2 - r)^+] - r P(Y1 < r)} with {@code Y1 >= Y2} the two highest values.
     * (It is not the monopoly reserve: on a discrete grid Vickrey payments fall short of the
     * revenue-side extreme, and here the optimum is 0.527, not 0.4997.)
     */
    @Test
    void manyBuyersDoNotTurnTheReserveIntoRoundingNoise() {
        int kk = 2000;
        int n = 100;
        double[] v = new double[kk];
        double[] p = new double[kk];
        for (int j = 0; j < kk; j++) {
            // Lomax(3) quantiles at j/K: F(x) = 1 - (1 + x)^-3.
            v[j] = Math.pow(1 - (double) j / kk, -1.0 / 3) - 1;
            p[j] = 1.0 / kk;
        }
        Instance in = TestInstances.of(n, 1, TransferMode.NO_SUBSIDY, v, p);
        int monopoly = -1;
        double above = 1;
        for (int j = 0; j < kk; j++) {
            above -= p[j];
            double phi = j + 1 < kk ? v[j] - (v[j + 1] - v[j]) * Math.max(above, 0) / p[j] : v[j];
            if (phi >= 0) {
                monopoly = j;
                break;
            }
        }
        assertThat(v[monopoly]).isCloseTo(0.5, within(0.01));

        java.math.MathContext mc = new java.math.MathContext(60);
        java.math.BigDecimal[] below = new java.math.BigDecimal[kk];
        below[0] = java.math.BigDecimal.ZERO;
        for (int j = 1; j < kk; j++) {
            below[j] = below[j - 1].add(new java.math.BigDecimal(p[j - 1]), mc);
        }
        // tail[m] = Σ_{i >= m} (v_{i+1} - v_i) P(Y2 >= v_{i+1}), P(Y2 >= v) = 1 - G^n - n (1 - G) G^(n-1).
        java.math.BigDecimal[] tail = new java.math.BigDecimal[kk];
        tail[kk - 1] = java.math.BigDecimal.ZERO;
        for (int i = kk - 2; i >= 0; i--) {
            java.math.BigDecimal g = below[i + 1];
            java.math.BigDecimal secondAtLeast = java.math.BigDecimal.ONE.subtract(g.pow(n, mc), mc)
                    .subtract(java.math.BigDecimal.valueOf(n).multiply(java.math.BigDecimal.ONE.subtract(g), mc)
                            .multiply(g.pow(n - 1, mc), mc), mc);
            tail[i] = tail[i + 1].add(new java.math.BigDecimal(v[i + 1]).subtract(new java.math.BigDecimal(v[i]))
                    .multiply(secondAtLeast, mc), mc);
        }
        int best = 0;
        java.math.BigDecimal bestRevenue = null;
        for (int m = 0; m < kk; m++) {
            java.math.BigDecimal r = new java.math.BigDecimal(v[m]);
            java.math.BigDecimal revenue = r.add(tail[m], mc).subtract(r.multiply(below[m].pow(n, mc), mc), mc);
            if (bestRevenue == null || revenue.compareTo(bestRevenue) > 0) {
                bestRevenue = revenue;
                best = m;
            }
        }

        SecondPriceTable t = SecondPriceTable.of(in);
        assertThat(t.monopoly()).isEqualTo(monopoly);
        assertThat(t.best()).isEqualTo(best);
        assertThat(t.bestReserve().revenue()).isCloseTo(bestRevenue.doubleValue(), within(ROUND_OFF));
    }
}
