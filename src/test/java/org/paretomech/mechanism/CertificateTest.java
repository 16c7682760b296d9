package org.paretomech.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.auction.SecondPriceAuction;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

class CertificateTest {

    private final Instance instance = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY,
            new double[] {1, 2, 4, 5}, new double[] {0.25, 0.25, 0.3, 0.2});

    private InterimMechanism optimum() {
        return new FrontierTracer(new OjAlgoSolver(), Tolerances.DEFAULT)
                .solve(instance, new Weights(1, 0.5)).mechanism();
    }

    @Test
    void acceptsTheSolverOptimumAndRecomputesRevenue() {
        InterimMechanism m = optimum();
        Certificate c = Certificate.check(instance, m, Tolerances.DEFAULT);
        assertThat(c.passed()).isTrue();
        // R = n Σ f_j (v_j x_j - u_j), recomputed here by hand from the arrays.
        double r = 0;
        for (int j = 0; j < 4; j++) {
            r += instance.distribution().mass(j) * (instance.distribution().value(j) * m.allocation(j) - m.utility(j));
        }
        assertThat(c.revenue()).isCloseTo(3 * r, within(1e-12));
    }

    @Test
    void rejectsABorderViolation() {
        InterimMechanism m = optimum();
        double[] x = m.allocations();
        x[3] = 1.0; // the top type cannot win surely against 2 others with ties broken at random
        Certificate c = Certificate.check(instance, InterimMechanism.of(x, m.utilities()), Tolerances.DEFAULT);
        assertThat(c.passed()).isFalse();
        assertThat(c.violations()).anyMatch(v -> v.startsWith("Border"));
    }

    @Test
    void rejectsAnIncentiveViolation() {
        InterimMechanism m = optimum();
        double[] u = m.utilities();
        u[2] += 0.5; // type 3 becomes much better off than type 4 could get by imitating it
        Certificate c = Certificate.check(instance, InterimMechanism.of(m.allocations(), u), Tolerances.DEFAULT);
        assertThat(c.passed()).isFalse();
        assertThat(c.violations()).anyMatch(v -> v.startsWith("IC"));
    }

    @Test
    void rejectsNonMonotoneAllocationAndSubsidy() {
        double[] x = {0.5, 0.2, 0.2, 0.2};
        double[] u = {0.6, 0.8, 1.2, 1.4};
        Certificate c = Certificate.check(instance, InterimMechanism.of(x, u), Tolerances.DEFAULT);
        assertThat(c.violations()).anyMatch(v -> v.startsWith("monotonicity"));
        assertThat(c.violations()).anyMatch(v -> v.startsWith("no-subsidy"));
    }

    @Test
    void rejectsNaN() {
        double[] x = {0, 0, Double.NaN, 0.3};
        Certificate c = Certificate.check(instance, InterimMechanism.of(x, new double[4]), Tolerances.DEFAULT);
        assertThat(c.passed()).isFalse();
    }

    @Test
    void everySecondPriceAuctionIsFeasibleAndTruthful() {
        for (int units = 1; units <= 3; units++) {
            Instance in = instance.withUnits(units);
            for (int r = 0; r < 4; r++) {
                assertThat(Certificate.check(in, SecondPriceAuction.vickrey(in, r), Tolerances.DEFAULT).violations())
                        .as("units %d reserve %d", units, r).isEmpty();
                assertThat(Certificate.check(in, SecondPriceAuction.withFrontierPayments(in, r), Tolerances.DEFAULT)
                        .violations()).isEmpty();
            }
        }
    }
}
