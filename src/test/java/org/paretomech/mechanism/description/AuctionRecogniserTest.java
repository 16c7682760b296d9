package org.paretomech.mechanism.description;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.auction.SecondPriceAuction;
import org.paretomech.auction.SecondPriceTable;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.distribution.classification.DiscreteClassifier;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.frontier.LpEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.mechanism.description.AuctionDescription.Kind;
import org.paretomech.numeric.Tolerances;
import org.paretomech.oracle.IroningOracle;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/**
 * The mechanism recogniser (MATH §3) on instances whose structure is known by hand or from the
 * continuous theory; each reference value says where it comes from.
 */
class AuctionRecogniserTest {

    private static final FrontierTracer ORACLE = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT);

    private static Instance bundled(String name) throws IOException {
        return InstanceJson.read(Path.of("instances", name + ".json"), InstanceOverrides.NONE);
    }

    /** The oracle solution behind a traced vertex (the revenue end serves zero-weight classes, as the engine does). */
    private static IroningOracle.Solution solutionAt(Instance in, Frontier f, FrontierPoint p) {
        IroningOracle.Solution s = IroningOracle.maximise(in, p.weights(), p == f.revenueEnd());
        assertThat(s.mechanism()).isEqualTo(p.mechanism());
        return s;
    }

    /**
     * U[0,1] on the left grid j/K, mass 1/K, n = 2, K = 100. Revenue side: g⁻_j = (1/K)(K-1-j)·K/K,
     * so φ_j = (2j - K + 1)/K (zero-based), increasing (no ironing), positive from j = 50 on:
     * second price with reserve v_50 = 0.5 exactly, the Myerson reserve 1/2 of MATH §9.
     */
    @Test
    void uniformRevenueEndIsSecondPriceWithReserveHalf() {
        Instance in = TestInstances.uniformLeft(100, 2);
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.REVENUE, true);
        AuctionDescription d = AuctionRecogniser.describe(in, s);
        assertThat(d.kind()).isEqualTo(Kind.SECOND_PRICE_WITH_RESERVE);
        assertThat(d.reserveIndex()).hasValue(50);
        assertThat(d.reserve().getAsDouble()).isEqualTo(0.5);
        assertThat(d.pooledIntervals()).isEmpty();
        assertThat(d.efficientAboveReserve()).isTrue();
        assertThat(d.paymentSide()).isEqualTo(PaymentSide.REVENUE_SIDE);
        assertThat(d.text()).isEqualTo("second-price auction, reserve 0.5");
        assertThat(AuctionRecogniser.describe(in, s.mechanism())).isEqualTo(d);
    }

    /**
     * Same instance, surplus end. Buyer side, no-subsidy, v_1 = 0: g⁺_1 = 0 and
     * g⁺_j = Δ_j (1 - F_{j-1}) / f_j = (K - j + 1)/K (one-based j >= 2), decreasing, so ironing pools
     * v_2..v_K into one class of weight 1/2 > 0 = weight of v_1. Both classes are served (λ_S > 0):
     * x_1 = f/2 and x_j = (1 - f²)/(2(1 - f)) = (1 + f)/2 (MATH §3, k = 1), payments all zero
     * (p_j = Σ v_{l-1}(x_l - x_{l-1}) with v_1 = 0). So S = (1 + f) E[v] = 1.01 · 0.495, close to the
     * continuous free lottery's S_max = 1/2 (MATH §9).
     */
    @Test
    void uniformSurplusEndIsPooledFreeLottery() {
        Instance in = TestInstances.uniformLeft(100, 2);
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.SURPLUS, false);
        AuctionDescription d = AuctionRecogniser.describe(in, s);
        assertThat(d.kind()).isEqualTo(Kind.POOLED);
        assertThat(d.reserveIndex()).hasValue(0);
        assertThat(d.pooledIntervals()).hasSize(1);
        PooledInterval pool = d.pooledIntervals().get(0);
        assertThat(pool.first()).isEqualTo(1);
        assertThat(pool.last()).isEqualTo(99);
        assertThat(pool.winProbability()).isCloseTo((1 + 0.01) / 2, within(1e-15));
        assertThat(s.mechanism().allocation(0)).isCloseTo(0.01 / 2, within(1e-15));
        assertThat(d.zeroPayments()).isTrue();
        assertThat(d.zeroBidServedSeparately()).isTrue();
        assertThat(d.indirectVickrey()).isFalse();
        assertThat(d.paymentSide()).isEqualTo(PaymentSide.BUYER_SIDE);
        assertThat(d.text()).isEqualTo("free lottery among positive bids; bids of 0 get only units left over");
        assertThat(s.mechanism().surplus(in.distribution(), 2)).isCloseTo(1.01 * 0.495, within(1e-14));
        assertThat(AuctionRecogniser.describe(in, s.mechanism())).isEqualTo(d);
    }

    /**
     * Values {1, 2, 3, 4}, uniform, n = 2, no-subsidy: g⁺_1 = v_1 / f_1 = 4 and g⁺_j = 5 - j for
     * j >= 2 (one-based), decreasing, so one class holds every type (weight 2.5); buyer side
     * u_j = v_j x_j: the free lottery of MATH §9 with x = 1/2 and S = E[v] = 2.5.
     */
    @Test
    void surplusEndWithoutZeroValueIsFreeLotteryAmongAllBidders() {
        Instance in = TestInstances.of(2, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2, 3, 4},
                new double[] {0.25, 0.25, 0.25, 0.25});
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.SURPLUS, false);
        AuctionDescription d = AuctionRecogniser.describe(in, s);
        assertThat(d.kind()).isEqualTo(Kind.FREE_LOTTERY);
        assertThat(d.text()).isEqualTo("free lottery among all bidders");
        assertThat(d.servedClasses()).isEqualTo(1);
        assertThat(s.mechanism().allocation(2)).isCloseTo(0.5, within(1e-15));
        assertThat(s.mechanism().surplus(in.distribution(), 2)).isCloseTo(2.5, within(1e-14));
        assertThat(AuctionRecogniser.describe(in, s.mechanism())).isEqualTo(d);
        // Zero-lowest-utility: g⁺_1 = 0 (Δ_1 = 0), then 3, 2, 1 pool with weight 2 above the lone v_1.
        Instance zl = in.withTransfers(TransferMode.ZERO_LOWEST_UTILITY);
        AuctionDescription z = AuctionRecogniser.describe(zl, IroningOracle.maximise(zl, Weights.SURPLUS, false));
        assertThat(z.kind()).isEqualTo(Kind.POOLED);
        assertThat(z.zeroPayments()).isFalse();
        assertThat(z.text()).isEqualTo("second-price auction, no reserve, bids in [2, 4] pooled");
        // The same lottery for everyone with revenue-side payments: each type pays v_1 x = 1/2, not free.
        double[] x = {0.5, 0.5, 0.5, 0.5};
        double[] u = {0, 0.5, 1, 1.5};
        AuctionDescription paid = AuctionRecogniser.describe(in, InterimMechanism.of(x, u));
        assertThat(paid.kind()).isEqualTo(Kind.POOLED);
        assertThat(paid.paymentSide()).isEqualTo(PaymentSide.REVENUE_SIDE);
        assertThat(paid.text()).isEqualTo("lottery among all bidders");
    }

    /**
     * Lomax(3, 1), n = 5, 400 equal-probability left points (bundled). The continuous law is
     * regular (φ = (2v - 1)/3) and anti-MHR (hazard 3/(1 + v)); for regular ∩ anti-MHR every
     * Pareto-optimal mechanism is a second-price auction with reserve at most the monopoly reserve
     * (MATH §6, arXiv 2602.11967). The discrete grid keeps both properties exactly (checked here with
     * the classifier, so the weights of MATH §3 need no ironing on either side) and every vertex,
     * revenue side and buyer side, is second price; the reserve falls from ≈ 1/2 (φ(1/2) = 0).
     */
    @Test
    void lomaxEveryVertexIsSecondPrice() throws IOException {
        Instance in = bundled("lomax-n5");
        assertThat(DiscreteClassifier.regular(in.distribution()).holds()).isTrue();
        assertThat(DiscreteClassifier.antiMhr(in.distribution()).holds()).isTrue();
        Frontier f = ORACLE.trace(in);
        double monopoly = SecondPriceTable.of(in).monopolyReserve().reserve();
        int revenueSide = 0;
        for (FrontierPoint p : f.vertices()) {
            AuctionDescription d = AuctionRecogniser.describe(in, solutionAt(in, f, p));
            assertThat(d.kind()).as("vertex at weights %s", p.weights()).isEqualTo(Kind.SECOND_PRICE_WITH_RESERVE);
            assertThat(d.reserve().getAsDouble()).isLessThanOrEqualTo(monopoly);
            assertThat(d.text()).startsWith("second-price auction, ");
            if (d.paymentSide() == PaymentSide.REVENUE_SIDE) {
                revenueSide++;
            }
        }
        assertThat(revenueSide).isGreaterThan(100);
        // One bin of the 400 equal-probability bins near v = 1/2 is about 0.004 wide.
        assertThat(AuctionRecogniser.describe(in, solutionAt(in, f, f.revenueEnd())).reserve().getAsDouble())
                .isCloseTo(0.5, within(0.005));
    }

    /**
     * 3/4·U[0,3] + 1/4·U[3,8], n = 3, left grid of width 0.01 (bundled). Continuous virtual value:
     * φ = 2v - 4 on [0, 3) and 2v - 8 on (3, 8], so the reserve is φ⁻¹(0) = 2 and φ jumps down at 3.
     * Ironing on [a, b] with φ(a) = φ(b) (so b = a + 2) and zero average of φ - φ(a) weighted by f:
     * (3 - a)²/4 = (a - 1)²/20, i.e. a = (3√5 + 1)/(√5 + 1) ≈ 2.382, b ≈ 4.382, ironed value
     * 2a - 4 ≈ 0.76 > 0, so the pool is sold. The discrete grid is within a few bins.
     */
    @Test
    void irregularMixtureRevenueEndHasIronedInterval() throws IOException {
        Instance in = bundled("mixture-irregular-n3");
        IroningOracle.Solution s = IroningOracle.maximise(in, Weights.REVENUE, true);
        AuctionDescription d = AuctionRecogniser.describe(in, s);
        double a = (3 * Math.sqrt(5) + 1) / (Math.sqrt(5) + 1);
        assertThat(d.kind()).isEqualTo(Kind.POOLED);
        assertThat(d.reserve().getAsDouble()).isCloseTo(2.0, within(1e-12));
        assertThat(d.pooledIntervals()).hasSize(1);
        PooledInterval pool = d.pooledIntervals().get(0);
        assertThat(pool.low()).isCloseTo(a, within(0.02));
        assertThat(pool.high()).isCloseTo(a + 2, within(0.02));
        assertThat(pool.low()).isLessThan(3.0);
        assertThat(pool.high()).isGreaterThan(3.0);
        // Singleton classes between the reserve and the pool: pooled in the middle, not indirect Vickrey.
        assertThat(d.indirectVickrey()).isFalse();
        assertThat(d.text()).isEqualTo("second-price auction, reserve 2, bids in [2.38, 4.37] pooled");
        assertThat(AuctionRecogniser.describe(in, s.mechanism())).isEqualTo(d);
    }

    /**
     * Weibull(2, 1), n = 5, 400 equal-probability left points (bundled): MHR. The paper's buyer-side
     * shape for MHR values is the indirect Vickrey auction (pooling at the bottom of the allocated
     * range); the zero value is served separately below the pool on the buyer side, which
     * {@link AuctionDescription#indirectVickrey()} disregards.
     */
    @Test
    void weibullBuyerSideIsIndirectVickrey() throws IOException {
        Instance in = bundled("weibull-n5");
        Frontier f = ORACLE.trace(in);
        int indirect = 0;
        int buyerSide = 0;
        for (FrontierPoint p : f.vertices()) {
            AuctionDescription d = AuctionRecogniser.describe(in, solutionAt(in, f, p));
            if (d.paymentSide() == PaymentSide.REVENUE_SIDE) {
                assertThat(d.kind()).isEqualTo(Kind.SECOND_PRICE_WITH_RESERVE);
            } else {
                buyerSide++;
                if (d.indirectVickrey()) {
                    indirect++;
                    assertThat(d.zeroBidServedSeparately()).isTrue();
                    assertThat(d.pooledIntervals().get(0).first()).isEqualTo(1);
                }
            }
        }
        // All buyer-side vertices but the welfare kink (second price, no reserve) and the surplus end (one pool).
        assertThat(indirect).isEqualTo(buyerSide - 2).isGreaterThan(300);
    }

    /** Both routes agree on every vertex of bundled frontiers, k = 1 and k = 2. */
    @Test
    void classesAndAllocationGiveTheSameDescription() throws IOException {
        for (String name : List.of("uniform-n5-k2", "mixture-irregular-n3", "exponential-n4", "three-point-zero-lowest",
                "two-point", "point-mass")) {
            Instance in = bundled(name);
            Frontier f = ORACLE.trace(in);
            for (FrontierPoint p : f.vertices()) {
                AuctionDescription byClasses = AuctionRecogniser.describe(in, solutionAt(in, f, p));
                assertThat(AuctionRecogniser.describe(in, p.mechanism())).as("%s at %s", name, p.weights())
                        .isEqualTo(byClasses);
            }
        }
    }

    /**
     * LP solutions carry no classes and are exact only to the certificate's 1e-8; with
     * {@link RecognitionTolerance#certified} they are described as the oracle's solution at the same
     * weights (random weights, where the optimum is unique).
     */
    @Test
    void lpSolutionsAreRecognisedLikeTheOracle() {
        LpEngine lp = new LpEngine(List.of(new OjAlgoSolver(), new OjAlgoSolver(OjAlgoSolver.Algorithm.PRIMAL)),
                Tolerances.DEFAULT);
        RecognitionTolerance tol = RecognitionTolerance.certified(Tolerances.DEFAULT);
        Random rnd = new Random(7);
        // v_1 > 0 throughout: a zero value has weight zero on the buyer side and may be served or not at the same
        // objective (the oracle serves it, the LP need not), which would make the comparison ambiguous.
        List<Instance> instances = List.of(shiftedUniform(20, 3), irregular(3, 1), irregular(4, 2));
        int compared = 0;
        for (Instance in : instances) {
            for (int i = 0; i < 6; i++) {
                double angle = rnd.nextDouble() * Math.PI / 2;
                Weights w = new Weights(Math.cos(angle), Math.sin(angle));
                AuctionDescription oracle = AuctionRecogniser.describe(in, IroningOracle.maximise(in, w, false));
                AuctionDescription fromLp = AuctionRecogniser.describe(in, lp.maximise(in, w).mechanism(), tol);
                assertThat(fromLp.kind()).as("%s at %s", in.name(), w).isEqualTo(oracle.kind());
                assertThat(fromLp.reserveIndex()).isEqualTo(oracle.reserveIndex());
                assertThat(fromLp.pooledIntervals().stream().map(PooledInterval::first).toList())
                        .isEqualTo(oracle.pooledIntervals().stream().map(PooledInterval::first).toList());
                assertThat(fromLp.paymentSide()).isEqualTo(oracle.paymentSide());
                assertThat(fromLp.text()).isEqualTo(oracle.text());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(18);
    }

    /** Values (j + 1)/K, mass 1/K: the uniform grid without its zero. */
    private static Instance shiftedUniform(int kk, int n) {
        double[] v = new double[kk];
        double[] f = new double[kk];
        for (int j = 0; j < kk; j++) {
            v[j] = (j + 1.0) / kk;
            f[j] = 1.0 / kk;
        }
        return TestInstances.of(n, 1, TransferMode.NO_SUBSIDY, v, f);
    }

    /** Values 1..12, the lower half three times as likely: irregular at 7, so the oracle pools. */
    private static Instance irregular(int n, int k) {
        double[] v = new double[12];
        double[] f = new double[12];
        for (int j = 0; j < 12; j++) {
            v[j] = j + 1;
            f[j] = j < 6 ? 0.12 : 0.04;
        }
        double sum = 0;
        for (double m : f) {
            sum += m;
        }
        for (int j = 0; j < 12; j++) {
            f[j] /= sum;
        }
        return TestInstances.of(n, k, TransferMode.NO_SUBSIDY, v, f);
    }

    /**
     * The closed-form second-price auction of MATH §5 is recognised with its reserve; Vickrey
     * payments lie strictly between the IC extremes, "frontier payments" are the revenue side.
     */
    @Test
    void closedFormSecondPriceAuctionsAreRecognised() {
        Instance in = TestInstances.uniformLeft(40, 3);
        for (int r : new int[] {0, 7, 20, 39}) {
            AuctionDescription vickrey = AuctionRecogniser.describe(in, SecondPriceAuction.vickrey(in, r));
            assertThat(vickrey.kind()).isEqualTo(Kind.SECOND_PRICE_WITH_RESERVE);
            assertThat(vickrey.reserveIndex()).hasValue(r);
            // With the reserve at the top point the winner always pays v_K: that is the revenue-side extreme.
            assertThat(vickrey.paymentSide()).isEqualTo(r == 39 ? PaymentSide.REVENUE_SIDE : PaymentSide.INTERMEDIATE);
            AuctionDescription frontier = AuctionRecogniser.describe(in, SecondPriceAuction.withFrontierPayments(in, r));
            assertThat(frontier.paymentSide()).isEqualTo(PaymentSide.REVENUE_SIDE);
            assertThat(frontier.text()).isEqualTo(r == 0 ? "second-price auction, no reserve"
                    : "second-price auction, reserve " + AuctionDescription.number(r / 40.0));
        }
    }

    /** A half-half mixture of the auctions with reserves v_10 and v_20 is no class auction. */
    @Test
    void mixtureOfTwoAuctionsIsUnrecognised() {
        Instance in = TestInstances.uniformLeft(40, 3);
        InterimMechanism a = SecondPriceAuction.withFrontierPayments(in, 10);
        InterimMechanism b = SecondPriceAuction.withFrontierPayments(in, 20);
        double[] x = new double[40];
        double[] u = new double[40];
        for (int j = 0; j < 40; j++) {
            x[j] = (a.allocation(j) + b.allocation(j)) / 2;
            u[j] = (a.utility(j) + b.utility(j)) / 2;
        }
        AuctionDescription d = AuctionRecogniser.describe(in, InterimMechanism.of(x, u));
        assertThat(d.kind()).isEqualTo(Kind.UNRECOGNISED);
        assertThat(d.reserveIndex()).hasValue(10);
        assertThat(d.paymentSide()).isEqualTo(PaymentSide.REVENUE_SIDE);
    }

    /** Point mass at 0: pure revenue serves nobody unless zero classes are served (then a free lottery). */
    @Test
    void noSaleAndDegenerateFreeLottery() {
        Instance in = new Instance("zero", 3, 1, TransferMode.NO_SUBSIDY, DiscreteDistribution.pointMass(0), "test");
        AuctionDescription none = AuctionRecogniser.describe(in, IroningOracle.maximise(in, Weights.REVENUE, false));
        assertThat(none.kind()).isEqualTo(Kind.NO_SALE);
        assertThat(none.reserve()).isEmpty();
        assertThat(none.text()).isEqualTo("no sale");
        AuctionDescription lottery = AuctionRecogniser.describe(in, IroningOracle.maximise(in, Weights.REVENUE, true));
        assertThat(lottery.kind()).isEqualTo(Kind.FREE_LOTTERY);
        assertThat(lottery.text()).isEqualTo("free lottery among all bidders");
        assertThat(AuctionRecogniser.describe(in, InterimMechanism.of(new double[] {0}, new double[] {0})).text())
                .isEqualTo("no sale");
    }

    /** With k >= n every allocated type gets a unit: no pooling is possible, the texts say so. */
    @Test
    void asManyUnitsAsBuyers() {
        Instance in = TestInstances.of(2, 2, TransferMode.NO_SUBSIDY, new double[] {0, 1, 2}, new double[] {0.5, 0.25, 0.25});
        // Revenue side: φ = (0 - 1·0.5/0.5, 1 - 1·0.25/0.25, 2) = (-1, 0, 2); the zero class is served at the revenue end.
        AuctionDescription rev = AuctionRecogniser.describe(in, IroningOracle.maximise(in, Weights.REVENUE, true));
        assertThat(rev.kind()).isEqualTo(Kind.SECOND_PRICE_WITH_RESERVE);
        assertThat(rev.text()).isEqualTo("every bid of at least 1 gets a unit");
        IroningOracle.Solution surplusEnd = IroningOracle.maximise(in, Weights.SURPLUS, false);
        AuctionDescription sur = AuctionRecogniser.describe(in, surplusEnd);
        assertThat(sur.kind()).isEqualTo(Kind.FREE_LOTTERY);
        assertThat(sur.text()).isEqualTo("every bidder gets a unit for free");
        assertThat(sur.paymentSide()).isEqualTo(PaymentSide.BOTH_EXTREMES);
        assertThat(AuctionRecogniser.describe(in, surplusEnd.mechanism())).isEqualTo(sur);
        IroningOracle.Solution revenueEnd = IroningOracle.maximise(in, Weights.REVENUE, true);
        assertThat(AuctionRecogniser.describe(in, revenueEnd.mechanism())).isEqualTo(rev);
    }

    /** Hand-made x: indirect Vickrey (pool at the reserve, a singleton above), then pooling in the middle. */
    @Test
    void indirectVickreyShapeFromAnAllocation() {
        // 5 equally likely values, n = 2, k = 1: pool {v_1, v_2} at the reserve, singletons v_3, v_4 above.
        Instance in = TestInstances.of(2, 1, TransferMode.ZERO_LOWEST_UTILITY, new double[] {0, 1, 2, 3, 4},
                new double[] {0.2, 0.2, 0.2, 0.2, 0.2});
        // k = 1: a class with mass q and mass L below wins with ((L + q)^2 - L^2) / (2q).
        double pool = (0.6 * 0.6 - 0.2 * 0.2) / (2 * 0.4);
        double x3 = (0.8 * 0.8 - 0.6 * 0.6) / (2 * 0.2);
        double x4 = (1 - 0.8 * 0.8) / (2 * 0.2);
        double[] x = {0, pool, pool, x3, x4};
        double[] u = new double[5];
        for (int j = 1; j < 5; j++) {
            u[j] = u[j - 1] + x[j - 1];
        }
        AuctionDescription d = AuctionRecogniser.describe(in, InterimMechanism.of(x, u));
        assertThat(d.kind()).isEqualTo(Kind.POOLED);
        assertThat(d.indirectVickrey()).isTrue();
        assertThat(d.text()).isEqualTo("second-price auction, reserve 1, bids in [1, 2] pooled");
        // Move the pool up: {v_2, v_3} with v_1 a singleton below it.
        double x1 = (0.4 * 0.4 - 0.2 * 0.2) / (2 * 0.2);
        double mid = (0.8 * 0.8 - 0.4 * 0.4) / (2 * 0.4);
        double[] y = {0, x1, mid, mid, x4};
        double[] w = new double[5];
        for (int j = 1; j < 5; j++) {
            w[j] = w[j - 1] + y[j - 1];
        }
        AuctionDescription e = AuctionRecogniser.describe(in, InterimMechanism.of(y, w));
        assertThat(e.kind()).isEqualTo(Kind.POOLED);
        assertThat(e.indirectVickrey()).isFalse();
        assertThat(e.text()).isEqualTo("second-price auction, reserve 1, bids in [2, 3] pooled");
    }

    @Test
    void nonMonotoneAllocationIsRejected() {
        Instance in = TestInstances.uniformLeft(3, 2);
        InterimMechanism m = InterimMechanism.of(new double[] {0, 0.5, 0}, new double[] {0, 0, 0});
        assertThatThrownBy(() -> AuctionRecogniser.describe(in, m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not monotone");
    }

    /**
     * An LP mechanism is monotone only to its certificate's slack (1e-8): on Palm Pilot ojAlgo gave
     * x = 1.58e-8 just below x = 8.66e-9, one above and one under the allocation threshold. That is
     * noise below the reserve, not a non-monotone mechanism (the recogniser threw, and the CLI
     * reported the bundled instance as invalid input).
     */
    @Test
    void certifiedNoiseBelowTheReserveIsNotAllocated() {
        Instance in = TestInstances.uniformLeft(4, 2);
        double[] x = {1.58e-8, 8.66e-9, 0.5, 0.9};
        double[] u = new double[4];
        for (int j = 1; j < 4; j++) {
            u[j] = u[j - 1] + (in.distribution().value(j) - in.distribution().value(j - 1)) * x[j - 1];
        }
        AuctionDescription d = AuctionRecogniser.describe(in, InterimMechanism.of(x, u),
                RecognitionTolerance.certified(org.paretomech.numeric.Tolerances.DEFAULT));
        assertThat(d.reserveIndex()).hasValue(2);
        // Beyond the tolerance it is still an error.
        double[] y = {2e-7, 8.66e-9, 0.5, 0.9};
        assertThatThrownBy(() -> AuctionRecogniser.describe(in, InterimMechanism.of(y, u),
                RecognitionTolerance.certified(org.paretomech.numeric.Tolerances.DEFAULT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not monotone");
    }

    @Test
    void longListsOfPoolsAreAbbreviated() throws IOException {
        Instance in = bundled("palm-pilot-7day");
        AuctionDescription d = AuctionRecogniser.describe(in, IroningOracle.maximise(in, Weights.REVENUE, true));
        assertThat(d.pooledIntervals()).hasSizeGreaterThan(AuctionDescription.LISTED_INTERVALS);
        int more = d.pooledIntervals().size() - (AuctionDescription.LISTED_INTERVALS - 1);
        assertThat(d.text()).startsWith("second-price auction, reserve " + AuctionDescription.number(d.reserve().getAsDouble())
                + ", bids in " + d.pooledIntervals().get(0).text() + ", ").endsWith(" and " + more + " more intervals pooled");
    }
}
