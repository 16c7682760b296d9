package org.paretomech.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.api.Paretomech;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.mechanism.description.AuctionDescription;
import org.paretomech.mechanism.description.AuctionDescription.Kind;
import org.paretomech.mechanism.description.PaymentSide;
import org.paretomech.mechanism.description.PooledInterval;
import org.paretomech.mechanism.description.RecognitionTolerance;
import org.paretomech.plot.FrontierAnnotations.Regime;
import org.paretomech.plot.FrontierAnnotations.Shape;

/**
 * Which regimes the frontier plot annotates, where their labels point and what they say. The
 * hand-made frontier uses support values {@code v_j = j}, {@code j = 0..9}, 3 buyers, one unit, so
 * every reserve and pooled interval below reads off its support indices.
 */
class FrontierAnnotationsTest {

    private static FrontierAnalysis lomax;
    private static FrontierAnalysis weibull;
    private static FrontierAnalysis mixture;
    private static FrontierAnalysis palm;

    @BeforeAll
    static void solveBundled() {
        lomax = Paretomech.instance("instances/lomax-n5.json").solve().analysis();
        weibull = Paretomech.instance("instances/weibull-n5.json").solve().analysis();
        mixture = Paretomech.instance("instances/mixture-irregular-n3.json").solve().analysis();
        palm = Paretomech.instance("instances/palm-pilot-7day.json").solve().analysis();
    }

    /** A second-price auction (nothing pooled) allocating the support points from {@code r} up. */
    private static AuctionDescription secondPrice(int r, PaymentSide side) {
        return new AuctionDescription(Kind.SECOND_PRICE_WITH_RESERVE, 3, 1, OptionalInt.of(r), OptionalDouble.of(r),
                10 - r, List.of(), side, false, true, RecognitionTolerance.DEFAULT);
    }

    /**
     * A pooled auction allocating from {@code r} up with the given pooled index intervals (each
     * {@code {first, last}}); the other allocated points are classes of their own.
     */
    private static AuctionDescription pooled(int r, boolean zeroPayments, int[]... pools) {
        List<PooledInterval> list = new ArrayList<>();
        int classes = 10 - r;
        for (int[] p : pools) {
            list.add(new PooledInterval(p[0], p[1], p[0], p[1], 0.1));
            classes -= p[1] - p[0];
        }
        return new AuctionDescription(Kind.POOLED, 3, 1, OptionalInt.of(r), OptionalDouble.of(r), classes, list,
                PaymentSide.BUYER_SIDE, zeroPayments, false, RecognitionTolerance.DEFAULT);
    }

    /** Revenue end to surplus end: reserves 5 and 3, no reserve with both payment sides, a growing low pool, a lottery. */
    private static List<AuctionDescription> handMade() {
        return List.of(secondPrice(5, PaymentSide.REVENUE_SIDE), secondPrice(3, PaymentSide.REVENUE_SIDE),
                secondPrice(0, PaymentSide.REVENUE_SIDE), secondPrice(0, PaymentSide.BUYER_SIDE),
                pooled(0, false, new int[] {1, 3}), pooled(0, false, new int[] {1, 6}),
                pooled(0, true, new int[] {1, 9}));
    }

