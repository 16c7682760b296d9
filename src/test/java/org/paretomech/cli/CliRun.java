package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One in-process run of the command line ({@link Main#run}) with captured streams, and the
 * assertions every failing run must pass.
 *
 * @param args arguments as given
 * @param code exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(String[] args, int code, String out, String err) {

    /** Every exit code documented in {@link ExitCode}. */
    static final Set<Integer> DOCUMENTED_CODES =
            Arrays.stream(ExitCode.values()).map(ExitCode::code).collect(Collectors.toUnmodifiableSet());

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(args.clone(), code, out.toString(), err.toString());
    }

    /** What a test failure prints: the command and both streams. */
    String describe() {
        return "paretomech " + String.join(" ", args) + " -> exit " + code + "\n--- stdout ---\n" + out
                + "\n--- stderr ---\n" + err;
    }

    /** Standard error without its final line break. */
    String errLine() {
        return err.strip();
    }

    /**
     * The contract of a failure: the expected exit code, nothing on standard output, exactly one
     * line on standard error starting with {@code paretomech: }, and no stack trace.
     */
    CliRun assertFailure(ExitCode expected) {
        assertThat(code).as(describe()).isEqualTo(expected.code());
        assertThat(out).as("stdout of " + describe()).isEmpty();
        assertOneErrorLine();
        return this;
    }

    /** Standard error is exactly one {@code paretomech: } line ending in a line separator, no stack trace. */
    CliRun assertOneErrorLine() {
        String nl = System.lineSeparator();
        assertThat(err).as(describe()).startsWith("paretomech: ").endsWith(nl);
        assertThat(err.indexOf(nl)).as("one line only: " + describe()).isEqualTo(err.length() - nl.length());
        assertThat(err).as(describe()).doesNotContain("\n\tat ", "at org.", "at java.", "Exception");
        return this;
    }

    /** The single error line contains every one of {@code parts}. */
    CliRun assertErrContains(String... parts) {
        assertThat(errLine()).as(describe()).contains(parts);
        return this;
    }
}
