package org.paretomech.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

class FrontierTracerTest {

    /** Agreement with hand computations: LP round-off only. */
    private static final double EXACT = 1e-9;

    private final FrontierTracer tracer = new FrontierTracer(
            List.of(new OjAlgoSolver(), new OjAlgoSolver(OjAlgoSolver.Algorithm.PRIMAL)), Tolerances.DEFAULT);

    /**
     * Values {0, 1}, mass 1/2 each, n = 2, k = 1, no-subsidy. By hand (MATH §2-§3): Border
     * B_1 = 1, B_2 = 1 - (1/2)^2 = 3/4, so x_2 <= 3/4. Virtual values φ = (-1, 1): the revenue end
     * sells only to type 1 with x_2 = 3/4 at price 1: (R, S) = (3/4, 0). Surplus weights g⁺ = (0, 1):
     * the surplus end has x_2 = 3/4, x_1 = 1/4, u_2 = 3/4: (0, 3/4). W* = E[max] = 3/4, so the
     * frontier is the segment R + S = 3/4. KS = cross-side Nash = (3/8, 3/8); Nash maximises
     * R S^2 on R + S = 3/4: S = 1/2, R = 1/4.
     */
    @Test
    void twoPointInstanceMatchesHandComputation() {
        Instance in = TestInstances.twoPoint();
        Frontier f = tracer.trace(in);
        assertThat(f.vertices()).hasSize(2);
        assertThat(f.revenueEnd().revenue()).isCloseTo(0.75, within(EXACT));
        assertThat(f.revenueEnd().surplus()).isCloseTo(0.0, within(EXACT));
        assertThat(f.surplusEnd().revenue()).isCloseTo(0.0, within(EXACT));
        assertThat(f.surplusEnd().surplus()).isCloseTo(0.75, within(EXACT));
        assertThat(f.welfareMax()).isCloseTo(0.75, within(1e-15));

        FrontierAnalysis a = FrontierAnalysis.of(f);
        assertThat(a.kalaiSmorodinsky().revenue()).isCloseTo(0.375, within(EXACT));
        assertThat(a.kalaiSmorodinsky().surplus()).isCloseTo(0.375, within(EXACT));
        assertThat(a.kalaiSmorodinsky().welfareRatio()).isCloseTo(1.0, within(EXACT));
        assertThat(a.crossSideNash().revenue()).isCloseTo(0.375, within(EXACT));
        assertThat(a.nash().revenue()).isCloseTo(0.25, within(EXACT));
        assertThat(a.nash().surplus()).isCloseTo(0.5, within(EXACT));
        // Second price, by hand: no reserve R = 1/4, S = 1/2; reserve 1: R = 3/4, S = 0.
        assertThat(a.secondPrice().outcomes().get(0).revenue()).isCloseTo(0.25, within(1e-15));
        assertThat(a.secondPrice().outcomes().get(0).surplus()).isCloseTo(0.5, within(1e-15));
        assertThat(a.secondPrice().outcomes().get(1).revenue()).isCloseTo(0.75, within(1e-15));
        assertThat(a.secondPrice().outcomes().get(1).surplus()).isCloseTo(0.0, within(1e-15));
        // Both lie on the segment: no gap.
        assertThat(a.surplusGaps()).allSatisfy(g -> assertThat(g).isCloseTo(0.0, within(EXACT)));
    }

    /**
     * A point mass at v = 2 with n = 3 and zero-lowest-utility: u_1 = 0 so S = 0 and the frontier
     * is the single point (R, S) = (2, 0) — the item is sold at price 2 for sure.
     */
    @Test
    void pointMassWithZeroLowestUtilityIsOnePoint() {
        Instance in = TestInstances.of(3, 1, TransferMode.ZERO_LOWEST_UTILITY, new double[] {2}, new double[] {1});
        Frontier f = tracer.trace(in);
        assertThat(f.vertices()).hasSize(1);
        assertThat(f.revenueMax()).isCloseTo(2.0, within(EXACT));
        assertThat(f.surplusMax()).isCloseTo(0.0, within(EXACT));
        FrontierAnalysis a = FrontierAnalysis.of(f);
        assertThat(a.kalaiSmorodinsky().revenue()).isCloseTo(2.0, within(EXACT));
        assertThat(a.nash().revenue()).isCloseTo(2.0, within(EXACT));
    }

