package org.paretomech.distribution.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.distribution.DistributionClassSummary;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;

/**
 * The discrete class tests of MATH §7 on distributions whose {@code g⁻_j} is known in closed form;
 * each expected number is derived in the test's comment.
 */
class DiscreteClassifierTest {

    private static DiscreteDistribution bundled(String name) throws IOException {
        return InstanceJson.read(Path.of("instances", name + ".json"), InstanceOverrides.NONE).distribution();
    }

    /**
     * U[0,1] on the left grid v_j = j/K, mass 1/K (zero-based j): 1 - F_j = (K - 1 - j)/K, so
     * g⁻_j = (1/K)(K - 1 - j), strictly decreasing (MHR), and φ_j = (2j - K + 1)/K strictly
     * increasing (regular). Anti-MHR fails by the whole fall of g⁻ over j < K, from
     * g⁻_0 = (K-1)/K to g⁻_{K-2} = 1/K: (K - 2)/K = 0.98 for K = 100 (the adjacent steps are only
     * 0.01: the measure takes the largest fall over any pair), relative to the range 0.99.
     */
    @Test
    void uniformIsRegularAndMhr() {
        DiscreteDistribution d = TestInstances.uniformLeft(100, 2).distribution();
        DiscreteClassification c = DiscreteClassifier.classify(d);
        assertThat(c.regular().holds()).isTrue();
        assertThat(c.mhr().holds()).isTrue();
        assertThat(c.antiMhr().holds()).isFalse();
        ShapeViolation w = c.antiMhr().worst().orElseThrow();
        assertThat(w.from()).isEqualTo(0);
        assertThat(w.to()).isEqualTo(98);
        assertThat(w.size()).isCloseTo(0.98, within(1e-12));
        assertThat(w.relativeSize()).isCloseTo(0.98 / 0.99, within(1e-12));
        assertThat(DiscreteClassifier.informationRents(d)).hasSize(99);
        assertThat(DiscreteClassifier.informationRents(d)[10]).isCloseTo(0.89, within(1e-14));
        DistributionClassSummary s = c.summary();
        assertThat(s.label()).isEqualTo("regular, MHR");
    }

    /**
     * Exponential(1) on equal-width bins of width h with left points and the last bin
     * [v_K, ∞) kept whole (the left scheme rounds every value down, so the tail sits at its lower
     * edge): masses f_j = e^{-jh}(1 - e^{-h}) and 1 - F_j = e^{-(j+1)h} for j < K, hence
     * g⁻_j = h e^{-h} / (1 - e^{-h}) = h / (e^h - 1) for every j < K, the geometric law's constant
     * discrete hazard. Both MHR and anti-MHR hold up to rounding wiggles (masses from CDF
     * differences), far inside the default tolerance 1e-9; the continuous class says the same.
     */
    @Test
    void exponentialIsBothMhrAndAntiMhrUpToWiggles() {
        ContinuousFamily exp = ContinuousFamily.of("exponential", Map.of("rate", 1.0));
        int kk = 200;
        double h = 0.05;
        double[] v = new double[kk];
        double[] f = new double[kk];
        for (int j = 0; j < kk; j++) {
            v[j] = j * h;
            f[j] = j + 1 < kk ? exp.survival(j * h) - exp.survival((j + 1) * h) : exp.survival(j * h);
        }
        DiscreteDistribution d = DiscreteDistribution.of(v, f);
        double constant = h / Math.expm1(h);
        for (double g : DiscreteClassifier.informationRents(d)) {
            assertThat(g).isCloseTo(constant, within(1e-12));
        }
        DiscreteClassification c = DiscreteClassifier.classify(d);
        assertThat(c.regular().holds()).isTrue();
        assertThat(c.mhr().relativeViolation()).isLessThan(1e-13);
        assertThat(c.antiMhr().relativeViolation()).isLessThan(1e-13);
        assertThat(c.mhr().holdsApproximately()).isTrue();
        assertThat(c.antiMhr().holdsApproximately()).isTrue();
        DistributionClassSummary s = c.summary();
        DistributionClassSummary continuous = exp.continuousClass();
        assertThat(s.regular()).isEqualTo(continuous.regular()).isTrue();
        assertThat(s.mhr()).isEqualTo(continuous.mhr()).isTrue();
        assertThat(s.antiMhr()).isEqualTo(continuous.antiMhr()).isTrue();
    }

