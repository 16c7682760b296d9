package org.paretomech.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.mechanism.description.AuctionDescription;
import org.paretomech.mechanism.description.AuctionRecogniser;

/**
 * The second-price auction with reserve, played out bid profile by bid profile with the literal
 * rules (MATH §5; for {@code k} units the uniform {@code (k+1)}-st price auction): bids at or
 * above the reserve are eligible; the {@code k} highest eligible bids win, ties at the cut broken
 * uniformly; each winner pays the larger of the reserve and the {@code k}-th highest competing
 * bid. Every profile of {@code n <= 4} values on {@code K <= 5} points is enumerated and weighted
 * by its probability, with no formula of the code under test. The cases issue 6 names: ties at the
 * top (the winner pays the tied value), a bid exactly at the reserve (eligible, pays the reserve),
 * a support point at 0 with reserve 0 (a zero bid meets it).
 */
class SecondPriceByEnumerationTest {

    /** Sums of at most 5^4 profile terms of order one: round-off below 1e-13. */
    private static final double ROUND_OFF = 1e-13;

    /** Interim allocation and payment of one buyer per type, from the enumeration. */
    private record Interim(double[] allocation, double[] payment) {
    }

    /** Buyer 0's expected allocation and payment per own type, over all profiles of the others. */
    private static Interim enumerate(Instance in, int reserveIndex) {
        DiscreteDistribution d = in.distribution();
        int kk = d.size();
        int n = in.buyers();
        int k = in.units();
        double reserve = d.value(reserveIndex);
        double[] x = new double[kk];
        double[] p = new double[kk];
        int[] others = new int[n - 1];
        int profiles = (int) Math.pow(kk, n - 1);
        for (int own = 0; own < kk; own++) {
            for (int code = 0; code < profiles; code++) {
                double prob = 1;
                int c = code;
                for (int i = 0; i < n - 1; i++) {
                    others[i] = c % kk;
                    c /= kk;
                    prob *= d.mass(others[i]);
                }
                double bid = d.value(own);
                if (bid < reserve) {
                    continue;
                }
                // Competing eligible bids, highest first.
                double[] competing = Arrays.stream(others).mapToDouble(d::value).filter(b -> b >= reserve)
                        .sorted().toArray();
                int higher = 0;
                int tied = 0;
                for (double b : competing) {
                    if (b > bid) {
                        higher++;
                    } else if (b == bid) {
                        tied++;
                    }
                }
                // Units left for our bid's tie group (us and the tied), shared uniformly.
                double win = Math.max(0, Math.min(1, (double) (k - higher) / (tied + 1)));
                if (win == 0) {
                    continue;
                }
                // Price: max(reserve, k-th highest competing bid), read off the sorted competitors.
                double kth = competing.length >= k ? competing[competing.length - k] : Double.NEGATIVE_INFINITY;
                double price = Math.max(reserve, kth);
                x[own] += prob * win;
                p[own] += prob * win * price;
            }
        }
        return new Interim(x, p);
    }

    private static void assertAgrees(Instance in, int reserveIndex) {
        Interim e = enumerate(in, reserveIndex);
        DiscreteDistribution d = in.distribution();
        int n = in.buyers();
        InterimMechanism m = SecondPriceAuction.vickrey(in, reserveIndex);
        double revenue = 0;
        double surplus = 0;
        for (int j = 0; j < d.size(); j++) {
            assertThat(m.allocation(j)).as("x_%d, reserve index %d", j + 1, reserveIndex)
                    .isCloseTo(e.allocation()[j], within(ROUND_OFF));
            assertThat(m.payment(d, j)).as("p_%d, reserve index %d", j + 1, reserveIndex)
                    .isCloseTo(e.payment()[j], within(ROUND_OFF));
            revenue += n * d.mass(j) * e.payment()[j];
            surplus += n * d.mass(j) * (d.value(j) * e.allocation()[j] - e.payment()[j]);
        }
        SecondPriceOutcome o = SecondPriceTable.of(in).outcomes().get(reserveIndex);
        assertThat(o.revenue()).as("R, reserve index %d", reserveIndex).isCloseTo(revenue, within(ROUND_OFF));
        assertThat(o.surplus()).as("S, reserve index %d", reserveIndex).isCloseTo(surplus, within(ROUND_OFF));
    }

    /**
     * Two buyers, values {1, 2}, mass 1/2, no reserve, by hand: with both at 2 each wins with
     * probability 1/2 and pays 2 (the tied value), so p_2 = (1/2)(1) + (1/2)(1/2)(2) = 1 and
     * x_2 = 3/4; with both at 1 each wins 1/2 and pays 1: x_1 = 1/4, p_1 = 1/4.
     */
    @Test
    void tieAtTheTopPaysTheTiedValueByHand() {
        Instance in = TestInstances.of(2, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2}, new double[] {0.5, 0.5});
        Interim e = enumerate(in, 0);
        assertThat(e.allocation()).containsExactly(new double[] {0.25, 0.75}, within(ROUND_OFF));
        assertThat(e.payment()).containsExactly(new double[] {0.25, 1.0}, within(ROUND_OFF));
        assertAgrees(in, 0);
        // Reserve 2: a bid of exactly 2 is eligible and pays the reserve when alone, 2 when tied.
        Interim atReserve = enumerate(in, 1);
        assertThat(atReserve.allocation()).containsExactly(new double[] {0, 0.75}, within(ROUND_OFF));
        assertThat(atReserve.payment()).containsExactly(new double[] {0, 1.5}, within(ROUND_OFF));
        assertAgrees(in, 1);
    }

    /**
     * A support point at 0 with reserve 0: a zero bid meets the reserve, so when everyone bids 0 the
     * item still goes, at price 0, and the zero type wins with probability {@code f_1^{n-1}/n}. The
     * recogniser names it "no reserve", not "reserve 0" or a withheld item.
     */
    @Test
    void reserveZeroIsMetByAZeroBid() {
        Instance in = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY, new double[] {0, 1, 3}, new double[] {0.5, 0.3, 0.2});
        Interim e = enumerate(in, 0);
        assertThat(e.allocation()[0]).isCloseTo(0.25 / 3, within(ROUND_OFF));
        assertThat(e.payment()[0]).isZero();
        assertAgrees(in, 0);
        AuctionDescription description = AuctionRecogniser.describe(in, SecondPriceAuction.vickrey(in, 0));
        assertThat(description.kind()).isEqualTo(AuctionDescription.Kind.SECOND_PRICE_WITH_RESERVE);
        assertThat(description.reserveIndex()).hasValue(0);
        assertThat(description.text()).isEqualTo("second-price auction, no reserve");
    }

    /** Every reserve of random small instances, one and two units, values with and without 0. */
    @Test
    void randomInstancesEveryReserve() {
        Random rnd = new Random(20260601);
        for (int trial = 0; trial < 60; trial++) {
            int kk = 1 + rnd.nextInt(5);
            int n = 1 + rnd.nextInt(4);
            int units = 1 + rnd.nextInt(Math.min(2, n));
            double[] v = new double[kk];
            double[] w = new double[kk];
            double acc = rnd.nextBoolean() ? 0 : rnd.nextInt(3);
            for (int j = 0; j < kk; j++) {
                v[j] = acc;
                acc += 1 + rnd.nextInt(3);
                w[j] = 1 + rnd.nextInt(9);
            }
            Instance in = new Instance("random", n, units, TransferMode.NO_SUBSIDY, DiscreteDistribution.ofWeights(v, w),
                    "test");
            for (int r = 0; r < kk; r++) {
                assertAgrees(in, r);
            }
        }
    }
}
