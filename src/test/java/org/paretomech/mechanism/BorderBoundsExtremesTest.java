package org.paretomech.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.ExactReference;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * Border right-hand sides, class win probabilities and {@code W*} at the extremes of issue 6:
 * {@code n} up to 10^4 (and the accepted maximum 10^6), upper tails down to 1e-12, several units,
 * against {@link ExactReference} (60-digit {@code BigDecimal} from the same stored doubles: the
 * pmf sum or {@code 1 - (1 - T)^n} written out, no {@code log1p}/{@code expm1}, no incomplete beta).
 *
 * <p>The naive double evaluation {@code 1 - (1 - T)^n} loses {@code log10(1/(nT))} digits: with
 * {@code T = 1e-12} and {@code n = 10^4} it keeps about 8, which would break the relative
 * accuracy asserted here by a factor of 10^6.
 */
class BorderBoundsExtremesTest {

    /**
     * Relative accuracy of a one-unit bound: {@code log1p} and {@code expm1} are within one ulp,
     * the product {@code n log1p(-T)} adds one rounding, and the condition number of
     * {@code -expm1(y)} in {@code y} is at most 1; so four ulps (4.4e-16) bound the error. 1e-15
     * leaves a factor two.
     */
    private static final double ONE_UNIT_RELATIVE = 1e-15;

    /**
     * Relative accuracy of a {@code k}-unit bound: a sum of {@code k <= 5} tails, each from Commons
     * Math's continued fraction for the regularised beta function run to 1e-15; with the final
     * rounding, 1e-13 leaves a margin of about ten.
     */
    private static final double K_UNITS_RELATIVE = 1e-13;

    /**
     * Relative accuracy of tails summed in double from the top ({@code K <= 4} terms, each a
     * rounding of at most 1.1e-16) carried through to {@code B_j} (condition number at most 1)
     * and the one-unit bound: 1e-15.
     */
    private static final double SUMMED_TAILS_RELATIVE = 1e-15;

    /**
     * Relative accuracy of {@code L^n expm1(n log1p(q/L)) / (n q)}: the exponent {@code n log L}
     * is at most 745 in magnitude whenever the result is a normal double, and one rounding of
     * {@code log L} moves it by at most {@code 745 × 1.1e-16 = 8.2e-14} absolute, which is the
     * relative error of the power; the other roundings add a few ulps. 2e-13.
     */
    private static final double CLASS_WIN_RELATIVE = 2e-13;

    /**
     * {@code |actual - exact| / |exact|}, with the denominator raised to the smallest normal double:
     * an exact value below the double range (e.g. {@code 0.75^(10^4)}) is correctly rounded to 0.
     */
    private static double relativeError(double actual, BigDecimal exact) {
        BigDecimal scale = exact.abs().max(new BigDecimal(Double.MIN_NORMAL));
        return new BigDecimal(actual).subtract(exact).abs().divide(scale, MathContext.DECIMAL64).doubleValue();
    }

    @ParameterizedTest(name = "n = {0}, T = {1}")
    @CsvSource({"1, 1e-12", "2, 0.5", "100, 1e-12", "10000, 1e-12", "10000, 1e-8", "10000, 1e-4", "10000, 0.37",
        "10000, 0.999999", "1000000, 1e-12", "1000000, 1e-6", "1000000, 3e-6"})
    void oneUnitBoundIsAccurateToTheLastDigits(int n, double tail) {
        BigDecimal exact = ExactReference.expectedUnits(n, 1, ExactReference.exact(tail));
        double got = BorderBounds.expectedUnits(n, 1, tail);
        assertThat(relativeError(got, exact)).as("B(T = %s), n = %d: got %s, exact %s", tail, n, got, exact)
                .isLessThanOrEqualTo(ONE_UNIT_RELATIVE);
        // The cancellation the stable form avoids is real: for tiny nT the naive form is far off.
        if (n * tail < 1e-6) {
            double naive = 1 - Math.pow(1 - tail, n);
            assertThat(relativeError(naive, exact)).as("naive 1 - (1 - T)^n").isGreaterThan(1e3 * ONE_UNIT_RELATIVE);
        }
    }

    @ParameterizedTest(name = "n = {0}, k = {1}, T = {2}")
    @CsvSource({"10000, 2, 1e-12", "10000, 2, 1e-6", "10000, 3, 1e-4", "10000, 5, 3e-4", "10000, 5, 0.001",
        "10000, 2, 0.5", "100, 5, 1e-12", "1000000, 2, 1e-6"})
    void severalUnitsBoundMatchesThePmfSum(int n, int k, double tail) {
        BigDecimal exact = ExactReference.expectedUnits(n, k, ExactReference.exact(tail));
        double got = BorderBounds.expectedUnits(n, k, tail);
        assertThat(relativeError(got, exact)).as("B(T = %s), n = %d, k = %d: got %s, exact %s", tail, n, k, got, exact)
                .isLessThanOrEqualTo(K_UNITS_RELATIVE);
    }

