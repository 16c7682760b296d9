package org.paretomech.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paretomech.distribution.Discretisation.Binning;
import org.paretomech.distribution.Discretisation.Options;
import org.paretomech.distribution.Discretisation.Scheme;

class DiscretisationTest {

    private static ContinuousFamily family(String spec) {
        return ContinuousFamily.parse(spec);
    }

    private static DiscretisedFamily run(String spec, Options options) {
        return Discretisation.discretise(family(spec), options);
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    /** Reference: the definition; e_j = j/K and F(e_{j+1}) - F(e_j) = 1/K for U[0, 1]. */
    @Test
    void uniformEqualWidthLeftGivesJOverKWithMassOneOverK() {
        for (int k : new int[] {1, 2, 7, 10, 1000}) {
            DiscretisedFamily d = Discretisation.discretise(ContinuousFamily.of("uniform"), k, Scheme.LEFT);
            assertThat(d.binning()).isEqualTo(Binning.EQUAL_WIDTH);
            assertThat(d.distribution().size()).isEqualTo(k);
            for (int j = 0; j < k; j++) {
                assertThat(d.distribution().value(j)).isCloseTo((double) j / k, within(1e-15));
                assertThat(d.distribution().mass(j)).isCloseTo(1.0 / k, within(1e-15));
            }
            assertThat(d.truncated()).isFalse();
        }
    }

    /**
     * Truncated exponential on [0, 6] with K = 60 (the MATH §8 setting): left values are the lower
     * edges j/10 and masses are (e^{-j/10} - e^{-(j+1)/10}) / (1 - e^{-6}) (closed form).
     */
    @Test
    void equalWidthLeftValuesAreLowerEdgesAndTruncationRenormalises() {
        DiscretisedFamily d = run("exponential", Options.of(60, Scheme.LEFT).withBinning(Binning.EQUAL_WIDTH).withHi(6));
        assertThat(d.distribution().size()).isEqualTo(60);
        double kept = 1 - Math.exp(-6);
        for (int j = 0; j < 60; j++) {
            assertThat(d.distribution().value(j)).isCloseTo(6.0 * j / 60, within(1e-15));
            double expected = (Math.exp(-j / 10.0) - Math.exp(-(j + 1) / 10.0)) / kept;
            assertThat(d.distribution().mass(j) / expected - 1).isCloseTo(0, within(1e-13));
        }
        assertThat(d.truncated()).isTrue();
        assertThat(d.truncatedMass()).isCloseTo(Math.exp(-6), within(1e-17));
        assertThat(d.source()).contains("exponential(rate=1)", "equal-width", "K = 60", "left",
                "truncated to [0, 6]", "renormalised", "0.00247875");
    }

    /** Equal-probability bins carry mass exactly 1/K (the definition) for every family. */
    @Test
    void equalProbabilityMassesAreOneOverK() {
        int k = 1000;
        for (ContinuousFamily f : ContinuousFamilyTest.everyFamily()) {
            if (f.upperAtomMass() > 0) {
                continue;
            }
            DiscretisedFamily d = Discretisation.discretise(f, Options.of(k, Scheme.LEFT).withBinning(Binning.EQUAL_PROBABILITY));
            assertThat(d.distribution().size()).as(f.describe()).isEqualTo(k);
            for (int j = 0; j < k; j++) {
                assertThat(d.distribution().mass(j)).as(f.describe()).isCloseTo(1.0 / k, within(1e-15));
            }
        }
    }

    /** Reference: the exponential quantile -ln(1 - p)/rate at p = j/K and, for mid, p = (j + 1/2)/K. */
    @Test
    void exponentialEqualProbabilityPointsAreClosedFormQuantiles() {
        int k = 500;
        double rate = 2.5;
        ContinuousFamily f = family("exponential(rate=2.5)");
        DiscretisedFamily left = Discretisation.discretise(f, k, Scheme.LEFT);
        DiscretisedFamily mid = Discretisation.discretise(f, k, Scheme.MID);
        assertThat(left.binning()).isEqualTo(Binning.EQUAL_PROBABILITY);
        for (int j = 0; j < k; j++) {
            double q = -Math.log(1 - (double) j / k) / rate;
            double m = -Math.log(1 - (j + 0.5) / k) / rate;
            assertThat(left.distribution().value(j)).isCloseTo(q, within(2e-16 + 2e-15 * q));
            assertThat(mid.distribution().value(j)).isCloseTo(m, within(2e-15 * m));
        }
    }

    /**
     * Weibull(1.3) with K = 60 (the MATH §8 example): the default equal-probability binning puts
     * no tail atom on the last point; its value is the finite quantile Q(59/60) =
     * (ln 60)^(1/1.3) and its mass is 1/60.
     */
    @Test
    void unboundedFamiliesNeverDumpTheTailOnTheLastPoint() {
        DiscretisedFamily d = Discretisation.discretise(family("weibull(shape=1.3)"), 60, Scheme.LEFT);
        assertThat(d.distribution().maxValue()).isCloseTo(Math.pow(Math.log(60), 1 / 1.3), within(1e-14));
        assertThat(d.distribution().mass(59)).isCloseTo(1.0 / 60, within(1e-15));
        assertThat(d.source()).contains("equal-probability", "default for an unbounded support", "no truncation");
    }

    private static List<Options> validOptions(ContinuousFamily f, int k) {
        List<Options> out = new ArrayList<>();
        for (Scheme s : Scheme.values()) {
            Options o = Options.of(k, s);
            if (f.bounded()) {
                out.add(o.withBinning(Binning.EQUAL_WIDTH));
                out.add(o.withBinning(Binning.EQUAL_PROBABILITY));
            } else {
                out.add(o.withBinning(Binning.EQUAL_WIDTH).withHi(f.quantile(0.999)));
                out.add(o.withBinning(Binning.EQUAL_PROBABILITY).withHi(f.quantile(0.999)));
                boolean finiteTop = s != Scheme.RIGHT && (s != Scheme.MEAN || f.mean() < Double.POSITIVE_INFINITY);
                if (finiteTop) {
                    out.add(o.withBinning(Binning.EQUAL_PROBABILITY));
                }
            }
        }
        return out;
    }

    /**
     * Masses sum to one, are positive, values are non-negative and strictly increasing (no
     * duplicates), for every family, K = 1, 2, 1000 and every valid binning/scheme combination.
     */
    @Test
    void everyFamilyGivesAValidDistributionWithoutDuplicates() {
        for (ContinuousFamily f : ContinuousFamilyTest.everyFamily()) {
            for (int k : new int[] {1, 2, 1000}) {
                for (Options o : validOptions(f, k)) {
                    DiscretisedFamily d = Discretisation.discretise(f, o);
                    double[] v = d.distribution().values();
                    double[] m = d.distribution().masses();
                    String what = f.describe() + " " + o;
                    assertThat(sum(m)).as(what).isCloseTo(1.0, within(1e-12));
                    assertThat(v[0]).as(what).isGreaterThanOrEqualTo(0);
                    for (int j = 0; j < v.length; j++) {
                        assertThat(m[j]).as(what).isPositive();
                        if (j > 0) {
                            assertThat(v[j]).as(what).isGreaterThan(v[j - 1]);
                        }
                    }
                    int atomPoint = f.upperAtomMass() > 0 ? 1 : 0;
                    assertThat(v.length + d.droppedBins() + d.mergedPoints()).as(what).isEqualTo(k + atomPoint);
                    assertThat(d.source()).as(what).contains(f.describe(), "K = " + k, o.scheme().label(),
                            d.binning().label(), v.length + " support points");
                }
            }
        }
    }

    /**
     * Mean points: each lies in its bin [left edge, right edge], and the discrete mean equals the
     * continuous mean. The bin means are closed forms (partial expectations of the size-biased
     * law), so sum_j f_j E[V | bin j] telescopes to E[V]; what remains is rounding over K = 1000
     * terms and, for equal-probability bins, the quantile error (relative
     * INVERSE_ACCURACY (1 + 2|ln v|)) moving an edge: together far below the tolerance 1e-12
     * (relative) used here. (No quadrature is involved, hence no quadrature error.)
     */
    @Test
    void meanPointsLieInTheirBinsAndPreserveTheMean() {
        int k = 1000;
        for (ContinuousFamily f : ContinuousFamilyTest.everyFamily()) {
            if (!(f.mean() < Double.POSITIVE_INFINITY)) {
                continue;
            }
            for (Binning b : f.bounded() ? Binning.values() : new Binning[] {Binning.EQUAL_PROBABILITY}) {
                Options o = Options.of(k, Scheme.MEAN).withBinning(b);
                DiscreteDistribution mean = Discretisation.discretise(f, o).distribution();
                DiscreteDistribution left = Discretisation.discretise(f, new Options(k, Scheme.LEFT, o.binning(),
                        o.lo(), o.hi())).distribution();
                String what = f.describe() + " " + b;
                assertThat(mean.size()).as(what).isEqualTo(left.size());
                for (int j = 0; j < mean.size(); j++) {
                    double lower = left.value(j);
                    double upper = j + 1 < left.size() ? left.value(j + 1) : f.supportUpperBound();
                    assertThat(mean.value(j)).as(what + " bin " + j).isBetween(lower, upper);
                }
                assertThat(mean.mean() / f.mean() - 1).as(what).isCloseTo(0, within(1e-12));
            }
        }
    }

    /** Truncated mean: E[V | V <= 6] = 1 - 6 e^{-6}/(1 - e^{-6}) = 0.98509053005893248672 (closed form, mpmath). */
    @Test
    void meanPointsPreserveTheTruncatedMean() {
        for (Binning b : Binning.values()) {
            DiscretisedFamily d = run("exponential", Options.of(200, Scheme.MEAN).withBinning(b).withHi(6));
            assertThat(d.distribution().mean()).as(b.label()).isCloseTo(0.98509053005893248672, within(1e-13));
        }
    }

    /** Equal revenue, H = 4: the atom 1/H sits at H as its own point; bins below carry 1/a - 1/b. */
    @Test
    void equalRevenueAtomIsTheTopPoint() {
        int k = 30;
        DiscretisedFamily d = Discretisation.discretise(family("equal-revenue(hi=4)"), k, Scheme.LEFT);
        DiscreteDistribution dist = d.distribution();
        assertThat(dist.size()).isEqualTo(k + 1);
        assertThat(dist.maxValue()).isEqualTo(4.0);
        assertThat(dist.mass(k)).isCloseTo(0.25, within(1e-15));
        for (int j = 0; j < k; j++) {
            double a = 1 + 3.0 * j / k;
            double b = 1 + 3.0 * (j + 1) / k;
            assertThat(dist.value(j)).isCloseTo(a, within(1e-15));
            assertThat(dist.mass(j)).isCloseTo(1 / a - 1 / b, within(1e-15));
        }
        assertThat(d.source()).contains("atom of mass 1/H = 0.25 at H = 4");

        // right: the top bin's right edge is H itself, so it merges with the atom.
        DiscretisedFamily right = Discretisation.discretise(family("equal-revenue(hi=4)"), k, Scheme.RIGHT);
        assertThat(right.mergedPoints()).isEqualTo(1);
        assertThat(right.distribution().size()).isEqualTo(k);
        assertThat(right.distribution().mass(k - 1)).isCloseTo(0.25 + 1 / 3.9 - 0.25, within(1e-15));
        assertThat(right.source()).contains("1 point merged");

        // equal-probability: K bins of mass (1 - 1/H)/K below the atom.
        DiscretisedFamily ep = run("equal-revenue(hi=4)", Options.of(k, Scheme.LEFT).withBinning(Binning.EQUAL_PROBABILITY));
        assertThat(ep.distribution().mass(k)).isCloseTo(0.25, within(1e-15));
        assertThat(ep.distribution().mass(3)).isCloseTo(0.75 / k, within(1e-15));
        assertThat(ep.distribution().value(3)).isCloseTo(1 / (1 - 0.75 * 3 / k), within(1e-15));

        // truncating below H drops the atom.
        DiscretisedFamily cut = run("equal-revenue(hi=4)", Options.of(k, Scheme.LEFT).withHi(3));
        assertThat(cut.distribution().maxValue()).isLessThan(3);
        assertThat(cut.truncatedMass()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(cut.source()).contains("the atom 0.25 at 4");
    }

    /** Bins outside the support have no mass: U[0, 1] binned on [0, 2] in 4 bins keeps 2 of them. */
    @Test
    void emptyBinsAreDroppedAndCounted() {
        DiscretisedFamily d = run("uniform", Options.of(4, Scheme.LEFT).withHi(2));
        assertThat(d.distribution().values()).containsExactly(0.0, 0.5);
        assertThat(d.distribution().masses()).containsExactly(0.5, 0.5);
        assertThat(d.droppedBins()).isEqualTo(2);
        assertThat(d.truncated()).isFalse();
        assertThat(d.source()).contains("2 empty bins dropped", "no truncation");
    }

    /** No hash order or clock reaches the result: the same input gives an equal result and source. */
    @Test
    void resultsAreDeterministic() {
        for (ContinuousFamily f : ContinuousFamilyTest.everyFamily()) {
            DiscretisedFamily a = Discretisation.discretise(f, 100, Scheme.LEFT);
            DiscretisedFamily b = Discretisation.discretise(ContinuousFamily.parse(f.describe()), 100, Scheme.LEFT);
            assertThat(a).isEqualTo(b);
        }
    }

    /**
     * A fine grid on a closed-form family: 10^6 equal-probability bins stay strictly increasing, sum
     * to one, and (mean scheme) keep E[V] = 1/rate = 1; the tolerance 1e-10 allows rounding over
     * 10^6 terms.
     */
    @Test
    void millionBinsStayValid() {
        DiscretisedFamily d = Discretisation.discretise(family("exponential"), 1_000_000, Scheme.MEAN);
        assertThat(d.distribution().size() + d.mergedPoints()).isEqualTo(1_000_000);
        assertThat(sum(d.distribution().masses())).isCloseTo(1.0, within(1e-10));
        assertThat(d.distribution().mean()).isCloseTo(1.0, within(1e-10));
    }

    /** Bad options: the message quotes the bad value (the points message is the one in the brief). */
    @Test
    void badOptionsAreRejectedQuotingTheValue() {
        assertThatThrownBy(() -> Options.of(0, Scheme.LEFT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points = 0; use at least 1");
        assertThatThrownBy(() -> Options.of(-3, Scheme.LEFT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points = -3");
        assertThatThrownBy(() -> Options.of(10_000_001, Scheme.LEFT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points = 10000001").hasMessageContaining("at most 10000000");
        assertThat(Options.of(Discretisation.MAX_POINTS, Scheme.LEFT).points()).isEqualTo(10_000_000);
        assertThatThrownBy(() -> Options.of(10, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("left, mid, mean, right");
        assertThatThrownBy(() -> Options.of(10, Scheme.LEFT).withLo(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lo = -1");
        assertThatThrownBy(() -> Options.of(10, Scheme.LEFT).withHi(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hi = NaN");
        assertThatThrownBy(() -> Options.of(10, Scheme.LEFT).withHi(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hi = +inf");
        assertThatThrownBy(() -> Options.of(10, Scheme.LEFT).withLo(2).withHi(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hi = 1").hasMessageContaining("lo = 2");
        assertThatThrownBy(() -> Scheme.parse("middle")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"middle\"").hasMessageContaining("left, mid, mean, right");
        assertThatThrownBy(() -> Binning.parse("equal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"equal\"").hasMessageContaining("equal-width, equal-probability");
        assertThat(Scheme.parse(" MEAN ")).isEqualTo(Scheme.MEAN);
        assertThat(Binning.parse("equal-probability")).isEqualTo(Binning.EQUAL_PROBABILITY);
    }

    /** Errors that depend on the family (MATH §8: no silent tail atom), each naming the remedy. */
    @Test
    void familyDependentErrorsSayWhatToDo() {
        assertThatThrownBy(() -> run("exponential(rate=2)", Options.of(60, Scheme.LEFT).withBinning(Binning.EQUAL_WIDTH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exponential(rate=2)").hasMessageContaining("give \"range\": [lo, hi]")
                .hasMessageContaining("equal-probability");
        assertThatThrownBy(() -> run("weibull(shape=1.3)", Options.of(60, Scheme.RIGHT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scheme right").hasMessageContaining("+inf")
                .hasMessageContaining("use left, mid or mean");
        assertThatThrownBy(() -> run("pareto(shape=0.8)", Options.of(60, Scheme.MEAN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pareto(shape=0.8, scale=1)").hasMessageContaining("infinite mean")
                .hasMessageContaining("use left or mid");
        assertThatThrownBy(() -> run("uniform", Options.of(10, Scheme.LEFT).withLo(2).withHi(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 3]").hasMessageContaining("support [0, 1]");
        assertThatThrownBy(() -> run("uniform", Options.of(10, Scheme.LEFT).withLo(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 1]");
        assertThatThrownBy(() -> Discretisation.discretise(null, 10, Scheme.LEFT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("family is null");
        // right and mean become fine once hi truncates the tail.
        assertThat(run("weibull(shape=1.3)", Options.of(60, Scheme.RIGHT).withHi(4)).distribution().maxValue())
                .isEqualTo(4.0);
        assertThat(run("pareto(shape=0.8)", Options.of(60, Scheme.MEAN).withHi(100)).truncated()).isTrue();
    }

    /**
     * Issue 6: a family grid that double precision cannot hold used to fail with the advice for
     * explicit values ("merge them (add their masses) or round the values"). The advice is now
     * about the grid: another binning with a range, fewer points, another parameter or scale.
     * Gamma(0.01): Q(1/1000) = 5.7e-301 while the top point is 1.5, far below the 1e-13 spacing.
     */
    @Test
    void gridsDoublePrecisionCannotHoldGetAdviceForFamilies() {
        assertThatThrownBy(() -> run("gamma(shape=0.01)", Options.of(1000, Scheme.LEFT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma(shape=0.01, scale=1) on K = 1000 equal-probability bins (left points)")
                .hasMessageContaining("discretise it differently", "\"binning\": \"equal-width\" with a \"range\"",
                        "fewer \"points\" than 1000", "less extreme parameter")
                .hasMessageNotContaining("merge");
        // the advised fix works: equal-width bins on [0, 1.5] (the 0.999 quantile is 1.509)
        assertThat(run("gamma(shape=0.01)", Options.of(1000, Scheme.LEFT).withBinning(Binning.EQUAL_WIDTH).withHi(1.5))
                .distribution().size()).isEqualTo(1000);
        // Pareto(0.05): Q(1 - 1/1000) = 1000^20 = 1e60, above DiscreteDistribution.MAX_VALUE = 1e15
        assertThatThrownBy(() -> run("pareto(shape=0.05)", Options.of(1000, Scheme.LEFT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reaches the value 1e60, above 1e15", "\"range\" such as [1, 1e15]",
                        "fewer \"points\"")
                .hasMessageNotContaining("larger units");
        // Exponential(rate 1e150): every point is below DiscreteDistribution.MIN_LARGEST_VALUE = 1e-100
        assertThatThrownBy(() -> run("exponential(rate=1e150)", Options.of(100, Scheme.LEFT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below 1e-100", "a smaller rate")
                .hasMessageNotContaining("smaller units");
    }
}
