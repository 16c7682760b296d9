package org.paretomech.expost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.description.PaymentSide;
import org.paretomech.oracle.IronedClass;
import org.paretomech.oracle.IroningOracle;

/**
 * Ex-post implementation of oracle vertices, verified by enumerating every value profile, and the
 * verifier failing on doctored auctions.
 */
class ExPostAuctionTest {

    /**
     * A seeded random tiny instance: n in 1..4, K in 1..6, k in 1..n, v_1 = 0 or not, masses in
     * [0.05, 1] normalised, spacings in [0.1, 2.1] (one of them sometimes 0.01).
     */
    private static Instance random(long seed, TransferMode mode) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(ExPostAuction.MAX_BUYERS);
        int kk = 1 + rnd.nextInt(ExPostAuction.MAX_SUPPORT);
        int k = 1 + rnd.nextInt(n);
        double[] v = new double[kk];
        double[] f = new double[kk];
        v[0] = rnd.nextBoolean() ? 0 : 3 * rnd.nextDouble();
        double sum = 0;
        for (int j = 0; j < kk; j++) {
            if (j > 0) {
                v[j] = v[j - 1] + (rnd.nextInt(5) == 0 ? 0.01 : 0.1 + 2 * rnd.nextDouble());
            }
            f[j] = 0.05 + 0.95 * rnd.nextDouble();
            sum += f[j];
        }
        for (int j = 0; j < kk; j++) {
            f[j] /= sum;
        }
        String name = String.format(Locale.ROOT, "seed%d_n%d_k%d_K%d_%s", seed, n, k, kk, mode.label());
        return new Instance(name, n, k, mode, DiscreteDistribution.of(v, f), "ExPostAuctionTest.random");
    }

    /**
     * Every vertex kind on 120 random instances (both transfer modes, k units): the revenue end
     * (zero classes served), the surplus end, the welfare weights and four random directions on
     * both sides. Each ex-post auction must pass every check of the verifier to 1e-12, and its
     * payments are never negative in either mode (derived in {@link ExPostAuction}).
     */
    @Test
    void oracleVerticesAreImplementedExPost() {
        Random rnd = new Random(2024);
        int verified = 0;
        int pooled = 0;
        for (long seed = 1; seed <= 120; seed++) {
            for (TransferMode mode : TransferMode.values()) {
                Instance in = random(seed, mode);
                List<Object[]> solves = new java.util.ArrayList<>();
                solves.add(new Object[] {Weights.REVENUE, true});
                solves.add(new Object[] {Weights.SURPLUS, false});
                solves.add(new Object[] {Weights.WELFARE, false});
                for (int i = 0; i < 4; i++) {
                    double angle = rnd.nextDouble() * Math.PI / 2;
                    solves.add(new Object[] {new Weights(Math.cos(angle), Math.sin(angle)), false});
                }
                for (Object[] s : solves) {
                    IroningOracle.Solution solution = IroningOracle.maximise(in, (Weights) s[0], (Boolean) s[1]);
                    ExPostAuction auction = ExPostAuction.implement(in, solution);
                    ExPostVerification check = ExPostVerifier.verify(auction, solution.mechanism());
                    assertThat(check.failures()).as("%s at %s", in.name(), s[0]).isEmpty();
                    assertThat(check.passed()).isTrue();
                    assertThat(check.maxNegativePayment()).as("payments >= 0 in every mode").isLessThanOrEqualTo(
                            ExPostVerification.TOLERANCE);
                    verified++;
                    if (solution.classes().stream().anyMatch(c -> c.allocated() && c.pooled())) {
                        pooled++;
                    }
                }
            }
        }
        assertThat(verified).isEqualTo(120 * 2 * 7);
        // The sample must exercise pooled classes, not only second-price auctions.
        assertThat(pooled).isGreaterThan(100);
    }

    /**
     * Two-point instance {0, 1}, n = 2, k = 1 (hand-checkable). Revenue end: φ = (0 - 1·½/½, 1) =
     * (-1, 1), only v = 1 is served; the revenue-side payment identity charges a winner with value 1
     * the value 1 (a(0) = 0, so p = v_2 a(v_2)): 1 alone, ½ in a tie (expected). R = P(one high)·1 +
     * P(both high)·(½ + ½) = ½ + ¼ = ¾, S = 0.
     */
    @Test
    void twoPointRevenueEndByHand() {
        Instance in = TestInstances.twoPoint();
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.REVENUE, true);
        ExPostAuction a = ExPostAuction.implement(in, s);
        int highLow = a.profileIndex(1, 0);
        int both = a.profileIndex(1, 1);
        assertThat(a.allocation(highLow, 0)).isEqualTo(1.0);
        assertThat(a.allocation(highLow, 1)).isEqualTo(0.0);
        assertThat(a.payment(highLow, 0)).isEqualTo(1.0);
        assertThat(a.allocation(both, 0)).isEqualTo(0.5);
        assertThat(a.payment(both, 1)).isEqualTo(0.5);
        ExPostVerification check = ExPostVerifier.verify(a, s.mechanism());
        assertThat(check.passed()).isTrue();
        assertThat(check.revenue()).isCloseTo(0.75, within(1e-15));
        assertThat(check.surplus()).isCloseTo(0.0, within(1e-15));
    }

    /**
     * Values {0, 1, 2, 3}, uniform, n = 2: φ_j = v_j - (3 - j) = 2j - 3, so the revenue end is
     * second price with reserve v = 2. In the profile (3, 2) buyer 0's allocation along her own
     * types, the other at 2, is a = (0, 0, ½, 1). Revenue side: p = Σ v_l (a(l) - a(l-1)) =
     * 2·½ + 3·½ = 2.5 (the midpoint of the two top values); buyer side with the same classes:
     * p = Σ v_{l-1} (a(l) - a(l-1)) = 1·½ + 2·½ = 1.5; the Vickrey price 2 lies between.
     */
    @Test
    void paymentIdentityInOneProfileByHand() {
        Instance in = TestInstances.of(2, 1, TransferMode.NO_SUBSIDY, new double[] {0, 1, 2, 3},
                new double[] {0.25, 0.25, 0.25, 0.25});
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.REVENUE, true);
        assertThat(s.classes().stream().filter(IronedClass::allocated).mapToInt(IronedClass::first).min().orElseThrow())
                .isEqualTo(2);
        ExPostAuction revenue = ExPostAuction.implement(in, s);
        int p = revenue.profileIndex(3, 2);
        assertThat(revenue.payment(p, 0)).isCloseTo(2.5, within(1e-15));
        assertThat(revenue.payment(p, 1)).isEqualTo(0.0);
        ExPostAuction buyer = ExPostAuction.implement(in, s.classes(), PaymentSide.BUYER_SIDE);
        assertThat(buyer.payment(p, 0)).isCloseTo(1.5, within(1e-15));
        // A tie at the top, profile (3, 3): with the other at 3, a = (0, 0, 0, ½); the revenue side charges 3·½.
        assertThat(revenue.payment(revenue.profileIndex(3, 3), 0)).isCloseTo(1.5, within(1e-15));
    }

    /**
     * Pay-your-bid payments (p_i = v_i a_i) with the oracle's allocation: utility is zero in every
     * profile, so shading a bid to a lower type that still wins sometimes is profitable, and the
     * interim utilities no longer match. The verifier must say so.
     */
    @Test
    void payYourBidFailsDominantStrategyIc() {
        Instance in = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY, new double[] {0, 1, 2.5, 4},
                new double[] {0.1, 0.3, 0.4, 0.2});
        IroningOracle.Solution s = IroningOracle.maximise(in, new Weights(1, 0.6), false);
        ExPostAuction honest = ExPostAuction.implement(in, s);
        assertThat(ExPostVerifier.verify(honest, s.mechanism()).passed()).isTrue();
        double[][] alloc = honest.allocations();
        double[][] pay = new double[alloc.length][in.buyers()];
        for (int p = 0; p < alloc.length; p++) {
            for (int i = 0; i < in.buyers(); i++) {
                pay[p][i] = in.distribution().value(honest.type(p, i)) * alloc[p][i];
            }
        }
        ExPostVerification check = ExPostVerifier.verify(ExPostAuction.of(in, alloc, pay), s.mechanism());
        assertThat(check.passed()).isFalse();
        assertThat(check.maxICViolation()).isGreaterThan(0.01);
        assertThat(check.maxInterimMismatch()).isGreaterThan(0.01);
        assertThat(check.maxIRViolation()).isZero();
        assertThat(check.failures()).anyMatch(m -> m.startsWith("dominant-strategy IC"));
    }

    /** Giving every bidder a unit when k < n breaks feasibility; a subsidy breaks no-subsidy. */
    @Test
    void overAllocationAndSubsidiesFail() {
        Instance in = TestInstances.of(2, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2, 3},
                new double[] {0.3, 0.3, 0.4});
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.WELFARE, false);
        ExPostAuction honest = ExPostAuction.implement(in, s);
        double[][] all = honest.allocations();
        double[][] pay = honest.payments();
        for (double[] row : all) {
            java.util.Arrays.fill(row, 1.0);
        }
        ExPostVerification overAllocated = ExPostVerifier.verify(ExPostAuction.of(in, all, pay), s.mechanism());
        assertThat(overAllocated.maxFeasibilityViolation()).isCloseTo(1.0, within(1e-15));
        assertThat(overAllocated.failures()).anyMatch(m -> m.startsWith("feasibility"));
        // Pay everybody 0.1 in every profile: IC and IR still hold, but payments are negative.
        double[][] subsidised = honest.payments();
        for (double[] row : subsidised) {
            for (int i = 0; i < row.length; i++) {
                row[i] -= 0.1;
            }
        }
        ExPostVerification subsidy = ExPostVerifier.verify(ExPostAuction.of(in, honest.allocations(), subsidised),
                s.mechanism());
        assertThat(subsidy.maxICViolation()).isLessThanOrEqualTo(ExPostVerification.TOLERANCE);
        assertThat(subsidy.failures()).anyMatch(m -> m.startsWith("no-subsidy"));
        assertThat(subsidy.passed()).isFalse();
    }

    /** Under zero-lowest-utility the lowest type must get zero utility in every profile. */
    @Test
    void zeroLowestUtilityIsCheckedExPost() {
        Instance in = TestInstances.of(2, 1, TransferMode.ZERO_LOWEST_UTILITY, new double[] {1, 2, 3},
                new double[] {0.3, 0.3, 0.4});
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.SURPLUS, false);
        ExPostAuction honest = ExPostAuction.implement(in, s);
        ExPostVerification ok = ExPostVerifier.verify(honest, s.mechanism());
        assertThat(ok.passed()).isTrue();
        assertThat(ok.maxLowestTypeUtility()).isLessThanOrEqualTo(ExPostVerification.TOLERANCE);
        // The no-subsidy buyer side (lowest type pays nothing) is a different mechanism: wrong for this mode.
        ExPostAuction noSubsidyPayments = ExPostAuction.implement(in.withTransfers(TransferMode.NO_SUBSIDY),
                s.classes(), PaymentSide.BUYER_SIDE);
        ExPostVerification wrong = ExPostVerifier.verify(ExPostAuction.of(in, noSubsidyPayments.allocations(),
                noSubsidyPayments.payments()), s.mechanism());
        assertThat(wrong.failures()).anyMatch(m -> m.startsWith("zero-lowest-utility"));
    }

    @Test
    void sizeLimitIsStated() {
        Instance five = TestInstances.of(5, 1, TransferMode.NO_SUBSIDY, new double[] {0, 1}, new double[] {0.5, 0.5});
        IroningOracle.Solution s = IroningOracle.maximise(five, Weights.REVENUE, true);
        assertThatThrownBy(() -> ExPostAuction.implement(five, s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n <= 4 buyers and K <= 6 support points").hasMessageContaining("n = 5");
        Instance seven = TestInstances.uniformLeft(7, 2);
        assertThatThrownBy(() -> ExPostAuction.implement(seven, IroningOracle.maximise(seven, Weights.REVENUE, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K = 7");
    }

    @Test
    void badClassesAndSidesAreRejected() {
        Instance in = TestInstances.uniformLeft(3, 2);
        List<IronedClass> gap = List.of(new IronedClass(0, 0, -1, false, 0), new IronedClass(2, 2, 1, true, 0.5));
        assertThatThrownBy(() -> ExPostAuction.implement(in, gap, PaymentSide.REVENUE_SIDE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consecutive runs");
        List<IronedClass> nonMonotone = List.of(new IronedClass(0, 1, 1, true, 0.3), new IronedClass(2, 2, -1, false, 0));
        assertThatThrownBy(() -> ExPostAuction.implement(in, nonMonotone, PaymentSide.REVENUE_SIDE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above an allocated class");
        List<IronedClass> fine = List.of(new IronedClass(0, 2, 1, true, 0.5));
        assertThatThrownBy(() -> ExPostAuction.implement(in, fine, PaymentSide.INTERMEDIATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REVENUE_SIDE or BUYER_SIDE");
    }

    /** Profile numbering round-trips. */
    @Test
    void profileIndexing() {
        Instance in = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY, new double[] {0, 1, 2, 3},
                new double[] {0.25, 0.25, 0.25, 0.25});
        ExPostAuction a = ExPostAuction.implement(in, IroningOracle.maximise(in, Weights.REVENUE, true));
        assertThat(a.profileCount()).isEqualTo(64);
        double total = 0;
        for (int p = 0; p < a.profileCount(); p++) {
            assertThat(a.profileIndex(a.profile(p))).isEqualTo(p);
            assertThat(a.type(a.withType(p, 1, 3), 1)).isEqualTo(3);
            total += a.probability(p);
        }
        assertThat(total).isCloseTo(1.0, within(1e-15));
    }
}
