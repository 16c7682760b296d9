package org.paretomech.cli;

/** An output file or directory could not be written. */
final class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
