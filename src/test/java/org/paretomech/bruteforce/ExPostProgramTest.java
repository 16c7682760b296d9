package org.paretomech.bruteforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.BorderBounds;

/**
 * The brute force itself, on instances whose frontier is known by hand, so that an agreement with
 * the reduced form cannot come from both being wrong the same way.
 */
class ExPostProgramTest {

    /** Absolute tolerance on values of order one computed by hand. */
    private static final double HAND = 1e-10;

    private static final double[][] DIRECTIONS = {
        {1, 0}, {0, 1}, {1, 1}, {1, 0.25}, {0.25, 1}, {1, 0.999}, {0.6, 1},
    };

    private static Instance instance(int n, int k, TransferMode mode, double[] values, double[] masses) {
        return new Instance("hand", n, k, mode, DiscreteDistribution.of(values, masses), "hand computation");
    }

    private static ExPostProgram.Solution solveChecked(ExPostProgram program, double lr, double ls) {
        ExPostProgram.Solution s = program.maximise(lr, ls);
        assertThat(s.maxViolation()).isLessThanOrEqualTo(ReducedFormAgreementTest.BRUTE_FORCE_FEASIBILITY);
        assertThat(program.directViolation(s)).isLessThanOrEqualTo(ReducedFormAgreementTest.BRUTE_FORCE_FEASIBILITY);
        return s;
    }

    /**
     * One buyer, point mass at {@code v = 2.5}. Under no-subsidy the seller can charge {@code v}
     * ({@code (R, S) = (2.5, 0)}) or give the unit away ({@code (0, 2.5)}), and {@code R + S <= v};
     * so {@code max λ·(R, S) = 2.5 max(λ_R, λ_S)}. Under zero-lowest-utility the only type is the
     * lowest, so {@code S = 0} and {@code max = 2.5 λ_R}.
     */
    @ParameterizedTest
    @EnumSource(TransferMode.class)
    void pointMassSingleBuyer(TransferMode mode) {
        ExPostProgram program = new ExPostProgram(instance(1, 1, mode, new double[] {2.5}, new double[] {1}));
        for (double[] w : DIRECTIONS) {
            double expected = mode == TransferMode.NO_SUBSIDY ? 2.5 * Math.max(w[0], w[1]) : 2.5 * w[0];
            assertThat(solveChecked(program, w[0], w[1]).value(w[0], w[1])).as("weights (%s, %s)", w[0], w[1])
                    .isCloseTo(expected, within(HAND));
        }
    }

    /** A point mass at zero: nothing to gain for anyone, every optimum is 0. */
    @ParameterizedTest
    @EnumSource(TransferMode.class)
    void pointMassAtZero(TransferMode mode) {
        ExPostProgram program = new ExPostProgram(instance(2, 1, mode, new double[] {0}, new double[] {1}));
        for (double[] w : DIRECTIONS) {
            assertThat(solveChecked(program, w[0], w[1]).value(w[0], w[1])).isCloseTo(0, within(HAND));
        }
    }

    /**
     * One buyer, values {1, 2} with mass 1/2 each. Any mechanism is a menu {@code x_1 <= x_2}.
     * Welfare {@code R + S = x_1/2 + x_2 <= 1.5}. Revenue: {@code R = W - (u_1 + u_2)/2} with
     * {@code u_2 >= u_1 + x_1}, {@code u_1 >= 0}, so {@code R <= x_2 <= 1}, attained by price 1
     * at {@code (R, S) = (1, 0.5)} (the high type keeps 2 - 1).
     * <ul>
     *   <li>no-subsidy: a free unit gives {@code (0, 1.5)}; both points have {@code W = 1.5}, so the
     *       frontier is the segment between them and
     *       {@code max λ·(R, S) = max(λ_R + 0.5 λ_S, 1.5 λ_S)}.</li>
     *   <li>zero-lowest-utility: {@code u_1 = 0} and {@code u_2 <= u_1 + Δ x_2 <= 1}, so
     *       {@code S <= 0.5}; {@code (1, 0.5)} attains both maxima and
     *       {@code max λ·(R, S) = λ_R + 0.5 λ_S}.</li>
     * </ul>
     */
    @ParameterizedTest
    @EnumSource(TransferMode.class)
    void twoTypeSingleBuyer(TransferMode mode) {
        ExPostProgram program = new ExPostProgram(instance(1, 1, mode, new double[] {1, 2}, new double[] {0.5, 0.5}));
        for (double[] w : DIRECTIONS) {
            double expected = mode == TransferMode.NO_SUBSIDY
                    ? Math.max(w[0] + 0.5 * w[1], 1.5 * w[1])
                    : w[0] + 0.5 * w[1];
            assertThat(solveChecked(program, w[0], w[1]).value(w[0], w[1])).as("weights (%s, %s)", w[0], w[1])
                    .isCloseTo(expected, within(HAND));
        }
    }

