package org.paretomech.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paretomech.TestInstances;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * Two-point distributions whose optimal reserves tie exactly in real arithmetic: the choice must
 * not depend on which sum happens to round up. The rule is "the lowest tied reserve" (it sells
 * more often, so it has the most surplus; the frontier's revenue end, which breaks revenue ties by
 * surplus, is that auction), and every tied reserve is listed.
 */
class TiedReservesTest {

    /** Sums of two terms of order one: round-off below 1e-15; 1e-12 leaves a wide margin. */
    private static final double ROUND_OFF = 1e-12;

    /**
     * One buyer, values {1, q}, masses {1 - 1/q, 1/q}: posting 1 sells surely and earns 1, posting
     * q sells with probability 1/q and earns q · 1/q = 1 (by hand). With one buyer Vickrey payments
     * are the posted price, which is also the revenue-side extreme, so both the best and the
     * monopoly reserve tie. In double, {@code 10/11} and {@code 11 · (1/11)} round differently:
     * before ties were compared with a tolerance, q = 11, 20, 40, 45, 52 reported monopoly reserve q
     * and q = 49 reported best reserve 1 by a one-ulp difference.
     */
    @ParameterizedTest(name = "q = {0}")
    @ValueSource(ints = {2, 3, 7, 10, 11, 20, 40, 45, 49, 52, 60})
    void oneBuyerPostedPricesTie(int q) {
        Instance in = TestInstances.of(1, 1, TransferMode.NO_SUBSIDY, new double[] {1, q}, new double[] {1 - 1.0 / q, 1.0 / q});
        SecondPriceTable t = SecondPriceTable.of(in);
        assertThat(t.outcomes().get(0).revenue()).isCloseTo(1.0, within(ROUND_OFF));
        assertThat(t.outcomes().get(1).revenue()).isCloseTo(1.0, within(ROUND_OFF));
        assertThat(t.bestReserve().reserve()).isEqualTo(1.0);
        assertThat(t.monopolyReserve().reserve()).isEqualTo(1.0);
        assertThat(t.bestReserves()).extracting(SecondPriceOutcome::reserve).containsExactly(1.0, (double) q);
        assertThat(t.monopolyReserves()).extracting(SecondPriceOutcome::reserve).containsExactly(1.0, (double) q);
    }

    /**
     * Values {1, 2}, mass 1/2, n buyers: the virtual value of 1 is {@code 1 - 1 · (1/2)/(1/2) = 0},
     * so with revenue-side payments reserves 1 and 2 earn the same, {@code 2 (1 - 2^{-n})} (by hand:
     * reserve 2 sells at 2 when anyone has value 2). With Vickrey payments reserve 2 is strictly
     * better for {@code n >= 2} (no reserve lets a tie at 1 sell at 1), so there is no tie there.
     */
    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"2", "3", "7"})
    void zeroVirtualValueTiesTheMonopolyReserve(int n) {
        Instance in = TestInstances.of(n, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2}, new double[] {0.5, 0.5});
        SecondPriceTable t = SecondPriceTable.of(in);
        double tied = 2 * (1 - Math.pow(0.5, n));
        assertThat(t.outcomes().get(0).frontierRevenue()).isCloseTo(tied, within(ROUND_OFF));
        assertThat(t.outcomes().get(1).frontierRevenue()).isCloseTo(tied, within(ROUND_OFF));
        assertThat(t.monopolyReserves()).extracting(SecondPriceOutcome::reserve).containsExactly(1.0, 2.0);
        assertThat(t.monopolyReserve().reserve()).isEqualTo(1.0);
        assertThat(t.bestReserves()).extracting(SecondPriceOutcome::reserve).containsExactly(2.0);
    }
}
