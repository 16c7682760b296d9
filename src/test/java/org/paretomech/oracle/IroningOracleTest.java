package org.paretomech.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.TestInstances;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.distribution.Discretisation;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.numeric.Tolerances;

/** The oracle's fast paths against the direct formulas they replace. */
class IroningOracleTest {

    /**
     * Relative agreement between the pooled win probability (mass-weighted mean of single-point win
     * probabilities) and the closed form of MATH §3. Both are accurate to a few ulps of their inputs;
     * the closed form goes through exp/log of sums of up to K masses, so allow 1e-12.
     */
    private static final double POOLED_WIN_RELATIVE = 1e-12;

    private static Instance weibull(int points, int buyers, int units) {
        DiscreteDistribution d = Discretisation.discretise(ContinuousFamily.of("weibull", Map.of("shape", 2.0)), points,
                Discretisation.Scheme.LEFT).distribution();
        return new Instance("weibull", buyers, units, TransferMode.NO_SUBSIDY, d, "test");
    }

    @ParameterizedTest(name = "n = {0}, k = {1}")
    @CsvSource({"5, 1", "100, 1", "7, 3", "40, 2"})
    void pooledClassesWinWithTheClosedFormProbability(int buyers, int units) {
        Instance in = weibull(300, buyers, units);
        DiscreteDistribution d = in.distribution();
        IroningOracle oracle = IroningOracle.prepare(in);
        int pooledSeen = 0;
        for (double ls : new double[] {0.3, 0.9, 1.2, 3.0, 20.0}) {
            for (IronedClass c : oracle.maximise(new Weights(1, ls), false).classes()) {
                if (!c.allocated() || !c.pooled()) {
                    continue;
                }
                double mass = 0;
                for (int j = c.first(); j <= c.last(); j++) {
                    mass += d.mass(j);
                }
                double closedForm = BorderBounds.classWinProbability(buyers, units, d.cdfBelow(c.first()), mass,
                        d.strictUpperTail(c.last()));
                assertThat(c.winProbability()).isCloseTo(closedForm, within(POOLED_WIN_RELATIVE * closedForm));
                pooledSeen++;
            }
        }
        assertThat(pooledSeen).as("the MHR buyer side pools bids").isPositive();
    }

    @Test
    void theMechanismAloneIsTheMechanismOfTheFullSolution() {
        for (Instance in : List.of(weibull(500, 8, 1), weibull(300, 9, 4), TestInstances.twoPoint(),
                TestInstances.of(3, 1, TransferMode.ZERO_LOWEST_UTILITY, new double[] {0, 1, 2.5, 3},
                        new double[] {0.1, 0.4, 0.3, 0.2}))) {
            IroningOracle oracle = IroningOracle.prepare(in);
            for (double ls : new double[] {0, 0.2, 1, 1.7, 50}) {
                for (boolean serveZero : new boolean[] {false, true}) {
                    Weights w = new Weights(1, ls);
                    assertThat(oracle.mechanism(w, serveZero)).isEqualTo(oracle.maximise(w, serveZero).mechanism());
                }
            }
        }
    }

    @Test
    void frontierPointsRebuildTheMechanismTheirCertificateChecked() {
        Instance in = weibull(200, 6, 1);
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        assertThat(f.vertices()).hasSizeGreaterThan(5);
        for (FrontierPoint p : f.vertices()) {
            assertThat(p.keepsMechanism()).isFalse();
            InterimMechanism m = p.mechanism();
            assertThat(m).isEqualTo(p.mechanism());
            Certificate again = Certificate.check(in, m, Tolerances.DEFAULT);
            assertThat(again.passed()).isTrue();
            assertThat(again.revenue()).isEqualTo(p.revenue());
            assertThat(again.surplus()).isEqualTo(p.surplus());
            // Independent of the certificate's own sums: the mechanism's R and S (the certificate
            // reports a rounding negative as the exact bound 0; the free lottery's R is one).
            assertSameOrRoundedToZero(m.revenue(in.distribution(), in.buyers()), p.revenue(), f.welfareMax());
            assertSameOrRoundedToZero(m.surplus(in.distribution(), in.buyers()), p.surplus(), f.welfareMax());
        }
    }

    /** Rounding of a sum of K = 200 terms of order W*: far below 1e-12 W*. */
    private static final double ROUNDING = 1e-12;

    private static void assertSameOrRoundedToZero(double recomputed, double reported, double welfareMax) {
        if (reported == 0) {
            assertThat(recomputed).isBetween(-ROUNDING * welfareMax, 0.0);
        } else {
            assertThat(recomputed).isEqualTo(reported);
        }
    }

    @Test
    void aPreparedOracleGivesTheSameAnswersFromManyThreads() throws Exception {
        IroningOracle oracle = IroningOracle.prepare(TestInstances.uniformLeft(2000, 9));
        double[] weights = new double[64];
        List<InterimMechanism> sequential = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.05 + 0.03 * i;
            sequential.add(oracle.maximise(new Weights(1, weights[i]), false).mechanism());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<InterimMechanism>> parallel = new ArrayList<>();
            for (double w : weights) {
                parallel.add(pool.submit(() -> oracle.maximise(new Weights(1, w), false).mechanism()));
            }
            for (int i = 0; i < weights.length; i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