    /**
     * The right-hand sides of a whole distribution whose top masses are 1e-12 (so {@code F_{j-1}}
     * is within 1e-12 of 1 and {@code 1 - F^n} would cancel): tails summed from the top keep
     * every digit.
     */
    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"2", "10000", "1000000"})
    void rightHandSidesWithTinyTopMasses(int n) {
        DiscreteDistribution d = DiscreteDistribution.of(new double[] {0, 1, 2, 3},
                new double[] {0.75, 0.25 - 2e-12, 1e-12, 1e-12});
        double[] got = BorderBounds.rightHandSides(d, n, 1);
        BigDecimal[] exact = ExactReference.borderRightHandSides(d, n, 1);
        for (int j = 0; j < got.length; j++) {
            assertThat(relativeError(got[j], exact[j])).as("B_%d for n = %d: got %s, exact %s", j + 1, n, got[j], exact[j])
                    .isLessThanOrEqualTo(SUMMED_TAILS_RELATIVE);
        }
    }

    /**
     * The one-unit win probability of a class, {@code ((L + q)^n - L^n)/(n q)}, for a top point of
     * mass 2^-40 (9.1e-13), a top class of 2^-13, a class of 2^-41 just under the top, middle and
     * bottom classes, at {@code n} up to 10^6: the difference of two powers that agree to 8 digits
     * must be evaluated without cancellation. The masses are dyadic so that {@code L}, {@code q} and
     * {@code H = 1 - L - q} are exact and consistent (with 0.999999999999 and 1e-12 as doubles,
     * {@code L + q} exceeds 1 by 2.2e-17, which {@code n = 10^6} turns into 2.2e-11 either way).
     */
    @ParameterizedTest(name = "n = {0}, L = {1}, q = {2}")
    @CsvSource({"10000, 0x1.fffffffffe000p-1, 0x1p-40", "10000, 0x1.fff0000000000p-1, 0x1p-13",
        "10000, 0x1.fffffffffd000p-1, 0x1p-41", "10000, 0.5, 0.25", "10000, 0, 0x1p-40", "10000, 0, 1",
        "1000000, 0x1.fffffffffe000p-1, 0x1p-40", "1000000, 0x1.fffffffffd000p-1, 0x1p-41", "2, 0.5, 0.5"})
    void classWinProbabilityIsAccurate(int n, double below, double mass) {
        double above = BigDecimal.ONE.subtract(ExactReference.exact(below)).subtract(ExactReference.exact(mass))
                .doubleValue();
        assertThat(above).as("consistent test input").isGreaterThanOrEqualTo(0);
        BigDecimal exact = ExactReference.classWinProbability(n, ExactReference.exact(below), ExactReference.exact(mass));
        double got = BorderBounds.classWinProbability(n, 1, below, mass, above);
        assertThat(relativeError(got, exact)).as("x for L = %s, q = %s, n = %d: got %s, exact %s", below, mass, n, got, exact)
                .isLessThanOrEqualTo(CLASS_WIN_RELATIVE);
    }

    /**
     * The top point of a fine grid, as the oracle and the second-price auctions pass it: {@code L}
     * summed from the bottom over {@code K - 1 = 9999} masses of 1e-4 (off by some 1e-13
     * absolutely), {@code H = 0} exactly. With {@code n = 10^6} the power {@code (L + q)^n}
     * amplified that rounding to a relative error of 1e-7 before the upper-half form took
     * {@code 1 - H} instead; the exact value is {@code (1 - (1 - q)^n) / (n q)}.
     */
    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"10000", "1000000"})
    void topClassOfAFineGridIsAccurate(int n) {
        int kk = 10_000;
        double q = 1.0 / kk;
        double below = 0;
        for (int j = 0; j < kk - 1; j++) {
            below += q;
        }
        BigDecimal exactQ = ExactReference.exact(q);
        BigDecimal exact = ExactReference.classWinProbability(n, BigDecimal.ONE.subtract(exactQ), exactQ);
        double got = BorderBounds.classWinProbability(n, 1, below, q, 0.0);
        assertThat(relativeError(got, exact)).as("top point, L = %s summed, n = %d: got %s, exact %s", below, n, got, exact)
                .isLessThanOrEqualTo(CLASS_WIN_RELATIVE);
    }

    /**
     * {@code W* = E[max of n]} for {@code n = 10^4} on a distribution with a 1e-12 atom at 1e9:
     * the atom contributes {@code 1e9 (1 - (1 - 1e-12)^n) ≈ 10} of {@code W* ≈ 13}, so a naive
     * evaluation would be off in the ninth digit.
     */
    @ParameterizedTest(name = "n = {0}, k = {1}")
    @CsvSource({"10000, 1", "10000, 3", "3, 1", "1000000, 1"})
    void efficientWelfareWithAFarTinyAtom(int n, int k) {
        DiscreteDistribution d = DiscreteDistribution.of(new double[] {1, 2, 3, 1e9},
                new double[] {0.5, 0.3, 0.2 - 1e-12, 1e-12});
        BigDecimal exact = ExactReference.efficientWelfare(d, n, k);
        double got = BorderBounds.efficientWelfare(d, n, k);
        // K = 4 terms, each a bound difference accurate to K_UNITS_RELATIVE of the larger bound
        // times v_j; with the top term dominating, a relative 1e-12 bounds the sum.
        assertThat(relativeError(got, exact)).as("W* for n = %d, k = %d: got %s, exact %s", n, k, got, exact)
                .isLessThanOrEqualTo(1e-12);
    }
}