    /**
     * The bundled exponential-n4 uses 400 equal-probability bins with left points: v_j = -ln(1 - j/K),
     * mass 1/K, so with m = K - 1 - j, g⁻_j = m ln(1 + 1/m): increasing in m, so g⁻ decreases in j
     * (MHR holds exactly) from 399 ln(400/399) ≈ 0.99875 at v = 0 to ln 2 at the last tested point
     * v_{K-2} = ln 200. That fall of 0.306 (0.051 of the range ln 400) is a genuine discretisation
     * effect of the coarse top bins, not a wiggle: anti-MHR fails even with a generous tolerance.
     */
    @Test
    void equalProbabilityExponentialMissesAntiMhrAtTheTop() throws IOException {
        DiscreteDistribution d = bundled("exponential-n4");
        DiscreteClassification c = DiscreteClassifier.classify(d);
        assertThat(c.mhr().holds()).isTrue();
        assertThat(c.regular().holds()).isTrue();
        ShapeViolation w = c.antiMhr().worst().orElseThrow();
        double expected = 399 * Math.log(400.0 / 399) - Math.log(2);
        assertThat(w.from()).isEqualTo(0);
        assertThat(w.to()).isEqualTo(398);
        assertThat(w.toValue()).isCloseTo(Math.log(200), within(1e-9));
        assertThat(w.size()).isCloseTo(expected, within(1e-9));
        assertThat(w.relativeSize()).isCloseTo(expected / Math.log(400), within(1e-9));
        assertThat(c.antiMhr().holdsWithin(1e-3)).isFalse();
    }

    /**
     * Hand-made: values 1, 2, 3, 4 with masses .1, .4, .1, .4. Then 1 - F_j = .9, .5, .4 and
     * g⁻ = (1·.9/.1, 1·.5/.4, 1·.4/.1) = (9, 1.25, 4), φ = (1 - 9, 2 - 1.25, 3 - 4) = (-8, .75, -1).
     * Regular fails from v = 2 to v = 3 by .75 + 1 = 1.75; MHR fails (g⁻ rises) from v = 2 to v = 3
     * by 4 - 1.25 = 2.75; anti-MHR fails (g⁻ falls) from v = 1 to v = 2 by 9 - 1.25 = 7.75. The range
     * is 3.
     */
    @Test
    void handMadeIrregularDistribution() {
        DiscreteDistribution d = DiscreteDistribution.of(new double[] {1, 2, 3, 4}, new double[] {0.1, 0.4, 0.1, 0.4});
        ShapeViolation reg = DiscreteClassifier.regular(d).worst().orElseThrow();
        assertThat(reg.from()).isEqualTo(1);
        assertThat(reg.to()).isEqualTo(2);
        assertThat(reg.fromValue()).isEqualTo(2.0);
        assertThat(reg.toValue()).isEqualTo(3.0);
        assertThat(reg.fromQuantity()).isCloseTo(0.75, within(1e-14));
        assertThat(reg.toQuantity()).isCloseTo(-1.0, within(1e-14));
        assertThat(reg.size()).isCloseTo(1.75, within(1e-14));
        assertThat(reg.relativeSize()).isCloseTo(1.75 / 3, within(1e-14));
        ShapeViolation mhr = DiscreteClassifier.mhr(d).worst().orElseThrow();
        assertThat(mhr.from()).isEqualTo(1);
        assertThat(mhr.to()).isEqualTo(2);
        assertThat(mhr.size()).isCloseTo(2.75, within(1e-14));
        ShapeViolation anti = DiscreteClassifier.antiMhr(d).worst().orElseThrow();
        assertThat(anti.from()).isEqualTo(0);
        assertThat(anti.to()).isEqualTo(1);
        assertThat(anti.size()).isCloseTo(7.75, within(1e-13));
        DistributionClassSummary s = DiscreteClassifier.classify(d).summary();
        assertThat(s.label()).isEqualTo("not regular, neither MHR nor anti-MHR");
        assertThat(s.note()).contains("regular fails: φ falls from 0.75 at v = 2 to -1 at v = 3 (a step the wrong way of 0.583 of the value range v_K - v_1)");
    }

