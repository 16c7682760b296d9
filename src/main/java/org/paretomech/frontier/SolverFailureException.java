package org.paretomech.frontier;

/**
 * Thrown when no verified solution could be obtained for a weighted or lexicographic solve:
 * the backend reported a non-optimal status or its solution failed the certificate. The message
 * says which solve failed and why; no number from that solve is ever reported.
 */
public final class SolverFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public SolverFailureException(String message) {
        super(message);
    }
}
