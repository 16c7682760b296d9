package org.paretomech.bruteforce;

import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/**
 * Smallest instance found by the brute-force comparison on which the reduced form disagrees:
 * the surplus end of the frontier under {@code zero-lowest-utility} when {@code v_1} is large
 * compared with the spacing (first seen on seeds 7000064 and 7000138 of
 * {@link ReducedFormAgreementTest#randomInstancesMany()}).
 *
 * <p>Instance: one buyer, one unit, values {0.995, 1} with mass 1/2 each, zero-lowest-utility.
 * By hand: {@code u_1 = 0} and {@code Δ x_1 <= u_2 <= Δ x_2} with {@code Δ = 0.005}, so
 * {@code S = u_2 / 2 <= 0.0025} and {@code R = 0.4975 x_1 + 0.5 x_2 - u_2 / 2
 * <= 0.4975 x_1 + 0.5 x_2 - 0.0025 x_1 <= 0.995}. Both bounds hold with equality at
 * {@code x = (1, 1)}, {@code u_2 = 0.005}: the whole frontier is the single point
 * {@code (R, S) = (0.995, 0.0025)}, so both lexicographic ends are that point.
 *
 * <p>What the reduced form returned when this test was written: revenue end
 * {@code (0.995, 0.0025)} (right), surplus end {@code (0.99499999851372, 0.00249999999501)},
 * i.e. revenue short by 1.49e-9 W* and surplus by 5e-12 W*, from an ojAlgo stage-2 solution
 * {@code x = (1 - 1.995e-9, 1 - 0.998e-9)} that is neither a vertex nor optimal for the stage-2
 * LP (whose unique optimum is {@code x = (1, 1)}); and {@code trace} returned the two points as
 * vertices, the second dominated by the first. The LP formulas are right (the brute force and
 * the hand computation agree with the reduced form's revenue end and with its weighted optima);
 * the error is the stage-2 solve's, amplified by {@code v_1 / Δ}: the shortfall is about
 * {@code (v_1 / Δ) × Tolerances.lexicographic() × W* / 2}.
 */
class SurplusEndPrecisionRegressionTest {

    @Test
    void singlePointFrontierUnderZeroLowestUtility() {
        Instance instance = new Instance("surplus-end-precision", 1, 1, TransferMode.ZERO_LOWEST_UTILITY,
                DiscreteDistribution.of(new double[] {0.995, 1}, new double[] {0.5, 0.5}), "hand-made regression case");
        double welfareMax = 0.9975;
        double tol = ReducedFormAgreementTest.AGREEMENT * welfareMax;
        double revenue = 0.995;
        double surplus = 0.0025;
        SoftAssertions soft = new SoftAssertions();

        ExPostProgram bruteForce = new ExPostProgram(instance);
        ExPostProgram.Solution maxS = bruteForce.maximise(0, 1);
        ExPostProgram.Solution lexS = bruteForce.maximise(1, 0, 0, 1, maxS.surplus() - 1e-11 * welfareMax,
                ExPostProgram.Backend.COMMONS_MATH);
        soft.assertThat(bruteForce.maximise(1, 0).revenue()).as("brute force R_max").isCloseTo(revenue, within(1e-12));
        soft.assertThat(maxS.surplus()).as("brute force S_max").isCloseTo(surplus, within(1e-12));
        soft.assertThat(lexS.revenue()).as("brute force revenue at the surplus end").isCloseTo(revenue, within(1e-12));

        FrontierTracer tracer = new FrontierTracer(new OjAlgoSolver(), Tolerances.DEFAULT);
        FrontierPoint surplusEnd = tracer.solveLexicographic(instance, Weights.SURPLUS, Weights.REVENUE);
        soft.assertThat(surplusEnd.surplus()).as("reduced-form S_max").isCloseTo(surplus, within(tol));
        soft.assertThat(surplusEnd.revenue()).as("reduced-form revenue at the surplus end")
                .isCloseTo(revenue, within(tol));

        Frontier frontier = tracer.trace(instance);
        List<FrontierPoint> v = frontier.vertices();
        for (int i = 0; i + 1 < v.size(); i++) {
            soft.assertThat(v.get(i + 1).surplus()).as("trace: S of vertex %d >= S of vertex %d", i + 1, i)
                    .isGreaterThanOrEqualTo(v.get(i).surplus());
            soft.assertThat(v.get(i + 1).revenue()).as("trace: R of vertex %d <= R of vertex %d", i + 1, i)
                    .isLessThanOrEqualTo(v.get(i).revenue());
        }
        soft.assertThat(frontier.surplusEnd().revenue()).as("trace: revenue at the surplus end")
                .isCloseTo(revenue, within(tol));
        soft.assertAll();
    }
}
