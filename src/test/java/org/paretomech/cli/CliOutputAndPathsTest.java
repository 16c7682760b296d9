package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, fresh-user trial: standard output that cannot be written (a full disk, a closed pipe)
 * is an output error, not a success; empty or blank paths are refused before anything is
 * written; named option values ignore case.
 */
class CliOutputAndPathsTest {

    private static final String INSTANCE = "{\"name\": \"three-point\", \"buyers\": 2, "
            + "\"values\": [0, 1, 2], \"probabilities\": [0.25, 0.25, 0.5]}\n";

    @TempDir
    Path dir;

    Path instance;

    @BeforeEach
    void writeInstance() throws IOException {
        instance = Files.writeString(dir.resolve("three-point.json"), INSTANCE, StandardCharsets.UTF_8);
    }

    /** A stream that fails every write as a full disk does. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static CliRun runIntoFullDisk(String... args) {
        RecordingOutputStream stdout = new RecordingOutputStream(new FullDisk());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        StringWriter err = new StringWriter();
        int code = Main.run(args, out, new PrintWriter(err), stdout::failure);
        return new CliRun(args, code, "", err.toString());
    }

    @Test
    void failedWriteToStandardOutputIsExit5WithOneLine() {
        for (String format : List.of("json", "csv", "table")) {
            runIntoFullDisk("frontier", instance.toString(), "--format", format)
                    .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                    .assertErrContains("cannot write to standard output (No space left on device)", "incomplete");
        }
        runIntoFullDisk("solvers").assertFailure(ExitCode.OUTPUT_NOT_WRITABLE);
        runIntoFullDisk("--help").assertFailure(ExitCode.OUTPUT_NOT_WRITABLE);
    }

    /** An earlier, more specific failure keeps its own code and message. */
    @Test
    void aFailureBeforeTheOutputKeepsItsCode() {
        runIntoFullDisk("frontier", dir.resolve("missing.json").toString())
                .assertFailure(ExitCode.INPUT_NOT_READABLE)
                .assertErrContains("file not found");
    }

    @Test
    void brokenPipeSaysTheReaderExitedEarly() {
        assertThat(Main.stdoutFailure("Broken pipe")).contains("broken pipe", "exited before the end");
        assertThat(Main.stdoutFailure(null)).contains("(write error)");
    }

    /**
     * The real entry point with standard output on {@code /dev/full}: before the fix
     * {@code System.out} swallowed ENOSPC and the run exited 0.
     */
    @Test
    void devFullThroughTheRealEntryPointIsExit5() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full on this system");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errFile = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "frontier", instance.toString(), "--format", "json")
                .redirectOutput(full).redirectError(errFile.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the run finishes").isTrue();
        String err = Files.readString(errFile);
        assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.OUTPUT_NOT_WRITABLE.code());
        assertThat(err.strip()).startsWith("paretomech: cannot write to standard output").doesNotContain("\n");
    }

    private TreeSet<String> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * {@code --out ""} used to write the four result files into the current directory (Java
     * reads the empty path as "."); blank paths are usage errors for every path option and
     * argument, and nothing is written.
     */
    @Test
    void emptyAndBlankPathsAreRefused() throws IOException {
        Path bids = Files.writeString(dir.resolve("bids.csv"), "auctionid,bid,bidder\n1,10,a\n1,12,b\n");
        TreeSet<String> before = list(Path.of("."));
        for (String blank : List.of("", " ", "\t")) {
            for (String[] args : List.of(
                    new String[] {"frontier", instance.toString(), "--out", blank},
                    new String[] {"frontier", blank},
                    new String[] {"check", blank},
                    new String[] {"export", instance.toString(), "--weights", "1,1", "-o", blank},
                    new String[] {"import-bids", bids.toString(), "-o", blank},
                    new String[] {"import-bids", blank},
                    new String[] {"sweep", blank},
                    new String[] {"sweep", instance.toString(), "--out", blank})) {
                CliRun.of(args).assertFailure(ExitCode.USAGE)
                        .assertErrContains("the path '" + blank + "' is " + (blank.isEmpty() ? "empty" : "blank"),
                                "give a file or directory name");
            }
        }
        assertThat(list(Path.of("."))).isEqualTo(before);
    }

    @Test
    void pathWithANulCharacterIsAUsageError() {
        CliRun.of("frontier", instance.toString(), "--out", "a\0b")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("'a\\0b' is not a valid path");
    }

    /** {@code --format JSON} and {@code --transfers NO-SUBSIDY} mean what they say. */
    @Test
    void namedOptionValuesIgnoreCase() {
        CliRun lower = CliRun.of("frontier", instance.toString(), "--format", "json", "--transfers", "no-subsidy");
        CliRun upper = CliRun.of("frontier", instance.toString(), "--format", "JSON", "--transfers", "No-Subsidy");
        assertThat(upper.code()).as(upper.describe()).isZero();
        assertThat(upper.out()).isEqualTo(lower.out()).startsWith("{");
    }

    /** picocli's own messages end with a full stop; the "(see ...)" hint follows without one. */
    @Test
    void unknownSubcommandHasNoStrayFullStop() {
        CliRun.of("help", "fronteer").assertFailure(ExitCode.USAGE)
                .assertErrContains("Unknown subcommand 'fronteer' (see 'paretomech --help')");
    }
}
