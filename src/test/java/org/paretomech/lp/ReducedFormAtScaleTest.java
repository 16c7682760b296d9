package org.paretomech.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.Discretisation;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.numeric.Tolerances;
import org.paretomech.oracle.IroningOracle;

/**
 * The reduced-form LP at K = 10^5 (issue 6's LP size), where no backend here finishes a solve
 * (GLOP did not finish the first lexicographic end in 20 minutes): the program the LP engine
 * would hand a solver is built, and the oracle's optimum, written in the program's variables, is
 * feasible for every row and bound and has the same objective. So the LP's Border bounds, tails
 * and IC rows at this size describe the oracle's mechanism exactly; the oracle's optimality is
 * checked elsewhere against the LP at K <= 1000 and against exact references up to 10^6.
 */
class ReducedFormAtScaleTest {

    /**
     * Rows are checked in the program's normalised units, where coefficients are of order one; a
     * tail sums 10^5 terms, whose rounding is about 1e-11, so 1e-9 separates rounding from a wrong
     * row (a Border bound off by one index moves it by a mass times n, 1e-3 here).
     */
    private static final double ROW_SLACK = 1e-9;
    /** Relative objective agreement: both sides sum 10^5 products, rounding near 1e-11. */
    private static final double OBJECTIVE_SLACK = 1e-9;

    @Test
    void theOracleOptimumIsFeasibleWithTheSameObjectiveInTheLpAtTenToTheFive() {
        var d = Discretisation.discretise(ContinuousFamily.of("lomax", Map.of("shape", 3.0)), 100_000,
                Discretisation.Scheme.LEFT).distribution();
        for (TransferMode mode : TransferMode.values()) {
            Instance in = new Instance("lomax-1e5", 100, 1, mode, d, "test");
            for (Weights w : new Weights[] {Weights.REVENUE, new Weights(1, 0.6), new Weights(0.3, 1)}) {
                InterimMechanism m = IroningOracle.maximise(in, w, false).mechanism();
                Certificate cert = Certificate.check(in, m, Tolerances.DEFAULT);
                assertThat(cert.passed()).isTrue();

                ReducedFormProgram rf = new ReducedFormProgram(in);
                LinearProgram lp = rf.build(w);
                int kk = in.supportSize();
                double[] z = new double[3 * kk];
                double tail = 0;
                for (int j = kk - 1; j >= 0; j--) {
                    z[j] = m.allocation(j);
                    z[kk + j] = m.utility(j) / rf.scale();
                    tail += in.buyers() * d.mass(j) * m.allocation(j);
                    z[2 * kk + j] = tail;
                }
                double worst = 0;
                for (int i = 0; i < lp.variableCount(); i++) {
                    worst = Math.max(worst, Math.max(lp.lower(i) - z[i], z[i] - lp.upper(i)));
                }
                for (LinearProgram.Row r : lp.rows()) {
                    double a = r.activity(z);
                    worst = Math.max(worst, Math.max(r.lower() - a, a - r.upper()));
                }
                assertThat(worst).as("%s, %s: largest row or bound violation", mode, w).isLessThanOrEqualTo(ROW_SLACK);
                double lpValue = lp.objectiveValue(z) * rf.scale();
                double normalised = w.normalised().value(cert.revenue(), cert.surplus());
                assertThat(Math.abs(lpValue - normalised)).as("%s, %s: objective", mode, w)
                        .isLessThanOrEqualTo(OBJECTIVE_SLACK * Math.max(1, Math.abs(normalised)));
            }
        }
    }
}
