package org.paretomech.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.LinearProgram;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.LpResult;
import org.paretomech.solver.LpSolver;
import org.paretomech.solver.LpStatus;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/** Fallback on failing backends, unresolved segments, and conditioning under rescaling. */
class RobustnessTest {

    /** A test double that claims OPTIMAL but returns a mechanism selling everything to everyone. */
    static final class LyingSolver implements LpSolver {
        @Override
        public String name() {
            return "liar";
        }

        @Override
        public LpResult solve(LinearProgram program) {
            double[] z = new double[program.variableCount()];
            java.util.Arrays.fill(z, 1.0);
            return new LpResult(LpStatus.OPTIMAL, z, 42, 1, 0, name(), "trust me");
        }
    }

    /** A test double that throws, breaking the interface contract. */
    static final class ThrowingSolver implements LpSolver {
        @Override
        public String name() {
            return "thrower";
        }

        @Override
        public LpResult solve(LinearProgram program) {
            throw new IllegalStateException("native crash");
        }
    }

    private final Instance instance = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY, new double[] {0, 1, 2.5, 4},
            new double[] {0.3, 0.3, 0.2, 0.2});

    @Test
    void aLyingBackendIsCaughtByTheCertificateAndTheFallbackIsReported() {
        LpEngine engine = new LpEngine(List.of(new LyingSolver(), new ThrowingSolver(), new OjAlgoSolver()),
                Tolerances.DEFAULT);
        FrontierPoint p = engine.maximise(instance, new Weights(1, 0.3));
        assertThat(p.backend()).isEqualTo("ojalgo");
        assertThat(p.fallbacks()).hasSize(2);
        assertThat(p.fallbacks().get(0)).startsWith("liar's solution failed the certificate");
        assertThat(p.fallbacks().get(1)).contains("thrower").contains("native crash");
        FrontierPoint exact = new IroningEngine(Tolerances.DEFAULT).maximise(instance, new Weights(1, 0.3));
        assertThat(p.revenue() + 0.3 * p.surplus()).isCloseTo(exact.revenue() + 0.3 * exact.surplus(), within(1e-9));
    }

    @Test
    void noNumberWhenEveryBackendFails() {
        LpEngine engine = new LpEngine(List.of(new LyingSolver(), new ThrowingSolver()), Tolerances.DEFAULT);
        assertThatThrownBy(() -> engine.maximise(instance, Weights.WELFARE))
                .isInstanceOf(SolverFailureException.class)
                .hasMessageContaining("liar").hasMessageContaining("thrower");
    }

    /** An engine whose weighted solves all fail: the ends stand, the edge between is reported unresolved. */
    @Test
    void aFailedSegmentIsReportedNotDropped() {
        IroningEngine inner = new IroningEngine(Tolerances.DEFAULT);
        FrontierEngine flaky = new FrontierEngine() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public FrontierPoint maximise(Instance in, Weights w) {
                throw new SolverFailureException("flaky engine refused " + w);
            }

            @Override
            public FrontierPoint lexicographic(Instance in, Weights first, Weights second) {
                return inner.lexicographic(in, first, second);
            }

            @Override
            public int solves() {
                return inner.solves();
            }
        };
        Frontier f = new FrontierTracer(flaky, Tolerances.DEFAULT).trace(instance);
        assertThat(f.vertices()).hasSize(2);
        assertThat(f.complete()).isFalse();
        assertThat(f.unresolved()).hasSize(1);
        assertThat(f.unresolved().get(0).reason()).contains("flaky engine refused");
        assertThat(f.unresolved().get(0).fromRevenue()).isEqualTo(f.revenueMax());
    }

    /** Multiplying every value by 1e6 multiplies R, S and every vertex by 1e6 (to 1e-9 relative). */
    @Test
    void frontierScalesWithTheValues() {
        Instance big = new Instance("big", instance.buyers(), instance.units(), instance.transfers(),
                instance.distribution().scaled(1e6), "");
        for (FrontierEngine engine : List.<FrontierEngine>of(new IroningEngine(Tolerances.DEFAULT),
                new LpEngine(List.of(new OjAlgoSolver()), Tolerances.DEFAULT))) {
            Frontier small = new FrontierTracer(engine, Tolerances.DEFAULT).trace(instance);
            Frontier large = new FrontierTracer(engine, Tolerances.DEFAULT).trace(big);
            assertThat(large.vertices()).hasSameSizeAs(small.vertices());
            double w = small.welfareMax();
            for (int i = 0; i < small.vertices().size(); i++) {
                assertThat(large.vertices().get(i).revenue() / 1e6)
                        .isCloseTo(small.vertices().get(i).revenue(), within(1e-9 * w));
                assertThat(large.vertices().get(i).surplus() / 1e6)
                        .isCloseTo(small.vertices().get(i).surplus(), within(1e-9 * w));
            }
        }
    }

    /** A tiny mass (1e-9) next to values of 4e8 (procurement-sized) still passes the certificate. */
    @Test
    void tinyMassesNextToLargeValuesPassTheCertificate() {
        double[] v = {1e6, 2.5e7, 3e8, 4e8};
        double[] p = {0.4, 0.3, 0.3 - 1e-9, 1e-9};
        Instance in = new Instance("procurement-like", 6, 1, TransferMode.NO_SUBSIDY, DiscreteDistribution.of(v, p), "");
        Frontier lp = new FrontierTracer(new LpEngine(List.of(new OjAlgoSolver(),
                new OjAlgoSolver(OjAlgoSolver.Algorithm.PRIMAL)), Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        Frontier oracle = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        assertThat(FrontierComparison.largestDiscrepancy(lp, oracle)).isLessThan(FrontierComparison.AGREEMENT);
    }
}