    @Test
    void shapesFollowTheRecognisersFields() {
        assertThat(FrontierAnnotations.shapeOf(secondPrice(4, PaymentSide.REVENUE_SIDE))).isEqualTo(Shape.RESERVE);
        assertThat(FrontierAnnotations.shapeOf(secondPrice(0, PaymentSide.BUYER_SIDE))).isEqualTo(Shape.NO_RESERVE);
        // zero bid apart, then [1, 3] pooled below singletons: indirect Vickrey
        assertThat(FrontierAnnotations.shapeOf(pooled(0, false, new int[] {1, 3}))).isEqualTo(Shape.LOW_BIDS_POOLED);
        // the lowest bids [0, 3] pooled without a separate zero bid: also indirect Vickrey
        assertThat(FrontierAnnotations.shapeOf(pooled(0, false, new int[] {0, 3}))).isEqualTo(Shape.LOW_BIDS_POOLED);
        // singletons 0..5 below [6, 9]: the top bids are pooled
        assertThat(FrontierAnnotations.shapeOf(pooled(0, false, new int[] {6, 9}))).isEqualTo(Shape.TOP_BIDS_POOLED);
        // [2, 3] in the middle, or two pools
        assertThat(FrontierAnnotations.shapeOf(pooled(0, false, new int[] {2, 3}))).isEqualTo(Shape.BIDS_POOLED);
        assertThat(FrontierAnnotations.shapeOf(pooled(0, false, new int[] {1, 2}, new int[] {5, 7})))
                .isEqualTo(Shape.BIDS_POOLED);
        // a reserve with an ironed interval above it
        assertThat(FrontierAnnotations.shapeOf(pooled(4, false, new int[] {6, 8}))).isEqualTo(Shape.RESERVE_POOLED);
        // one class above a reserve, and zero bids apart from one pool of all positive bids
        assertThat(FrontierAnnotations.shapeOf(pooled(4, false, new int[] {4, 9}))).isEqualTo(Shape.LOTTERY);
        assertThat(FrontierAnnotations.shapeOf(pooled(0, true, new int[] {1, 9}))).isEqualTo(Shape.LOTTERY);
        AuctionDescription free = new AuctionDescription(Kind.FREE_LOTTERY, 3, 1, OptionalInt.of(0),
                OptionalDouble.of(0), 1, List.of(), PaymentSide.BOTH_EXTREMES, true, false, RecognitionTolerance.DEFAULT);
        assertThat(FrontierAnnotations.shapeOf(free)).isEqualTo(Shape.LOTTERY);
        AuctionDescription none = new AuctionDescription(Kind.NO_SALE, 3, 1, OptionalInt.empty(),
                OptionalDouble.empty(), 0, List.of(), PaymentSide.REVENUE_SIDE, true, false,
                RecognitionTolerance.DEFAULT);
        assertThat(FrontierAnnotations.shapeOf(none)).isEqualTo(Shape.NO_SALE);
    }