    /**
     * 3/4·U[0,3] + 1/4·U[3,8] on the left grid of width 0.01 (bundled): f = 0.0025 below 3 and
     * 0.0005 from 3 on. At v = 2.99, 1 - F = 1/4 and φ = 2.99 - 0.01·0.25/0.0025 = 1.99; at v = 3,
     * 1 - F = 0.2495 and φ = 3 - 0.01·0.2495/0.0005 = -1.99. φ = 2v - 3.99 increases before and
     * 2v - 7.99 after, so the worst fall is 3.98 exactly there, the density drop of the mixture.
     */
    @Test
    void irregularMixtureFailsRegularityAtThree() throws IOException {
        DiscreteDistribution d = bundled("mixture-irregular-n3");
        ShapeViolation w = DiscreteClassifier.regular(d).worst().orElseThrow();
        assertThat(w.from()).isEqualTo(299);
        assertThat(w.to()).isEqualTo(300);
        assertThat(w.fromValue()).isCloseTo(2.99, within(1e-12));
        assertThat(w.toValue()).isCloseTo(3.0, within(1e-12));
        assertThat(w.size()).isCloseTo(3.98, within(1e-9));
        assertThat(w.relativeSize()).isCloseTo(3.98 / 7.99, within(1e-9));
    }

    /**
     * Lomax(3, 1): regular (φ = (2v - 1)/3) and anti-MHR (hazard 3/(1 + v)), not MHR
     * ({@link ContinuousFamily#continuousClass()}); the bundled 400-point equal-probability grid
     * keeps exactly the same classes.
     */
    @Test
    void lomaxGridKeepsItsContinuousClass() throws IOException {
        DiscreteDistribution d = bundled("lomax-n5");
        DiscreteClassification c = DiscreteClassifier.classify(d);
        assertThat(c.regular().holds()).isTrue();
        assertThat(c.antiMhr().holds()).isTrue();
        assertThat(c.mhr().holds()).isFalse();
        DistributionClassSummary continuous = ContinuousFamily.of("lomax", Map.of("shape", 3.0, "scale", 1.0)).continuousClass();
        DistributionClassSummary discrete = c.summary();
        assertThat(discrete.regular()).isEqualTo(continuous.regular());
        assertThat(discrete.mhr()).isEqualTo(continuous.mhr());
        assertThat(discrete.antiMhr()).isEqualTo(continuous.antiMhr());
    }

    /**
     * Masses 1/2, 1/4, 1/8, 1/8 on 0, 1, 2, 3: g⁻ = (1·.5/.5, 1·.25/.25, 1·.125/.125) = (1, 1, 1)
     * exactly in binary, so both hazard conditions hold exactly. Moving v_3 up by 1e-12 makes g⁻
     * rise by 1e-12 and then fall by 2e-12: a strict test fails, a tolerance of 1e-9 of the range
     * accepts it, 1e-14 does not.
     */
    @Test
    void tolerantNotionAcceptsOnlyWiggles() {
        double[] f = {0.5, 0.25, 0.125, 0.125};
        DiscreteDistribution exact = DiscreteDistribution.of(new double[] {0, 1, 2, 3}, f);
        assertThat(DiscreteClassifier.mhr(exact).holds()).isTrue();
        assertThat(DiscreteClassifier.antiMhr(exact).holds()).isTrue();
        DiscreteDistribution wiggled = DiscreteDistribution.of(new double[] {0, 1, 2 + 1e-12, 3}, f);
        ShapeCheck mhr = DiscreteClassifier.mhr(wiggled);
        ShapeCheck anti = DiscreteClassifier.antiMhr(wiggled);
        assertThat(mhr.holds()).isFalse();
        assertThat(anti.holds()).isFalse();
        assertThat(mhr.worstViolation()).isCloseTo(1e-12, within(1e-15));
        assertThat(anti.worstViolation()).isCloseTo(2e-12, within(1e-15));
        assertThat(mhr.holdsApproximately()).isTrue();
        assertThat(anti.holdsWithin(1e-9)).isTrue();
        assertThat(anti.holdsWithin(1e-14)).isFalse();
        assertThat(anti.describe(1e-9)).startsWith("anti-MHR holds up to 6.67e-13 of the value range v_K - v_1");
    }

    /** With K <= 2 there is at most one g⁻_j with j < K: nothing to compare, every class holds. */
    @Test
    void tinySupportsHoldVacuously() {
        for (DiscreteDistribution d : new DiscreteDistribution[] {DiscreteDistribution.pointMass(3),
                DiscreteDistribution.of(new double[] {0, 1}, new double[] {0.9, 0.1})}) {
            DiscreteClassification c = DiscreteClassifier.classify(d);
            assertThat(c.regular().holds()).isTrue();
            assertThat(c.mhr().holds()).isTrue();
            assertThat(c.antiMhr().holds()).isTrue();
        }
        assertThat(DiscreteClassifier.informationRents(DiscreteDistribution.pointMass(3))).isEmpty();
    }
}
