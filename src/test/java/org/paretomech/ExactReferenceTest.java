package org.paretomech;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * The test oracle is itself checked: against hand computations, and its general ironing route
 * against its separately derived closed forms for the uniform left grid.
 */
class ExactReferenceTest {

    /** Two 60-digit computations of the same rational agree far beyond double precision. */
    private static final BigDecimal SAME = new BigDecimal("1e-40");

    private static void assertSame(BigDecimal actual, String expected) {
        assertThat(actual.subtract(new BigDecimal(expected)).abs()).as("%s vs %s", actual, expected)
                .isLessThanOrEqualTo(SAME);
    }

    /** Values {0, 1}, mass 1/2, n = 2 (hand computation in FrontierTracerTest): ends (3/4, 0) and (0, 3/4). */
    @Test
    void twoPointByHand() {
        ExactReference.Ends e = ExactReference.ends(TestInstances.twoPoint());
        assertSame(e.revenueEnd().revenue(), "0.75");
        assertSame(e.revenueEnd().surplus(), "0");
        assertSame(e.surplusEnd().revenue(), "0");
        assertSame(e.surplusEnd().surplus(), "0.75");
        assertSame(ExactReference.efficientWelfare(TestInstances.twoPoint().distribution(), 2, 1), "0.75");
    }

    /**
     * Values {1, 2}, mass 1/2, n = 3, by hand: φ = (1 - 1/2 / 1/2, 2) = (0, 2), so the revenue end
     * serves both types (the zero class adds surplus): x_2 = (1 - 1/8)/(3/2) = 7/12,
     * x_1 = (1/8)/(3/2) = 1/12; revenue-side u_2 = x_1 = 1/12, so R = 3 (1/2 · 1/12 + 1/2 (14/12 - 1/12))
     * = 7/4 and S = 3 · 1/2 · 1/12 = 1/8. Surplus end (no-subsidy): g⁺ = (1 · 1/(1/2), 1 · (1/2)/(1/2))
     * = (2, 1) is decreasing, so both pool into a free lottery: S = E[v] = 3/2, R = 0.
     * Under zero-lowest-utility g⁺_1 = 0 and the top type is served first: x = (1/12, 7/12),
     * u_2 = 7/12, S = 3 · 1/2 · 7/12 = 7/8, R = W* - S = 15/8 - 7/8 = 1.
     */
    @Test
    void tiedReserveInstanceByHand() {
        Instance in = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2}, new double[] {0.5, 0.5});
        ExactReference.Ends e = ExactReference.ends(in);
        assertSame(e.revenueEnd().revenue(), "1.75");
        assertSame(e.revenueEnd().surplus(), "0.125");
        assertSame(e.surplusEnd().revenue(), "0");
        assertSame(e.surplusEnd().surplus(), "1.5");
        assertSame(ExactReference.efficientWelfare(in.distribution(), 3, 1), "1.875");
        ExactReference.Ends z = ExactReference.ends(in.withTransfers(TransferMode.ZERO_LOWEST_UTILITY));
        assertSame(z.surplusEnd().surplus(), "0.875");
        assertSame(z.surplusEnd().revenue(), "1");
    }

    /** The general route (hull, class win probabilities, payment chain) meets the closed forms. */
    @ParameterizedTest(name = "K = {0}, n = {1}")
    @CsvSource({"2, 2", "3, 2", "7, 3", "10, 5", "11, 40", "64, 1"})
    void generalRouteMatchesTheUniformClosedForms(int kk, int n) {
        // Masses 1/K with K a power of two are exact; others carry one rounding, so compare to 1e-15.
        Instance in = TestInstances.uniformLeft(kk, n);
        ExactReference.Ends e = ExactReference.ends(in);
        BigDecimal[] closed = ExactReference.uniformLeftGrid(kk, n);
        BigDecimal tol = new BigDecimal("1e-15");
        assertThat(ExactReference.efficientWelfare(in.distribution(), n, 1).subtract(closed[0]).abs()).isLessThan(tol);
        assertThat(e.revenueEnd().revenue().subtract(closed[1]).abs()).isLessThan(tol);
        assertThat(e.revenueEnd().surplus().subtract(closed[2]).abs()).isLessThan(tol);
        assertThat(e.surplusEnd().surplus().subtract(closed[3]).abs()).isLessThan(tol);
        assertThat(e.surplusEnd().revenue().abs()).isLessThan(tol);
    }

    /** k-unit bounds by the pmf: E[min(2, Bin(3, 1/2))] = 1·3/8 + 2·(3/8 + 1/8) = 11/8. */
    @Test
    void severalUnitsByHand() {
        assertSame(ExactReference.expectedUnits(3, 2, new BigDecimal("0.5")), "1.375");
        assertSame(ExactReference.expectedUnits(3, 3, new BigDecimal("0.5")), "1.5");
        DiscreteDistribution d = DiscreteDistribution.of(new double[] {1, 2}, new double[] {0.5, 0.5});
        // The two highest of three values in {1, 2}: with m twos (Bin(3, 1/2)) they sum to 2, 3, 4, 4,
        // so W* = (2 + 3·3 + 4·3 + 4)/8 = 27/8.
        assertSame(ExactReference.efficientWelfare(d, 3, 2), "3.375");
    }
}
