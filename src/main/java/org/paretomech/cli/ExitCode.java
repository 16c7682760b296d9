package org.paretomech.cli;

/** Process exit codes of the command line; README "Errors and exit codes" lists them. */
public enum ExitCode {
    /** Success. */
    OK(0, "success"),
    /** Unknown option, missing argument, bad option value (picocli's usage errors). */
    USAGE(2, "command-line usage error"),
    /** The instance or data file was read but its content is invalid. */
    INVALID_INPUT(3, "invalid input content"),
    /** An input file does not exist or cannot be read. */
    INPUT_NOT_READABLE(4, "input file missing or unreadable"),
    /** An output file or directory cannot be written. */
    OUTPUT_NOT_WRITABLE(5, "output cannot be written"),
    /** No backend produced a certified solution. */
    SOLVER_FAILURE(6, "no certified solution"),
    /** {@code check}: a characterisation that applies was contradicted by the frontier. */
    CHECK_FAILED(8, "characterisation check failed"),
    /** The instance is too large for the available memory. */
    OUT_OF_MEMORY(9, "out of memory"),
    /** A bug: an unexpected exception. */
    INTERNAL_ERROR(70, "internal error");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The numeric process exit code. */
    public int code() {
        return code;
    }

    /** What the code means. */
    public String meaning() {
        return meaning;
    }
}
