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
}
