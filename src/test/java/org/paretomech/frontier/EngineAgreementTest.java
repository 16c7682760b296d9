package org.paretomech.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/**
 * The ironing oracle (MATH §3) and the reduced-form LP (MATH §2) are independent routes to the
 * same optimum: they must agree on every weighted optimum value and on the whole frontier.
 */
class EngineAgreementTest {

    /**
     * Relative to W*: the LP's optimum carries the backend's feasibility error (up to
     * {@link Tolerances#feasibility()} = 1e-8 per constraint, normalised), which moves the
     * objective by at most about that much.
     */
    private static final double AGREEMENT = 1e-8;

    private final LpEngine lp = new LpEngine(List.of(new OjAlgoSolver(), new OjAlgoSolver(OjAlgoSolver.Algorithm.PRIMAL)),
            Tolerances.DEFAULT);
    private final IroningEngine oracle = new IroningEngine(Tolerances.DEFAULT);

    static Instance random(Random rnd, boolean zeroLowest) {
        int kk = 1 + rnd.nextInt(12);
        int n = 1 + rnd.nextInt(6);
        int units = 1 + rnd.nextInt(n);
        double[] v = new double[kk];
        double[] p = new double[kk];
        double acc = rnd.nextInt(3) == 0 ? 0 : 2 * rnd.nextDouble();
        double sum = 0;
        for (int j = 0; j < kk; j++) {
            v[j] = acc;
            acc += rnd.nextInt(4) == 0 ? 3 * rnd.nextDouble() + 0.01 : 0.2 + rnd.nextDouble() * 0.3;
            p[j] = rnd.nextInt(5) == 0 ? 0.01 + 0.05 * rnd.nextDouble() : 0.2 + rnd.nextDouble();
            sum += p[j];
        }
        for (int j = 0; j < kk; j++) {
            p[j] /= sum;
        }
        p[kk - 1] = 1 - java.util.Arrays.stream(p, 0, kk - 1).sum();
        return TestInstances.of(n, units, zeroLowest ? TransferMode.ZERO_LOWEST_UTILITY : TransferMode.NO_SUBSIDY, v, p);
    }

    @Test
    void weightedOptimaAgreeOnRandomInstances() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            Instance in = random(rnd, trial % 2 == 1);
            double scale = FrontierTracer.welfareScale(in);
            for (int i = 0; i < 6; i++) {
                Weights w = i == 0 ? Weights.WELFARE : i == 1 ? Weights.REVENUE : i == 2 ? Weights.SURPLUS
                        : new Weights(rnd.nextDouble(), rnd.nextDouble());
                FrontierPoint a = lp.maximise(in, w);
                FrontierPoint b = oracle.maximise(in, w);
                assertThat(w.value(b.revenue(), b.surplus()) / (w.revenue() + w.surplus()))
                        .as("trial %d weights %s", trial, w)
                        .isCloseTo(w.value(a.revenue(), a.surplus()) / (w.revenue() + w.surplus()),
                                within(AGREEMENT * scale));
            }
        }
    }

    @Test
    void lexicographicEndsAgree() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            Instance in = random(rnd, trial % 3 == 0);
            double scale = FrontierTracer.welfareScale(in);
            for (Weights[] order : new Weights[][] {{Weights.REVENUE, Weights.SURPLUS}, {Weights.SURPLUS, Weights.REVENUE}}) {
                FrontierPoint a = lp.lexicographic(in, order[0], order[1]);
                FrontierPoint b = oracle.lexicographic(in, order[0], order[1]);
                assertThat(b.revenue()).as("trial %d", trial).isCloseTo(a.revenue(), within(AGREEMENT * scale));
                assertThat(b.surplus()).as("trial %d", trial).isCloseTo(a.surplus(), within(AGREEMENT * scale));
            }
        }
    }

    @Test
    void frontiersAgreeVertexByVertex() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 15; trial++) {
            Instance in = random(rnd, trial % 2 == 0);
            double scale = FrontierTracer.welfareScale(in);
            Frontier a = new FrontierTracer(lp, Tolerances.DEFAULT).trace(in);
            Frontier b = new FrontierTracer(oracle, Tolerances.DEFAULT).trace(in);
            assertThat(b.vertices()).as("trial %d", trial).hasSameSizeAs(a.vertices());
            for (int i = 0; i < a.vertices().size(); i++) {
                assertThat(b.vertices().get(i).revenue()).isCloseTo(a.vertices().get(i).revenue(), within(AGREEMENT * scale));
                assertThat(b.vertices().get(i).surplus()).isCloseTo(a.vertices().get(i).surplus(), within(AGREEMENT * scale));
            }
        }
    }
}
