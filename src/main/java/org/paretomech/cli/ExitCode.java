package org.paretomech.cli;

/**
 * Process exit codes of the command line; README "Errors and exit codes" lists them.
 *
 * <p>The line between {@link #USAGE} and {@link #INVALID_INPUT}: a value typed on the command line
 * that is wrong is a usage error (2), whether picocli cannot convert it ({@code --buyers abc}), our
 * check finds it out of range ({@code --buyers 0}), it conflicts with another option, or it does
 * not fit the input it applies to ({@code --units} above the file's buyers, {@code --refine} on
 * explicit values, a bid filter matching no row). Invalid content of an input file is 3. Option
 * values are checked before any input is read.
 */
public enum ExitCode {
    /** Success. */
    OK(0, "success"),
    /**
     * Unknown option, missing argument, an option value that cannot be parsed, is out of range,
     * conflicts with another option or does not fit its input.
     */
    USAGE(2, "command-line usage error"),
    /** The instance or data file was read but its content is invalid. */
    INVALID_INPUT(3, "invalid input content"),
    /** An input file does not exist or cannot be read. */
    INPUT_NOT_READABLE(4, "input file missing or unreadable"),
    /** An output file or directory, or standard output itself, cannot be written. */
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
