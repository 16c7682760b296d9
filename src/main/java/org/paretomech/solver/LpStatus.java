package org.paretomech.solver;

/** Termination status of an LP solve, as reported by a backend. */
public enum LpStatus {
    /** Proven optimal within the backend's tolerances. */
    OPTIMAL,
    /** A solution was returned but the backend could not certify it to full accuracy. */
    IMPRECISE,
    /** Reported infeasible. Our programs always contain the no-sale mechanism, so this is a solver fault. */
    INFEASIBLE,
    /** Reported unbounded. Our programs are bounded, so this is a solver fault. */
    UNBOUNDED,
    /** Infeasible or unbounded, the backend could not tell which. */
    INFEASIBLE_OR_UNBOUNDED,
    /** Failed for another reason (exception, limit reached, unknown state). */
    FAILED;

    /** Whether a primal solution worth certifying came back. */
    public boolean hasSolution() {
        return this == OPTIMAL || this == IMPRECISE;
    }
}
