package org.paretomech.frontier;

import org.paretomech.instance.Instance;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;

/**
 * Solves weighted and lexicographic revenue–surplus problems over truthful mechanisms and returns
 * certified points. Implementations: {@link LpEngine} (reduced-form LP with an LP backend) and
 * {@link IroningEngine} (the exact combinatorial oracle of MATH §3).
 */
public interface FrontierEngine {

    /** Short name shown in reports, e.g. {@code lp/ojalgo} or {@code ironing}. */
    String name();

    /** Maximises {@code weights·(R, S)}; the result carries a passed certificate. */
    FrontierPoint maximise(Instance instance, Weights weights);

    /** Maximises {@code first}, then {@code second} among the maximisers of {@code first}. */
    FrontierPoint lexicographic(Instance instance, Weights first, Weights second);

    /** Number of weighted problems solved so far (LP solves, or oracle calls). */
    int solves();

    /**
     * Relative accuracy (a fraction of {@code W*}) of this engine's points: two points closer than
     * this in both coordinates are one outcome. LP backends are accurate to their feasibility
     * tolerance, {@link Tolerances#feasibility()}.
     */
    default double resolution(Tolerances tolerances) {
        return tolerances.feasibility();
    }
}
