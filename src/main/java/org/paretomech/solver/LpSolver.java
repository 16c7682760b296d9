package org.paretomech.solver;

import org.paretomech.lp.LinearProgram;

/**
 * A linear-programming backend. Implementations never throw for solver trouble: every outcome,
 * including exceptions raised inside the backend, comes back as an {@link LpResult} status.
 */
public interface LpSolver {

    /** Short backend name, e.g. {@code ojalgo}. */
    String name();

    /** Solves {@code program} (always a maximisation). */
    LpResult solve(LinearProgram program);
}