    /**
     * A point mass at v = 2 with no-subsidy: any price in [0, 2] for a sure sale is feasible, so
     * the frontier is the segment R + S = 2 between (2, 0) and (0, 2) (MATH: K = 1 gives R + S = v).
     */
    @Test
    void pointMassWithNoSubsidyIsTheSegmentRPlusSEqualsV() {
        Instance in = TestInstances.of(3, 2, TransferMode.NO_SUBSIDY, new double[] {2}, new double[] {1});
        Frontier f = tracer.trace(in);
        // k = 2 units, n = 3 buyers, value 2: W* = 2 * 2 = 4.
        assertThat(f.welfareMax()).isCloseTo(4.0, within(1e-12));
        assertThat(f.vertices()).hasSize(2);
        assertThat(f.revenueEnd().revenue()).isCloseTo(4.0, within(EXACT));
        assertThat(f.surplusEnd().surplus()).isCloseTo(4.0, within(EXACT));
        FrontierAnalysis a = FrontierAnalysis.of(f);
        assertThat(a.nash().revenue()).isCloseTo(1.0, within(EXACT)); // max R S^3 on R + S = 4
    }

    @Test
    void verticesAreMonotoneAndConcaveAndWelfareMaxIsAttained() {
        Instance in = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY, new double[] {0, 1, 1.5, 4, 4.5, 7},
                new double[] {0.1, 0.3, 0.05, 0.25, 0.2, 0.1});
        Frontier f = tracer.trace(in);
        List<FrontierPoint> v = f.vertices();
        double bestWelfare = 0;
        for (int i = 0; i < v.size(); i++) {
            bestWelfare = Math.max(bestWelfare, v.get(i).welfare());
            if (i > 0) {
                assertThat(v.get(i).revenue()).isLessThan(v.get(i - 1).revenue());
                assertThat(v.get(i).surplus()).isGreaterThan(v.get(i - 1).surplus());
            }
            if (i > 0 && i + 1 < v.size()) {
                double s1 = slope(v.get(i - 1), v.get(i));
                double s2 = slope(v.get(i), v.get(i + 1));
                // S(R) is concave, so dS/dR falls as R grows: walking towards lower revenue the
                // slope rises (towards 0) strictly at every vertex.
                assertThat(s2).isGreaterThan(s1);
            }
        }
        assertThat(bestWelfare).isCloseTo(f.welfareMax(), within(EXACT * f.welfareMax()));
    }

    /** Every weighted optimum lies on the traced polyline: no vertex is missed. */
    @Test
    void weightedOptimaLieOnThePolyline() {
        Instance in = TestInstances.of(2, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2, 3.5, 4},
                new double[] {0.4, 0.3, 0.2, 0.1});
        Frontier f = tracer.trace(in);
        for (int i = 0; i <= 20; i++) {
            Weights w = new Weights(Math.cos(i * Math.PI / 40), Math.sin(i * Math.PI / 40));
            FrontierPoint best = tracer.solve(in, w);
            double lp = w.value(best.revenue(), best.surplus());
            double poly = f.vertices().stream().mapToDouble(p -> w.value(p.revenue(), p.surplus())).max().orElseThrow();
            assertThat(poly).isCloseTo(lp, within(EXACT * f.welfareMax()));
        }
    }

    private static double slope(FrontierPoint a, FrontierPoint b) {
        return (b.surplus() - a.surplus()) / (b.revenue() - a.revenue());
    }
}
