package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: what a hostile (or careless) user tried, each answered by one clear line, a distinct
 * exit code and no damage: an output path that is the input file, names with control characters,
 * symbolic-link loops, repeated options.
 */
class CliHostileInputTest {

    private static final String INSTANCE = "{\"name\": \"three-point\", \"buyers\": 2, "
            + "\"values\": [0, 1, 2], \"probabilities\": [0.25, 0.25, 0.5]}\n";
    private static final String BIDS = "auctionid,bid,bidder\n1,10,a\n1,12,b\n2,8,c\n2,9,a\n";

    @TempDir
    Path dir;

    Path instance;

    @BeforeEach
    void writeInstance() throws IOException {
        instance = Files.writeString(dir.resolve("three-point.json"), INSTANCE, StandardCharsets.UTF_8);
    }

    /** import-bids bids.csv -o bids.csv used to replace the bid history with the instance JSON. */
    @Test
    void importBidsRefusesToWriteOverItsInput() throws IOException {
        Path csv = Files.writeString(dir.resolve("bids.csv"), BIDS);
        CliRun.of("import-bids", csv.toString(), "-o", csv.toString())
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("-o " + csv + " is the input file itself", "choose another file");
        assertThat(Files.readString(csv)).isEqualTo(BIDS);
    }

    /** The same file under another spelling (./x, a symbolic link) is still the input. */
    @Test
    void exportRefusesToWriteOverItsInputUnderAnotherName() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.mps"), instance);
        CliRun.of("export", instance.toString(), "--weights", "1,1", "-o", link.toString())
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("is the input file itself");
        CliRun.of("export", instance.toString(), "--weights", "1,1", "-o",
                        dir.resolve(".").resolve("three-point.json").toString())
                .assertFailure(ExitCode.USAGE);
        assertThat(Files.readString(instance)).isEqualTo(INSTANCE);
    }

    @Test
    void frontierRefusesAnOutDirectoryWhoseResultFileIsTheInput() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path input = Files.writeString(out.resolve("result.json"), INSTANCE);
        CliRun.of("frontier", input.toString(), "--out", out.toString())
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--out " + out + " would write result.json over the input file");
        assertThat(Files.readString(input)).isEqualTo(INSTANCE);
        try (var s = Files.list(out)) {
            assertThat(s.toList()).containsExactly(input);
        }
    }

    /**
     * {@code frontier x.json --out x.json} used to fail late with exit 5 ("a file of that name
     * exists"); an output path that is the input file itself is a usage error, as for {@code -o}.
     */
    @Test
    void frontierRefusesAnOutDirectoryThatIsTheInputFile() throws IOException {
        CliRun.of("frontier", instance.toString(), "--out", instance.toString())
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--out " + instance + " is the input file itself", "choose a directory");
        assertThat(Files.readString(instance)).isEqualTo(INSTANCE);
    }

    @Test
    void sweepRefusesAnOutDirectoryThatIsTheExperimentFile() throws IOException {
        Path experiment = Files.writeString(dir.resolve("experiment.json"), "{\"name\": \"x\"}");
        CliRun.of("sweep", experiment.toString(), "--out", experiment.toString())
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--out " + experiment + " is the input file itself", "choose a directory");
        assertThat(Files.readString(experiment)).isEqualTo("{\"name\": \"x\"}");
    }

    /** A name with a line break used to split the table's "Instance" line in two. */
    @Test
    void controlCharactersInNamesAreEscapedInTheTable() throws IOException {
        Path file = Files.writeString(dir.resolve("named.json"),
                INSTANCE.replace("\"three-point\"", "\"a\\u0000b\\nc\\u001b[31m\\u202e\""));
        for (String command : List.of("frontier", "check")) {
            CliRun run = CliRun.of(command, file.toString());
            assertThat(run.code()).as(run.describe()).isZero();
            assertThat(run.out()).contains("a\\u0000b\\nc\\u001b[31m\\u202e")
                    .doesNotContain("\u001b", "\u0000", "b\nc", "\u202e");
        }
    }

    @Test
    void symbolicLinkLoopIsExit4() throws IOException {
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, loop);
        CliRun.of("frontier", loop.toString()).assertFailure(ExitCode.INPUT_NOT_READABLE)
                .assertErrContains("cannot read " + loop);
    }

    @Test
    void repeatedOptionsAreUsageErrors() {
        CliRun.of("frontier", instance.toString(), "--buyers", "2", "--buyers", "3")
                .assertFailure(ExitCode.USAGE).assertErrContains("'--buyers'", "only once");
        CliRun.of("frontier", instance.toString(), instance.toString())
                .assertFailure(ExitCode.USAGE).assertErrContains("Unmatched argument");
    }
}
