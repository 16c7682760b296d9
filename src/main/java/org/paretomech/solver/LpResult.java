package org.paretomech.solver;

import java.util.Objects;

/**
 * Immutable result of one LP solve.
 *
 * @param status     termination status
 * @param primal     primal values, one per variable (empty if none came back)
 * @param objective  objective value as reported by the backend (never trusted alone)
 * @param iterations iterations reported by the backend, or -1 if unknown
 * @param millis     wall-clock time of the solve
 * @param backend    name of the backend that produced it
 * @param message    backend's own words about the outcome (may be empty)
 */
public record LpResult(LpStatus status, double[] primal, double objective, long iterations, long millis,
                       String backend, String message) {

    public LpResult {
        Objects.requireNonNull(status);
        primal = primal == null ? new double[0] : primal.clone();
        message = message == null ? "" : message;
    }

    @Override
    public double[] primal() {
        return primal.clone();
    }

    /** A failure result. */
    public static LpResult failure(LpStatus status, String backend, long millis, String message) {
        return new LpResult(status, new double[0], Double.NaN, -1, millis, backend, message);
    }
}
