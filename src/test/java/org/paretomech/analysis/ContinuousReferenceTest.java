package org.paretomech.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.Discretisation;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;

class ContinuousReferenceTest {

    /** 4000 panels of 5-point Gauss–Legendre on smooth integrands: error near machine precision. */
    private static final double QUADRATURE = 1e-12;

    /** MATH §9: U[0,1], n = 2: W* = 2/3, r* = 1/2, Myerson 5/12, second price (1/3, 1/3), lottery 1/2. */
    @Test
    void uniformTwoBuyers() {
        ContinuousReference r = ContinuousReference.of(ContinuousFamily.of("uniform"), 2, 1);
        assertThat(r.welfareMax()).isCloseTo(2.0 / 3, within(QUADRATURE));
        assertThat(r.monopolyReserve()).isCloseTo(0.5, within(1e-12));
        assertThat(r.revenueAtMonopolyReserve()).isCloseTo(5.0 / 12, within(QUADRATURE));
        assertThat(r.secondPriceRevenue()).isCloseTo(1.0 / 3, within(QUADRATURE));
        assertThat(r.secondPriceSurplus()).isCloseTo(1.0 / 3, within(QUADRATURE));
        assertThat(r.lotterySurplus()).isEqualTo(0.5);
    }

    /** MATH §9: Myerson revenue (n-1)/(n+1) + 2^-n/(n+1) for U[0,1]. */
    @Test
    void uniformMyersonRevenue() {
        for (int n = 1; n <= 8; n++) {
            assertThat(ContinuousReference.of(ContinuousFamily.of("uniform"), n, 1).revenueAtMonopolyReserve())
                    .isCloseTo((n - 1.0) / (n + 1) + Math.pow(2, -n) / (n + 1), within(QUADRATURE));
        }
    }

    /** Exponential(1): E[max of n] = H_n (harmonic number); r* = 1; second-price revenue E[2nd highest] = H_n - 1. */
    @Test
    void exponential() {
        ContinuousReference r = ContinuousReference.of(ContinuousFamily.of("exponential"), 4, 1);
        double h4 = 1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4;
        assertThat(r.welfareMax()).isCloseTo(h4, within(1e-10));
        assertThat(r.monopolyReserve()).isCloseTo(1.0, within(1e-10));
        assertThat(r.secondPriceRevenue()).isCloseTo(h4 - 1, within(1e-10));
    }

    /** k units: W* = E[sum of the 2 highest of 3 U[0,1]] = 3/4 + 2/4 = 5/4. */
    @Test
    void twoUnitsUniform() {
        assertThat(ContinuousReference.of(ContinuousFamily.of("uniform"), 3, 2).welfareMax()).isCloseTo(1.25, within(QUADRATURE));
    }

    /** The discrete left-grid R_max converges to Myerson at second order, and Richardson lands near it. */
    @Test
    void convergenceStudyOnUniform() {
        ContinuousFamily u = ContinuousFamily.of("uniform");
        List<FrontierAnalysis> levels = new java.util.ArrayList<>();
        for (int k : new int[] {50, 100, 200}) {
            var d = Discretisation.discretise(u, k, Discretisation.Scheme.LEFT).distribution();
            Instance in = new Instance("u" + k, 3, 1, TransferMode.NO_SUBSIDY, d, "");
            levels.add(FrontierAnalysis.of(new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in)));
        }
        ConvergenceStudy s = ConvergenceStudy.of(levels, Optional.of(ContinuousReference.of(u, 3, 1)));
        ConvergenceStudy.Row rMax = s.rows().get(0);
        assertThat(rMax.quantity()).isEqualTo("R_max");
        assertThat(rMax.order().getAsDouble()).isBetween(1.7, 2.3);
        double myerson = 2.0 / 4 + 1.0 / 32;
        assertThat(rMax.continuous().getAsDouble()).isCloseTo(myerson, within(QUADRATURE));
        // Extrapolation removes the leading O(h^2) term: much closer than the finest grid.
        double finest = Math.abs(rMax.values().get(2) - myerson);
        assertThat(Math.abs(rMax.extrapolated().getAsDouble() - myerson)).isLessThan(finest / 10);
        assertThat(s.render()).contains("R_max").contains("K = 200");
    }
}
