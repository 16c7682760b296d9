package org.paretomech.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.paretomech.TestInstances;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;
import org.paretomech.report.TableReport;

/** Surplus gaps of second-price auctions: exact zeros stay zeros, not printed round-off. */
class SurplusGapTest {

    /** Three-term sums of order one. */
    private static final double ROUND_OFF = 1e-12;

    /**
     * Values {1, 2}, mass 1/2, three buyers. By hand: the frontier runs from the revenue end
     * (7/4, 1/8) along the welfare-maximising edge R + S = W* = 15/8 to (3/4, 9/8), then to the
     * free lottery (0, 3/2). The Vickrey auction without reserve has (R, S) = (3/2, 3/8): efficient,
     * so on that edge, gap 0 (printed as 1.11e-16 or 2.2e-16 before gaps within the frontier's
     * accuracy were reported as 0). With reserve 2: (7/4, 0), under the revenue end, gap 1/8.
     */
    @Test
    void anAuctionOnTheFrontierHasGapExactlyZero() {
        Instance in = TestInstances.of(3, 1, TransferMode.NO_SUBSIDY, new double[] {1, 2}, new double[] {0.5, 0.5});
        FrontierAnalysis a = FrontierAnalysis.of(new FrontierTracer(new IroningEngine(Tolerances.DEFAULT),
                Tolerances.DEFAULT).trace(in));
        assertThat(a.secondPrice().outcomes().get(0).revenue()).isCloseTo(1.5, within(ROUND_OFF));
        assertThat(a.secondPrice().outcomes().get(0).surplus()).isCloseTo(0.375, within(ROUND_OFF));
        assertThat(a.surplusGaps().get(0)).isZero();
        assertThat(a.surplusGaps().get(1)).isCloseTo(0.125, within(ROUND_OFF));
        assertThat(TableReport.render(a, "test", 30)).contains("surplus gap 0\n");
    }
}