    @Test
    void regimesAreTheRunsOfOneShapeAndSideWithTheirRanges() {
        List<Regime> regimes = FrontierAnnotations.regimes(handMade());

        assertThat(regimes).extracting(Regime::shape).containsExactly(Shape.RESERVE, Shape.NO_RESERVE,
                Shape.NO_RESERVE, Shape.LOW_BIDS_POOLED, Shape.LOTTERY);
        assertThat(regimes).extracting(r -> r.first() + "-" + r.last())
                .containsExactly("0-1", "2-2", "3-3", "4-5", "6-6");
        // "no reserve" occurs with both payment sides, so those two labels name the side
        assertThat(regimes).extracting(Regime::text).containsExactly(
                "vertices 0\u20131: second price, reserve 5 \u2192 3",
                "vertex 2: second price, no reserve (highest IC payments)",
                "vertex 3: second price, no reserve (lowest IC payments)",
                "vertices 4\u20135: second price, no reserve, bids in [1, 3] \u2192 [1, 6] pooled",
                "vertex 6: free lottery among positive bids");
        assertThatThrownBy(() -> FrontierAnnotations.regimes(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void poolCountsAreGivenAsARangeWhenVerticesHaveSeveralPools() {
        List<AuctionDescription> auctions = List.of(pooled(4, false, new int[] {5, 6}, new int[] {8, 9}),
                pooled(3, false, new int[] {4, 5}, new int[] {6, 7}, new int[] {8, 9}));
        assertThat(FrontierAnnotations.regimes(auctions)).singleElement().extracting(Regime::text)
                .isEqualTo("vertices 0\u20131: second price, reserve 4 \u2192 3, bids pooled in 2\u20133 intervals");
        assertThat(FrontierAnnotations.brief(auctions.get(1)))
                .isEqualTo("second price, reserve 3, bids pooled in 3 intervals");
    }

    @Test
    void atMostSixRegimesAreLabelledKeepingTheEndsAndTheLongestRuns() {
        int[] sizes = {3, 1, 5, 1, 2, 7, 1, 4};
        List<Regime> regimes = new ArrayList<>();
        int first = 0;
        for (int size : sizes) {
            regimes.add(new Regime(Shape.RESERVE, PaymentSide.REVENUE_SIDE, first, first + size - 1, "r" + first));
            first += size;
        }
        // inner runs by size: 7 (#5), 5 (#2), 2 (#4), then the first of the size-1 runs (#1)
        assertThat(FrontierAnnotations.labelled(regimes)).containsExactly(regimes.get(0), regimes.get(1),
                regimes.get(2), regimes.get(4), regimes.get(5), regimes.get(7));
        assertThat(FrontierAnnotations.labelled(regimes.subList(0, 6))).isEqualTo(regimes.subList(0, 6));
    }

    @Test
    void labelsPointHalfWayAlongTheRegimeOnScreen() {
        Regime all = new Regime(Shape.RESERVE, PaymentSide.REVENUE_SIDE, 0, 3, "x");
        // edges of length 1, 1 and 8: half of 10 is nearest the third vertex (at 2, vs 10)
        List<double[]> straight = List.of(new double[] {10, 0}, new double[] {9, 0}, new double[] {8, 0},
                new double[] {0, 0});
        assertThat(FrontierAnnotations.anchor(all, straight, 1, 1)).isEqualTo(2);
        // two unit steps in S, then 4 in R: half of 6 is vertex 2; with R squeezed 100-fold, half of 2.04 is vertex 1
        List<double[]> bent = List.of(new double[] {4, 0}, new double[] {4, 1}, new double[] {4, 2},
                new double[] {0, 2});
        assertThat(FrontierAnnotations.anchor(all, bent, 1, 1)).isEqualTo(2);
        assertThat(FrontierAnnotations.anchor(all, bent, 100, 1)).isEqualTo(1);
        assertThat(FrontierAnnotations.anchor(new Regime(Shape.LOTTERY, PaymentSide.BUYER_SIDE, 3, 3, "y"), bent, 1, 1))
                .isEqualTo(3);
    }

    @Test
    void aSolutionNamesItsVertexOrItsLotteryWithProbabilities() {
        List<AuctionDescription> auctions = handMade();
        assertThat(FrontierAnnotations.solutionLines(solution(4, 0), auctions))
                .containsExactly("vertex 4: second price, no reserve, bids in [1, 3] pooled");
        assertThat(FrontierAnnotations.solutionLines(solution(4, 1), auctions))
                .containsExactly("vertex 5: second price, no reserve, bids in [1, 6] pooled");
        // same shape, different pools: one line with the shape
        assertThat(FrontierAnnotations.solutionLines(solution(4, 0.25), auctions))
                .containsExactly("75% vertex 4 + 25% vertex 5: no reserve, lowest bids pooled");
        // two shapes: a line each
        assertThat(FrontierAnnotations.solutionLines(solution(5, 0.4), auctions))
                .containsExactly("60% vertex 5: no reserve, lowest bids pooled", "40% vertex 6: lottery");
        assertThat(FrontierAnnotations.solutionLines(solution(0, 0.996), auctions))
                .containsExactly("<1% vertex 0 + >99% vertex 1: second price with a reserve");
        // the last vertex of a frontier (a single-point frontier has segment = last index)
        assertThat(FrontierAnnotations.solutionLines(solution(6, 0), auctions))
                .containsExactly("vertex 6: free lottery among positive bids");
    }

    private static BargainingSolution solution(int segment, double position) {
        return new BargainingSolution("test", 1, 1, 1, segment, position);
    }

    @Test
    void lomaxIsSecondPriceWithFallingReserveFromTheMonopolyReserveThenNoReserve() {
        // regular and anti-MHR: every vertex a second-price auction with reserve <= monopoly reserve (README, check)
        List<Regime> regimes = FrontierAnnotations.regimes(lomax);
        int last = lomax.frontier().vertices().size() - 1;
        assertThat(regimes).extracting(Regime::shape).containsExactly(Shape.RESERVE, Shape.NO_RESERVE);
        assertThat(regimes.get(1).first()).isEqualTo(last);
        String monopoly = FrontierPlot.number(lomax.secondPrice().monopolyReserve().reserve());
        assertThat(regimes.get(0).text()).startsWith("vertices 0\u2013" + (last - 1) + ": second price, reserve "
                + monopoly + " \u2192 ");
        assertThat(FrontierAnnotations.labelled(regimes)).isEqualTo(regimes);
    }

    @Test
    void weibullGoesFromReserveToNoReserveToIndirectVickreyToLottery() {
        // MHR: the paper's buyer side is indirect Vickrey (pooled low bids), ending in a lottery
        List<Regime> regimes = FrontierAnnotations.regimes(weibull);
        assertThat(regimes).extracting(Regime::shape).containsExactly(Shape.RESERVE, Shape.NO_RESERVE,
                Shape.LOW_BIDS_POOLED, Shape.LOTTERY);
        assertPartition(regimes, weibull);
        Regime ivickrey = regimes.get(2);
        for (int i = ivickrey.first(); i <= ivickrey.last(); i++) {
            assertThat(weibull.auctions().get(i).indirectVickrey()).as("vertex %d", i).isTrue();
            assertThat(weibull.auctions().get(i).paymentSide()).isEqualTo(PaymentSide.BUYER_SIDE);
        }
        assertThat(regimes.get(3).text()).endsWith(": free lottery among positive bids");
    }

    @Test
    void theMixturesRevenueEndShowsItsIronedInterval() {
        // README / MATH: the irregular mixture irons [2.38, 4.37] at the revenue end
        List<Regime> regimes = FrontierAnnotations.regimes(mixture);
        assertPartition(regimes, mixture);
        assertThat(regimes.get(0).shape()).isEqualTo(Shape.RESERVE_POOLED);
        assertThat(regimes.get(0).text()).contains("bids in [2.38, 4.37] \u2192 ");
    }

    @Test
    void palmPilotNeedsFiveLabelsForItsTwoHundredVertices() {
        List<Regime> regimes = FrontierAnnotations.regimes(palm);
        assertPartition(regimes, palm);
        assertThat(palm.frontier().vertices()).hasSize(207);
        assertThat(regimes).hasSizeLessThanOrEqualTo(FrontierAnnotations.MAX_LABELS);
        assertThat(regimes).extracting(Regime::shape).containsExactly(Shape.RESERVE_POOLED, Shape.RESERVE,
                Shape.NO_RESERVE, Shape.BIDS_POOLED, Shape.TOP_BIDS_POOLED);
    }

    @Test
    void solutionProbabilitiesAgreeWithTheReportsMechanismText() {
        Pattern p = Pattern.compile("with probability ([0-9.]+):");
        for (FrontierAnalysis a : List.of(lomax, weibull, mixture, palm)) {
            for (BargainingSolution s : List.of(a.kalaiSmorodinsky(), a.nash(), a.crossSideNash())) {
                String report = a.mechanismText(s);
                List<String> lines = FrontierAnnotations.solutionLines(s, a.auctions());
                Matcher m = p.matcher(report);
                if (m.find()) {
                    String first = FrontierAnnotations.percent(Double.parseDouble(m.group(1)));
                    assertThat(lines.get(0)).as(report).startsWith(first + " vertex " + s.segment());
                } else {
                    assertThat(lines).as(report).singleElement().asString().startsWith("vertex ");
                }
            }
        }
    }

    private static void assertPartition(List<Regime> regimes, FrontierAnalysis a) {
        assertThat(regimes.get(0).first()).isZero();
        for (int i = 1; i < regimes.size(); i++) {
            assertThat(regimes.get(i).first()).isEqualTo(regimes.get(i - 1).last() + 1);
            assertThat(regimes.get(i).shape() != regimes.get(i - 1).shape()
                    || regimes.get(i).side() != regimes.get(i - 1).side()).isTrue();
        }
        assertThat(regimes.get(regimes.size() - 1).last()).isEqualTo(a.frontier().vertices().size() - 1);
    }
}