    /**
     * Two buyers, values uniform on {0, 1}, one unit. The four profiles have probability 1/4 each;
     * the efficient welfare is {@code W* = P(some value is 1) = 3/4}, and {@code R + S = W <= 3/4}.
     * Posted price 1 (ties broken at random) sells whenever some value is 1 and the winner pays
     * his value: {@code (R, S) = (3/4, 0)}. Giving the unit free to a value-1 buyer (at random if
     * both are): {@code (0, 3/4)} (payments 0, so no-subsidy holds; value-0 buyers have utility 0,
     * so zero-lowest-utility holds too, as it must since {@code v_1 = 0}). {@code R, S >= 0} for
     * every feasible mechanism, so the frontier is the segment {@code R + S = 3/4} between these
     * points and {@code max λ·(R, S) = (3/4) max(λ_R, λ_S)}, for both transfer rules.
     *
     * <p>With two units ({@code k = n = 2}) each buyer can be served alone: {@code W* = E[v_1 + v_2] = 1},
     * price 1 gives {@code (1, 0)}, free units give {@code (0, 1)}, so {@code max = max(λ_R, λ_S)}.
     */
    @ParameterizedTest
    @EnumSource(TransferMode.class)
    void twoBuyersUniformZeroOne(TransferMode mode) {
        double[] values = {0, 1};
        double[] masses = {0.5, 0.5};
        ExPostProgram oneUnit = new ExPostProgram(instance(2, 1, mode, values, masses));
        ExPostProgram twoUnits = new ExPostProgram(instance(2, 2, mode, values, masses));
        assertThat(oneUnit.enumeratedEfficientWelfare()).isCloseTo(0.75, within(HAND));
        assertThat(twoUnits.enumeratedEfficientWelfare()).isCloseTo(1.0, within(HAND));
        for (double[] w : DIRECTIONS) {
            assertThat(solveChecked(oneUnit, w[0], w[1]).value(w[0], w[1])).as("k=1, weights (%s, %s)", w[0], w[1])
                    .isCloseTo(0.75 * Math.max(w[0], w[1]), within(HAND));
            assertThat(solveChecked(twoUnits, w[0], w[1]).value(w[0], w[1])).as("k=2, weights (%s, %s)", w[0], w[1])
                    .isCloseTo(Math.max(w[0], w[1]), within(HAND));
        }
    }

    /**
     * MATH §9-style sanity on random instances: the brute-force maximum of {@code R + S} is the
     * efficient welfare {@code W*}, enumerated over profiles and from {@code BorderBounds}.
     */
    @Test
    void welfareMaximumIsEfficientWelfare() {
        long seed = 91;
        for (int n = 1; n <= 3; n++) {
            for (int k = 1; k <= n; k++) {
                for (TransferMode mode : TransferMode.values()) {
                    for (int supportSize = 1; supportSize <= 4; supportSize += n == 3 ? 3 : 1) {
                        Instance inst = RandomInstances.instance(seed++, n, k, supportSize, mode, seed % 2 == 0);
                        ExPostProgram program = new ExPostProgram(inst);
                        double enumerated = program.enumeratedEfficientWelfare();
                        double tol = ReducedFormAgreementTest.AGREEMENT * Math.max(enumerated, 1e-300);
                        assertThat(solveChecked(program, 1, 1).value(1, 1)).as(RandomInstances.describe(inst))
                                .isCloseTo(enumerated, within(tol));
                        assertThat(BorderBounds.efficientWelfare(inst.distribution(), n, k))
                                .as(RandomInstances.describe(inst)).isCloseTo(enumerated, within(tol));
                    }
                }
            }
        }
    }

    /**
     * Under zero-lowest-utility, allowing negative ex-post payments (the brute force's choice) or
     * forbidding them gives the same optimum (the argument is in {@link ExPostProgram}'s comment),
     * and the two independent solvers (Commons Math, ojAlgo) agree on the brute-force program
     * under both transfer rules.
     */
    @Test
    void zeroLowestUtilityPaymentSignIsImmaterialAndSolversAgree() {
        long seed = 500;
        int[][] shapes = {{2, 1, 4}, {2, 2, 4}, {3, 1, 2}, {3, 2, 3}};
        for (int[] shape : shapes) {
            for (TransferMode mode : TransferMode.values()) {
                Instance inst = RandomInstances.instance(seed++, shape[0], shape[1], shape[2], mode, false);
                ExPostProgram program = new ExPostProgram(inst);
                ExPostProgram signed = new ExPostProgram(inst, false);
                double tol = ReducedFormAgreementTest.AGREEMENT * program.enumeratedEfficientWelfare();
                for (double[] w : RandomInstances.weights(seed, 1)) {
                    String what = RandomInstances.describe(inst) + String.format(", weights (%s, %s)", w[0], w[1]);
                    double a = solveChecked(program, w[0], w[1]).value(w[0], w[1]);
                    double c = program.maximise(w[0], w[1], ExPostProgram.Backend.OJALGO).value(w[0], w[1]);
                    assertThat(c).as("ojAlgo vs Commons Math, " + what).isCloseTo(a, within(tol));
                    if (mode == TransferMode.ZERO_LOWEST_UTILITY) {
                        double b = solveChecked(signed, w[0], w[1]).value(w[0], w[1]);
                        assertThat(b).as("payments >= 0 vs free, " + what).isCloseTo(a, within(tol));
                    }
                }
            }
        }
    }
}
