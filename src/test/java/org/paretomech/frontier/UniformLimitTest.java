package org.paretomech.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.instance.Instance;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/**
 * The continuous U[0,1] reference values of MATH §9, approached on the {@code left} grid
 * {@code v_j = j/K}. The left grid is a coarsening a continuous buyer can mimic, so every discrete
 * optimum is within O(h) of the continuous one, h = 1/K; the expected errors are stated per check.
 */
class UniformLimitTest {

    private final FrontierTracer tracer = new FrontierTracer(
            List.of(new OjAlgoSolver(), new OjAlgoSolver(OjAlgoSolver.Algorithm.PRIMAL)), Tolerances.DEFAULT);

    /** Myerson revenue (n-1)/(n+1) + 2^-n/(n+1); O(h^2) error on the left grid (MATH §8). */
    @Test
    void revenueMaxConvergesToMyersonAtSecondOrder() {
        for (int n : new int[] {2, 3, 5}) {
            double myerson = (n - 1.0) / (n + 1) + Math.pow(2, -n) / (n + 1);
            double e1 = myerson - tracer.solve(TestInstances.uniformLeft(50, n), Weights.REVENUE).revenue();
            double e2 = myerson - tracer.solve(TestInstances.uniformLeft(100, n), Weights.REVENUE).revenue();
            // The left grid underestimates (a certified lower bound) and the error falls about 4x per halving.
            assertThat(e1).isPositive();
            assertThat(e2).isPositive();
            assertThat(e1 / e2).isBetween(3.0, 5.0);
            assertThat(e2).isLessThan(2.0 / (100.0 * 100.0));
        }
    }

    /**
     * n = 2, K = 100: R_max -> 5/12, S_max -> 1/2, KS -> (5/17, 6/17) with welfare ratio 33/34,
     * cross-side Nash = Nash -> (1/3, 1/3). The slope -1 edge at the efficient kink has length
     * O(h) (MATH §4), so points near it are within a few h; 3h = 0.03 bounds the deviation.
     */
    @Test
    void twoBuyerFrontierMatchesClosedForms() {
        Instance in = TestInstances.uniformLeft(100, 2);
        Frontier f = tracer.trace(in);
        FrontierAnalysis a = FrontierAnalysis.of(f);
        double h = 0.01;
        assertThat(f.revenueMax()).isCloseTo(5.0 / 12, within(h * h));
        assertThat(f.surplusMax()).isCloseTo(0.5, within(h));
        assertThat(a.kalaiSmorodinsky().revenue()).isCloseTo(5.0 / 17, within(3 * h));
        assertThat(a.kalaiSmorodinsky().surplus()).isCloseTo(6.0 / 17, within(3 * h));
        assertThat(a.kalaiSmorodinsky().welfareRatio()).isCloseTo(33.0 / 34, within(3 * h));
        assertThat(a.crossSideNash().revenue()).isCloseTo(1.0 / 3, within(3 * h));
        assertThat(a.crossSideNash().surplus()).isCloseTo(1.0 / 3, within(3 * h));
        assertThat(a.nash().revenue()).isCloseTo(1.0 / 3, within(3 * h));
        // W* = n/(n+1) = 2/3 for the continuous distribution; the left grid loses O(h).
        assertThat(f.welfareMax()).isCloseTo(2.0 / 3, within(h));
        // The buyer side of the frontier is the segment R + 2S = 1 from (1/3, 1/3) to (0, 1/2).
        for (FrontierPoint p : f.vertices()) {
            if (p.revenue() < 1.0 / 3 - 3 * h) {
                assertThat(p.revenue() + 2 * p.surplus()).isCloseTo(1.0, within(3 * h));
            }
        }
    }

    /**
     * Second price with reserve r, n = 2: R(r) = 1/3 + r^2 - 4r^3/3, S(r) = 1/3 - r^2 + 2r^3/3
     * (MATH §9); the discrete auction on the left grid is within O(h).
     */
    @Test
    void secondPriceCurveMatchesClosedForm() {
        Instance in = TestInstances.uniformLeft(200, 2);
        var table = org.paretomech.auction.SecondPriceTable.of(in);
        double h = 1.0 / 200;
        for (var o : table.outcomes()) {
            double r = o.reserve();
            assertThat(o.revenue()).isCloseTo(1.0 / 3 + r * r - 4 * r * r * r / 3, within(2 * h));
            assertThat(o.surplus()).isCloseTo(1.0 / 3 - r * r + 2 * r * r * r / 3, within(2 * h));
        }
        assertThat(table.monopolyReserve().reserve()).isCloseTo(0.5, within(2 * h));
    }
}
