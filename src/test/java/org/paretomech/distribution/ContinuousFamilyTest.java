package org.paretomech.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContinuousFamilyTest {

    /** One family of every kind, with parameters that exercise the interesting cases. */
    static List<ContinuousFamily> everyFamily() {
        return Stream.of("uniform(lo=0.2, hi=1.2)", "exponential(rate=2)", "weibull(shape=1.3, scale=2)",
                "weibull(shape=0.5)", "gamma(shape=0.3)", "gamma(shape=3, scale=2)", "lognormal(mu=0.1, sigma=0.8)",
                "lognormal(sigma=2)", "lomax(shape=3, scale=2)", "lomax(shape=0.8)", "pareto(shape=2.5, scale=1.5)",
                "pareto(shape=0.8)", "beta(alpha=2, beta=5)", "beta(alpha=0.5, beta=0.7)", "equal-revenue(hi=4)")
                .map(ContinuousFamily::parse).toList();
    }

    private static Map<String, Double> params(Object... keyValues) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return m;
    }

    /** Reference: the parameter table of {@link ContinuousFamily} (names, order, defaults). */
    @Test
    void describeFillsDefaultsInTableOrderAndParsesBack() {
        ContinuousFamily w = ContinuousFamily.of("weibull", params("shape", 1.3));
        assertThat(w.describe()).isEqualTo("weibull(shape=1.3, scale=1)");
        assertThat(w.parameters()).containsExactly(Map.entry("shape", 1.3), Map.entry("scale", 1.0));
        assertThat(ContinuousFamily.of(" Weibull ", params("scale", 1, "shape", 1.3))).isEqualTo(w);
        for (ContinuousFamily f : everyFamily()) {
            assertThat(ContinuousFamily.parse(f.describe())).isEqualTo(f);
            assertThat(ContinuousFamily.parse(f.describe()).describe()).isEqualTo(f.describe());
        }
        assertThat(ContinuousFamily.of("uniform").describe()).isEqualTo("uniform(lo=0, hi=1)");
        assertThat(ContinuousFamily.of("lognormal", params("sigma", 1)).describe()).isEqualTo("lognormal(mu=0, sigma=1)");
        assertThat(ContinuousFamily.of("exponential").describe()).isEqualTo("exponential(rate=1)");
        assertThat(ContinuousFamily.familyNames()).containsExactly("uniform", "exponential", "weibull", "gamma",
                "lognormal", "lomax", "pareto", "beta", "equal-revenue");
    }

    /** Reference values: the closed-form CDFs of the class table, evaluated here independently. */
    @Test
    void cdfMatchesClosedForms() {
        double v = 0.7;
        assertThat(ContinuousFamily.parse("uniform(lo=0.2, hi=1.2)").cdf(v)).isCloseTo(0.5, within(1e-15));
        assertThat(ContinuousFamily.parse("exponential(rate=2)").cdf(v)).isCloseTo(1 - Math.exp(-1.4), within(1e-15));
        assertThat(ContinuousFamily.parse("weibull(shape=1.3, scale=2)").cdf(v))
                .isCloseTo(1 - Math.exp(-Math.pow(0.35, 1.3)), within(1e-15));
        // Erlang(2): 1 - e^-v (1 + v); gamma(1/2): P(1/2, v) = erf(sqrt v) = 0.76327642936214263961 (mpmath).
        assertThat(ContinuousFamily.parse("gamma(shape=2)").cdf(v)).isCloseTo(1 - Math.exp(-v) * (1 + v), within(1e-15));
        assertThat(ContinuousFamily.parse("gamma(shape=0.5)").cdf(v)).isCloseTo(0.76327642936214263961, within(1e-15));
        // Φ(1) = 0.84134474606854294859 (mpmath ncdf); the median of the log-normal is e^mu.
        ContinuousFamily ln = ContinuousFamily.parse("lognormal(mu=0.1, sigma=0.8)");
        assertThat(ln.cdf(Math.exp(0.1))).isCloseTo(0.5, within(1e-15));
        assertThat(ln.cdf(Math.exp(0.9))).isCloseTo(0.84134474606854294859, within(1e-15));
        assertThat(ContinuousFamily.parse("lomax(shape=3, scale=2)").cdf(v))
                .isCloseTo(1 - Math.pow(1 + v / 2, -3), within(1e-15));
        assertThat(ContinuousFamily.parse("pareto(shape=2.5, scale=0.5)").cdf(v))
                .isCloseTo(1 - Math.pow(0.5 / v, 2.5), within(1e-15));
        assertThat(ContinuousFamily.parse("pareto(shape=2.5, scale=0.5)").cdf(0.4)).isZero();
        // beta(2, 2): 3v² - 2v³; beta(1, 3): 1 - (1 - v)³.
        assertThat(ContinuousFamily.parse("beta(alpha=2, beta=2)").cdf(v)).isCloseTo(3 * v * v - 2 * v * v * v, within(1e-15));
        assertThat(ContinuousFamily.parse("beta(alpha=1, beta=3)").cdf(v)).isCloseTo(1 - Math.pow(0.3, 3), within(1e-15));
        ContinuousFamily er = ContinuousFamily.parse("equal-revenue(hi=4)");
        assertThat(er.cdf(0.5)).isZero();
        assertThat(er.cdf(2)).isCloseTo(0.5, within(1e-15));
        assertThat(er.cdf(3.999)).isCloseTo(1 - 1 / 3.999, within(1e-15));
        assertThat(er.survival(3.999)).isCloseTo(1 / 3.999, within(1e-15));
        assertThat(er.cdf(4)).isEqualTo(1.0);
        assertThat(er.upperAtomMass()).isEqualTo(0.25);
        assertThat(er.quantile(0.8)).isEqualTo(4.0);
        assertThat(er.quantile(0.5)).isCloseTo(2.0, within(1e-15));
    }

    /** Upper tails are evaluated directly: no cancellation where 1 - F is tiny. */
    @Test
    void survivalKeepsRelativeAccuracyInTheUpperTail() {
        // exp(-2 * 20) and (1 + 1000/2)^-3, closed forms.
        assertThat(ContinuousFamily.parse("exponential(rate=2)").survival(20) / Math.exp(-40) - 1).isCloseTo(0, within(1e-14));
        assertThat(ContinuousFamily.parse("lomax(shape=3, scale=2)").survival(1000) / Math.pow(501, -3) - 1)
                .isCloseTo(0, within(1e-14));
        assertThat(ContinuousFamily.parse("weibull(shape=1.3, scale=2)").cdf(1e-10) / Math.pow(5e-11, 1.3) - 1)
                .isCloseTo(0, within(1e-9));
    }

    static Stream<Arguments> quantileReferences() {
        // Reference quantiles: mpmath at 40 digits (bisection on ln v of the regularized incomplete
        // gamma / beta functions, and erfinv), cross-checked against SciPy 1.17.1 ppf / isf.
        return Stream.of(
                Arguments.of("gamma(shape=0.3)", 1e-7, false, 3.2364402266035605352e-24),
                Arguments.of("gamma(shape=0.3)", 1e-9, true, 17.583462419342187452),
                Arguments.of("gamma(shape=3, scale=2)", 0.5, false, 5.3481206274471206358),
                Arguments.of("gamma(shape=3, scale=2)", 1e-12, true, 68.104748380151382623),
                Arguments.of("beta(alpha=0.5, beta=0.7)", 1e-6, false, 1.5697528676016358497e-12),
                Arguments.of("beta(alpha=0.5, beta=0.7)", 0.3, false, 0.13726226496361181959),
                Arguments.of("beta(alpha=2, beta=5)", 1e-6, true, 0.95557304803018170346),
                Arguments.of("lognormal(mu=0.1, sigma=0.8)", 1e-9, false, 0.0091112477519059587813),
                Arguments.of("lognormal(mu=0.1, sigma=0.8)", 1e-12, true, 307.22705290588972668));
    }

    /** Lower quantiles {@code Q(p)} and upper quantiles {@code Q(1 - s)} (from the tail {@code s}). */
    @ParameterizedTest(name = "{0} {2} {1}")
    @MethodSource("quantileReferences")
    void quantilesMatchHighPrecisionReferences(String spec, double level, boolean upper, double reference) {
        ContinuousFamily f = ContinuousFamily.parse(spec);
        double q = upper ? f.continuousInverseSurvival(level) : f.quantile(level);
        // INVERSE_ACCURACY on ln v, i.e. relative ~1e-15 (1 + 2|ln v|): at most ~1.1e-13 at v ~ 1e-24.
        double tolerance = ContinuousFamily.INVERSE_ACCURACY * (1 + 2 * Math.abs(Math.log(reference))) + 1e-14;
        assertThat(q / reference - 1).as("%s at %s", spec, level).isCloseTo(0, within(tolerance));
    }

    /** Closed-form quantiles: exponential -ln(1-p)/rate, Pareto x_m (1-p)^(-1/α), Lomax, Weibull. */
    @Test
    void closedFormQuantiles() {
        for (double p : new double[] {1e-9, 0.01, 0.3, 0.5, 0.7, 0.99}) {
            assertThat(ContinuousFamily.parse("exponential(rate=2)").quantile(p))
                    .isCloseTo(-Math.log(1 - p) / 2, within(1e-15 * (1 + -Math.log(1 - p))));
            assertThat(ContinuousFamily.parse("pareto(shape=2.5, scale=1.5)").quantile(p))
                    .isCloseTo(1.5 * Math.pow(1 - p, -1 / 2.5), within(1e-14));
            assertThat(ContinuousFamily.parse("lomax(shape=3, scale=2)").quantile(p))
                    .isCloseTo(2 * (Math.pow(1 - p, -1 / 3.0) - 1), within(1e-14));
            assertThat(ContinuousFamily.parse("weibull(shape=1.3, scale=2)").quantile(p))
                    .isCloseTo(2 * Math.pow(-Math.log(1 - p), 1 / 1.3), within(1e-14));
        }
    }

    /**
     * {@code Q} inverts {@code F} for every family, checked on the smaller tail. Tolerance 1e-12
     * relative: the quantile is accurate to {@link ContinuousFamily#INVERSE_ACCURACY} relative, and
     * representing {@code Q(p)} as a double perturbs the tail by at most
     * {@code ulp(Q) f(Q) / tail}, below 1e-13 at these levels.
     */
    @Test
    void quantileInvertsTheCdfForEveryFamily() {
        for (ContinuousFamily f : everyFamily()) {
            for (double p : new double[] {0.01, 0.3, 0.5, 0.7, 0.99}) {
                if (p >= 1 - f.upperAtomMass()) {
                    continue;
                }
                double q = f.quantile(p);
                double error = p <= 0.5 ? f.cdf(q) / p - 1 : f.survival(q) / (1 - p) - 1;
                assertThat(error).as("%s at p = %s", f, p).isCloseTo(0, within(1e-12));
            }
            assertThat(f.quantile(0)).isEqualTo(f.supportLowerBound());
            assertThat(f.quantile(1)).isEqualTo(f.supportUpperBound());
        }
    }

    /** Reference means: textbook closed forms; Weibull λΓ(1 + 1/k) = 1.8471534431119559743 (mpmath). */
    @Test
    void meansMatchClosedForms() {
        assertThat(ContinuousFamily.parse("uniform(lo=0.2, hi=1.2)").mean()).isCloseTo(0.7, within(1e-15));
        assertThat(ContinuousFamily.parse("exponential(rate=2)").mean()).isEqualTo(0.5);
        assertThat(ContinuousFamily.parse("weibull(shape=1.3, scale=2)").mean()).isCloseTo(1.8471534431119559743, within(1e-14));
        assertThat(ContinuousFamily.parse("gamma(shape=3, scale=2)").mean()).isEqualTo(6.0);
        assertThat(ContinuousFamily.parse("lognormal(mu=0.1, sigma=0.8)").mean()).isCloseTo(Math.exp(0.1 + 0.32), within(1e-15));
        assertThat(ContinuousFamily.parse("lomax(shape=3, scale=2)").mean()).isEqualTo(1.0);
        assertThat(ContinuousFamily.parse("pareto(shape=2.5, scale=1.5)").mean()).isCloseTo(2.5, within(1e-15));
        assertThat(ContinuousFamily.parse("pareto(shape=0.8)").mean()).isInfinite();
        assertThat(ContinuousFamily.parse("lomax(shape=1)").mean()).isInfinite();
        assertThat(ContinuousFamily.parse("beta(alpha=2, beta=5)").mean()).isCloseTo(2.0 / 7, within(1e-16));
        // ∫_1^H v dv/v² + H · (1/H) = ln H + 1.
        assertThat(ContinuousFamily.parse("equal-revenue(hi=4)").mean()).isCloseTo(Math.log(4) + 1, within(1e-15));
    }

    /**
     * Reference values: gamma(1/2) density 1/sqrt(π v) ~ 5.6e149 at v = 1e-300 (Commons Math's own
     * density underflows to 0 there); beta(1, 3) density at 0 is 1/B(1, 3) = 3; the Weibull
     * density (k/λ)(v/λ)^(k-1) exp(-(v/λ)^k); the equal-revenue density 1/v².
     */
    @Test
    void densityAndSupport() {
        assertThat(ContinuousFamily.parse("gamma(shape=0.5)").density(1e-300)).isGreaterThan(1e149);
        assertThat(ContinuousFamily.parse("gamma(shape=0.5)").density(0)).isInfinite();
        assertThat(ContinuousFamily.parse("beta(alpha=0.5, beta=2)").density(0)).isInfinite();
        assertThat(ContinuousFamily.parse("beta(alpha=1, beta=3)").density(0)).isEqualTo(3.0);
        assertThat(ContinuousFamily.parse("weibull(shape=1.3, scale=2)").density(0.7))
                .isCloseTo(1.3 / 2 * Math.pow(0.35, 0.3) * Math.exp(-Math.pow(0.35, 1.3)), within(1e-15));
        assertThat(ContinuousFamily.parse("equal-revenue(hi=4)").density(2)).isEqualTo(0.25);
        assertThat(ContinuousFamily.parse("equal-revenue(hi=4)").density(4)).isZero();
        assertThat(ContinuousFamily.parse("pareto(shape=2, scale=3)").supportLowerBound()).isEqualTo(3.0);
        for (ContinuousFamily f : everyFamily()) {
            assertThat(f.bounded()).as(f.describe()).isEqualTo(f.supportUpperBound() < Double.POSITIVE_INFINITY);
            assertThat(f.supportLowerBound()).isGreaterThanOrEqualTo(0);
        }
    }

    /** The continuous classes (derivations in {@link ContinuousFamily#continuousClass()}). */
    @Test
    void continuousClassesFollowTheTheory() {
        record Expected(String spec, boolean regular, boolean mhr, boolean antiMhr) {
        }
        List<Expected> table = List.of(
                new Expected("uniform", true, true, false),
                new Expected("exponential", true, true, true),
                new Expected("weibull(shape=1.3)", true, true, false),
                new Expected("weibull(shape=1)", true, true, true),
                new Expected("weibull(shape=0.7)", false, false, true),
                new Expected("gamma(shape=2)", true, true, false),
                new Expected("gamma(shape=0.5)", false, false, true),
                new Expected("lognormal(sigma=1)", true, false, false),
                new Expected("lognormal(sigma=2)", false, false, false),
                new Expected("lomax(shape=3)", true, false, true),
                new Expected("lomax(shape=1)", true, false, true),
                new Expected("lomax(shape=0.5)", false, false, true),
                new Expected("pareto(shape=2)", true, false, true),
                new Expected("pareto(shape=0.5)", false, false, true),
                new Expected("beta(alpha=2, beta=2)", true, true, false),
                new Expected("beta(alpha=2, beta=0.5)", true, true, false),
                new Expected("beta(alpha=0.5, beta=2)", false, false, false),
                new Expected("equal-revenue(hi=4)", true, false, true));
        for (Expected e : table) {
            DistributionClassSummary c = ContinuousFamily.parse(e.spec()).continuousClass();
            assertThat(c.regular()).as(e.spec() + ": " + c.note()).isEqualTo(e.regular());
            assertThat(c.mhr()).as(e.spec() + ": " + c.note()).isEqualTo(e.mhr());
            assertThat(c.antiMhr()).as(e.spec() + ": " + c.note()).isEqualTo(e.antiMhr());
        }
        assertThat(ContinuousFamily.parse("equal-revenue(hi=4)").continuousClass().note()).contains("boundary");
        assertThat(ContinuousFamily.parse("weibull(shape=0.5)").continuousClass().note()).contains("(0, 1)");
        assertThatThrownBy(() -> new DistributionClassSummary(false, true, false, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Normal Mills ratio R(z) = (1 - Φ(z))/φ(z), evaluated with erfc. */
    private static double mills(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2)) / (Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI));
    }

    /**
     * The log-normal regularity threshold sigma* = 1.5176193992279574 was computed with SciPy
     * (maximise (z + sigma) R(z), solve sup = 2). Here: sup over a z-grid equals 2 at sigma*, and
     * the virtual value built from the family's own survival/density is monotone just below
     * sigma* and not just above.
     */
    @Test
    void lognormalRegularityThreshold() {
        double sigmaStar = 1.5176193992279574;
        double sup = Double.NEGATIVE_INFINITY;
        for (double z = -3; z <= 3; z += 1e-4) {
            sup = Math.max(sup, (z + sigmaStar) * mills(z));
        }
        assertThat(sup).isCloseTo(2.0, within(1e-7));
        for (double sigma : new double[] {sigmaStar - 0.02, sigmaStar + 0.02}) {
            ContinuousFamily f = ContinuousFamily.parse("lognormal(sigma=" + sigma + ")");
            double worst = Double.POSITIVE_INFINITY;
            double previous = Double.NEGATIVE_INFINITY;
            for (double z = -4; z <= 4; z += 1e-3) {
                double v = Math.exp(sigma * z);
                double phi = v - f.survival(v) / f.density(v);
                worst = Math.min(worst, phi - previous);
                previous = phi;
            }
            assertThat(worst < 0).as("sigma = %s, worst step of φ %s", sigma, worst).isEqualTo(sigma > sigmaStar);
            assertThat(f.continuousClass().regular()).isEqualTo(sigma < sigmaStar);
        }
    }

    static Stream<Arguments> badFamilies() {
        return Stream.of(
                Arguments.of("weibul", params("shape", 1.3), "\"weibul\"", "Maybe \"weibull\""),
                Arguments.of("normal", params(), "\"normal\"", "equal-revenue"),
                Arguments.of("weibull", params("shape", 1.3, "shap", 2), "\"shap\"", "shape, scale"),
                Arguments.of("weibull", params(), "shape is missing", "weibull(shape="),
                Arguments.of("weibull", params("shape", -1), "shape = -1", "must be > 0"),
                Arguments.of("gamma", params("shape", 0), "shape = 0", "> 0"),
                Arguments.of("gamma", params("shape", 2, "scale", Double.NaN), "scale = NaN", "finite"),
                Arguments.of("lognormal", params("mu", Double.POSITIVE_INFINITY), "mu = +inf", "finite"),
                Arguments.of("lognormal", params("sigma", -0.5), "sigma = -0.5", "> 0"),
                Arguments.of("uniform", params("lo", 0.7, "hi", 0.5), "hi = 0.5", "lo = 0.7"),
                Arguments.of("uniform", params("lo", -1), "lo = -1", ">= 0"),
                Arguments.of("beta", params("alpha", 2), "beta is missing", "beta(beta="),
                // issue 6: sigma is the log-normal's shape; it used to default silently to 1
                Arguments.of("lognormal", params("mu", 0.5), "sigma is missing", "\"sigma\": 0.8"),
                Arguments.of("equal-revenue", params(), "hi is missing", "has no default"),
                Arguments.of("lomax", params("shape", 2, "scale", -3), "scale = -3", "> 0"),
                Arguments.of("pareto", params("shape", 0), "shape = 0", "> 0"),
                Arguments.of("equal-revenue", params("hi", 1), "hi = 1", "> 1"),
                Arguments.of("equal-revenue", params("hi", 0.5), "hi = 0.5", "> 1"),
                Arguments.of("exponential", params("rate", Double.NEGATIVE_INFINITY), "rate = -inf", "> 0"));
    }

    /** Every rejected family: the one-line message quotes the bad name or value and says the fix. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badFamilies")
    void badFamiliesAreRejectedQuotingTheValue(String name, Map<String, Double> parameters, String quoted, String fix) {
        assertThatThrownBy(() -> ContinuousFamily.of(name, parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(quoted)
                .hasMessageContaining(fix)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Malformed text, nulls and out-of-range arguments: the message quotes the bad input. */
    @Test
    void otherBadInputs() {
        assertThatThrownBy(() -> ContinuousFamily.of(null, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null").hasMessageContaining("uniform");
        assertThatThrownBy(() -> ContinuousFamily.of("exponential", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> ContinuousFamily.parse("weibull(shape)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"shape\" is not key=value");
        assertThatThrownBy(() -> ContinuousFamily.parse("weibull(shape=abc)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"abc\" is not a number");
        assertThatThrownBy(() -> ContinuousFamily.parse("weibull(shape=1, shape=2)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shape twice");
        assertThatThrownBy(() -> ContinuousFamily.parse("weibull(shape=1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weibull(shape=1");
        assertThatThrownBy(() -> ContinuousFamily.of("exponential").quantile(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p = 1.5");
        assertThatThrownBy(() -> ContinuousFamily.of("exponential").parameter("shape"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"shape\"");
        assertThatThrownBy(() -> ContinuousFamily.of("exponential").cdf(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
