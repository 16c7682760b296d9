package org.paretomech.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.paretomech.ExactReference;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;

/**
 * Found by issue 6's "spacings down to 1e-13 of the largest value" probe: a frontier narrower than
 * the tracer's point-identity tolerance ({@link Tolerances#feasibility()} × W* = 1e-8 W*) is
 * collapsed to its revenue end, and the surplus end the oracle computed exactly is thrown away.
 *
 * <p>Values {1, 1 + 1e-9, 1 + 2e-9}, masses {0.3, 0.3, 0.4}, three buyers, zero-lowest-utility.
 * The whole trade-off lives in the spacing: exact ends (by {@link ExactReference}, and what
 * {@link IroningEngine#lexicographic} itself returns) are {@code (R, S) = (1.000000001442,
 * 3.15e-10)} and {@code (1, 1.529e-9)}. {@code FrontierTracer.trace} returns one vertex,
 * {@code (1.000000001442, 3.15e-10)}, so {@code S_max} (JSON {@code surplusMax}, the table's
 * "surplus end (S_max)" and "ideal point") is reported as 3.15e-10, a fifth of the truth, with
 * {@code certifiedGap} 0; KS and Nash are placed on that point. The same happens at 1e9 scale
 * (values 1e9, 1e9 + 1e-4, 1e9 + 2e-4: S_max printed 3.15052e-05 instead of 1.529e-4).
 * The frontier is resolvable: the oracle's numbers are exact to round-off; only the LP's are
 * limited to 1e-8 W*. If the tracer keeps a single point, the output should at least state that
 * the frontier is narrower than its resolution, and {@code certifiedGap} must cover the distance
 * to the dropped end.
 */
class NarrowFrontierRegressionTest {

    /** Round-off of the oracle relative to S itself: S is a sum of positive terms Δ x, a few ulps each. */
    private static final double RELATIVE_ROUND_OFF = 1e-12;

    private final Instance instance = new Instance("narrow", 3, 1, TransferMode.ZERO_LOWEST_UTILITY,
            DiscreteDistribution.of(new double[] {1, 1 + 1e-9, 1 + 2e-9}, new double[] {0.3, 0.3, 0.4}),
            "issue 6 regression");

    @Test
    void theOracleResolvesBothEnds() {
        ExactReference.Ends exact = ExactReference.ends(instance);
        double sMax = exact.surplusEnd().surplus().doubleValue();
        FrontierPoint end = new IroningEngine(Tolerances.DEFAULT).lexicographic(instance, Weights.SURPLUS, Weights.REVENUE);
        assertThat(end.surplus()).isCloseTo(sMax, within(RELATIVE_ROUND_OFF * sMax));
    }

    @Test
    void tracedFrontierKeepsTheExactSurplusEnd() {
        ExactReference.Ends exact = ExactReference.ends(instance);
        double sMax = exact.surplusEnd().surplus().doubleValue();
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(instance);
        double missing = sMax - f.surplusMax();
        assertThat(missing).as("S_max %s reported as %s, certified gap %s", sMax, f.surplusMax(), f.certifiedGap())
                .isLessThanOrEqualTo(Math.max(f.certifiedGap(), RELATIVE_ROUND_OFF * sMax));
    }
}
