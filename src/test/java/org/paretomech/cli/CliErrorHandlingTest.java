package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures that are not about file content: missing, unreadable and misdirected inputs, bad
 * options, unwritable outputs. Each must give its documented exit code and one line on standard
 * error; a failed {@code --out} must leave nothing half-written behind.
 */
class CliErrorHandlingTest {

    private static final String INSTANCE = "{\"name\": \"three-point\", \"buyers\": 2, "
            + "\"values\": [0, 1, 2], \"probabilities\": [0.25, 0.25, 0.5]}\n";

    private static final String BIDS = "auctionid,bid,bidder\n1,10,a\n1,12,b\n2,8,c\n2,9,a\n3,11,b\n3,7,d\n";

    private static final List<String> OUT_FILES = List.of("frontier.csv", "second_price.csv", "result.json",
            "frontier.png");

    @TempDir
    Path dir;

    Path instance;

    @BeforeEach
    void writeInputs() throws IOException {
        instance = Files.writeString(dir.resolve("three-point.json"), INSTANCE, StandardCharsets.UTF_8);
    }

    private static TreeSet<String> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    // ---- inputs -------------------------------------------------------------------------------

    @Test
    void missingInstanceFileIsExit4() {
        Path missing = dir.resolve("nope.json");
        CliRun.of("frontier", missing.toString())
                .assertFailure(ExitCode.INPUT_NOT_READABLE)
                .assertErrContains("file not found", missing.toString());
    }

    @Test
    void missingBidFileIsExit4() {
        Path missing = dir.resolve("nope.csv");
        CliRun.of("import-bids", missing.toString())
                .assertFailure(ExitCode.INPUT_NOT_READABLE)
                .assertErrContains("file not found", missing.toString());
    }

    /** A directory is not a readable input file: exit 4 (not 3), and the message says why. */
    @Test
    void directoryAsInstanceIsExit4AndSaysSo() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("instances.json"));
        CliRun.of("frontier", sub.toString())
                .assertFailure(ExitCode.INPUT_NOT_READABLE)
                .assertErrContains("cannot read " + sub, "is a directory");
    }

    @Test
    void directoryAsBidFileIsExit4AndNamesIt() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("bids.csv"));
        CliRun.of("import-bids", sub.toString())
                .assertFailure(ExitCode.INPUT_NOT_READABLE)
                .assertErrContains("cannot read " + sub, "directory");
    }

    @Test
    void unreadableInstanceIsExit4() throws IOException {
        Files.setPosixFilePermissions(instance, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(instance), "running as root: chmod 000 does not stop root from reading");
            CliRun.of("frontier", instance.toString())
                    .assertFailure(ExitCode.INPUT_NOT_READABLE)
                    .assertErrContains("permission denied", instance.toString());
        } finally {
            Files.setPosixFilePermissions(instance, PosixFilePermissions.fromString("rw-------"));
        }
    }

    // ---- options ------------------------------------------------------------------------------

    @Test
    void unknownOptionIsExit2() {
        CliRun.of("frontier", instance.toString(), "--bogus")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("Unknown option", "--bogus", "(see 'paretomech frontier --help')");
    }

    @Test
    void misspelledOptionSuggestsTheRightOne() {
        CliRun.of("frontier", instance.toString(), "--buyer", "3")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--buyer", "did you mean --buyers?");
    }

    @Test
    void unknownSubcommandIsExit2WithoutDoubleSpace() {
        CliRun run = CliRun.of("fronteer", instance.toString()).assertFailure(ExitCode.USAGE);
        run.assertErrContains("fronteer", "(see 'paretomech --help')");
        assertThat(run.err()).doesNotContain("  ");
    }

    @Test
    void badFormatIsExit2() {
        CliRun.of("frontier", instance.toString(), "--format", "xml")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--format", "xml", "table, json, csv");
    }

    @Test
    void badEngineIsExit2() {
        CliRun.of("frontier", instance.toString(), "--engine", "simplex")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--engine", "simplex");
    }

    /** An unknown --transfers label is a bad option value like a bad --format: exit 2, not 3. */
    @Test
    void badTransfersOptionIsExit2() {
        CliRun.of("frontier", instance.toString(), "--transfers", "full-subsidy")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--transfers", "full-subsidy", "no-subsidy, zero-lowest-utility");
    }

    @Test
    void nonIntegerBuyersIsExit2() {
        CliRun.of("frontier", instance.toString(), "--buyers", "1e12")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--buyers", "1e12");
    }

    @Test
    void missingInstanceArgumentIsExit2() {
        CliRun.of("frontier").assertFailure(ExitCode.USAGE).assertErrContains("INSTANCE");
    }

    // Issue 6: every bad command-line value is a usage error (exit 2), whether picocli cannot
    // convert it or our range check rejects it; exit 3 is for the content of input files.

    @Test
    void buyersZeroOverrideIsExit2AndNamesTheOption() {
        CliRun.of("frontier", instance.toString(), "--buyers", "0")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--buyers 0", "at least 1 buyer", "(see 'paretomech frontier --help')");
    }

    @Test
    void unparsableAndOutOfRangeBuyersGiveTheSameExitCode() {
        CliRun unparsable = CliRun.of("frontier", instance.toString(), "--buyers", "abc").assertFailure(ExitCode.USAGE);
        unparsable.assertErrContains("'abc' is not a whole number");
        // Beyond int, the message still names the tool's limit (it named the int range).
        CliRun tooLarge = CliRun.of("frontier", instance.toString(), "--buyers", "99999999999").assertFailure(ExitCode.USAGE);
        tooLarge.assertErrContains("--buyers 99999999999 is too large", "at most 1000000");
        CliRun beyondLong = CliRun.of("frontier", instance.toString(), "--buyers", "999999999999999999999")
                .assertFailure(ExitCode.USAGE);
        beyondLong.assertErrContains("'999999999999999999999' is too large");
        CliRun aboveMaximum = CliRun.of("frontier", instance.toString(), "--buyers", "1000001").assertFailure(ExitCode.USAGE);
        aboveMaximum.assertErrContains("--buyers 1000001 is too large", "at most 1000000");
    }

    @Test
    void unitsZeroOverrideIsExit2() {
        CliRun.of("frontier", instance.toString(), "--units", "0")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--units 0", "at least 1 unit");
    }

    /** The override, not the file, is what is wrong: a usage error that says which value came from where. */
    @Test
    void unitsOverrideAboveBuyersIsExit2() {
        CliRun.of("frontier", instance.toString(), "--units", "3")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("units = 3 (--units) exceeds buyers = 2 (from the file)", "use --units 2 or fewer");
        CliRun.of("check", instance.toString(), "--buyers", "1", "--units", "2")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("units = 2 (--units) exceeds buyers = 1 (--buyers)");
    }

    /** Without overrides, units above buyers in the file itself stays invalid input (exit 3). */
    @Test
    void unitsAboveBuyersInTheFileIsStillExit3() throws IOException {
        Path file = Files.writeString(dir.resolve("units.json"), INSTANCE.replace("\"buyers\": 2,", "\"buyers\": 2, \"units\": 3,"));
        CliRun.of("frontier", file.toString())
                .assertFailure(ExitCode.INVALID_INPUT)
                .assertErrContains("units = 3 exceeds buyers = 2");
    }

    @Test
    void weightsTooSmallIsExit2() {
        CliRun.of("frontier", instance.toString(), "--weights", "1")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--weights 1");
    }

    /** Option values are checked before the input is read: a usage error even when the file is missing. */
    @Test
    void optionErrorsAreReportedBeforeTheFileIsRead() {
        String missing = dir.resolve("missing.json").toString();
        CliRun.of("frontier", missing, "--rows", "1").assertFailure(ExitCode.USAGE).assertErrContains("--rows 1");
        CliRun.of("frontier", missing, "--refine", "9").assertFailure(ExitCode.USAGE).assertErrContains("--refine 9");
        CliRun.of("frontier", missing, "--solver", "cplex").assertFailure(ExitCode.USAGE).assertErrContains("'cplex'");
        CliRun.of("frontier", missing, "--solver", "glop", "--engine", "ironing").assertFailure(ExitCode.USAGE)
                .assertErrContains("--solver glop applies to the LP engine");
        CliRun.of("export", missing, "--weights", "0,0").assertFailure(ExitCode.USAGE).assertErrContains("both weights are zero");
    }

    /** Every command: out-of-range and unparsable values of the same option both exit 2. */
    @Test
    void everyCommandReportsBadOptionValuesAsUsageErrors() throws IOException {
        Path csv = Files.writeString(dir.resolve("bids.csv"), BIDS);
        Path experiment = Files.writeString(dir.resolve("e.json"), "{}");
        List<String[]> cases = List.of(
                new String[] {"frontier", instance.toString(), "--rows", "x"},
                new String[] {"frontier", instance.toString(), "--rows", "0"},
                new String[] {"frontier", instance.toString(), "--refine", "1"},
                new String[] {"frontier", instance.toString(), "--refine", "2"},
                new String[] {"check", instance.toString(), "--units", "-1"},
                new String[] {"check", instance.toString(), "--units", "one"},
                new String[] {"export", instance.toString(), "--weights", "1,x"},
                new String[] {"export", instance.toString(), "--weights", "1,1", "--buyers", "0"},
                new String[] {"sweep", experiment.toString(), "--threads", "0"},
                new String[] {"sweep", experiment.toString(), "--threads", "many"},
                new String[] {"sweep", experiment.toString(), "--threads", "100000"},
                new String[] {"import-bids", csv.toString(), "--step", "0"},
                new String[] {"import-bids", csv.toString(), "--step", "NaN"},
                new String[] {"import-bids", csv.toString(), "--step", "cents"},
                new String[] {"import-bids", csv.toString(), "--buyers", "0"},
                new String[] {"import-bids", csv.toString(), "--format", "amazon"},
                new String[] {"import-bids", csv.toString(), "--method", "closing_price", "--buyers", "3"},
                new String[] {"import-bids", csv.toString(), "--item", "Palm"},
                new String[] {"solvers", "--bogus"});
        for (String[] args : cases) {
            CliRun run = CliRun.of(args).assertFailure(ExitCode.USAGE);
            assertThat(run.errLine()).as(run.describe()).endsWith("--help')");
        }
    }

    /** A bare {@code paretomech} used to print the usage on standard output and exit 0. */
    @Test
    void noCommandIsAUsageError() {
        CliRun.of().assertFailure(ExitCode.USAGE)
                .assertErrContains("no command given; use one of frontier, check, expost, import-bids, export, sweep, solvers",
                        "(see 'paretomech --help')");
    }

    @Test
    void helpAndVersionSucceed() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"--version"}, new String[] {"help"},
                new String[] {"frontier", "--help"}, new String[] {"help", "import-bids"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(run.describe()).isZero();
            assertThat(run.out()).as(run.describe()).isNotBlank();
            assertThat(run.err()).as(run.describe()).isEmpty();
        }
    }

    // ---- outputs ------------------------------------------------------------------------------

    @Test
    void successfulOutWritesTheFourFilesAndNoTemporaries() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("frontier", instance.toString(), "--format", "csv", "--out", out.toString());
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("vertex,revenue,surplus");
        assertThat(list(out)).containsExactlyInAnyOrderElementsOf(OUT_FILES);
        for (String f : OUT_FILES) {
            assertThat(Files.size(out.resolve(f))).as(f).isPositive();
        }
        assertThat(Files.readString(out.resolve("frontier.csv"))).isEqualTo(run.out());
    }

    @Test
    void outOnAnExistingRegularFileIsExit5AndLeavesItAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("occupied"), "keep me\n");
        TreeSet<String> before = list(dir);
        CliRun.of("frontier", instance.toString(), "--out", file.toString())
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains(file.toString(), "a file of that name exists");
        assertThat(Files.readString(file)).isEqualTo("keep me\n");
        assertThat(list(dir)).isEqualTo(before);
    }

    /** A file used as a parent directory stops even root, unlike chmod. */
    @Test
    void outBelowARegularFileIsExit5() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path out = file.resolve("sub");
        TreeSet<String> before = list(dir);
        CliRun.of("frontier", instance.toString(), "--out", out.toString())
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains(out.toString(), "cannot create output directory");
        assertThat(list(dir)).isEqualTo(before);
    }

    @Test
    void outUnderProcIsExit5() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "no /proc on this system");
        Path out = proc.resolve("paretomech-test-" + ProcessHandle.current().pid()).resolve("out");
        CliRun.of("frontier", instance.toString(), "--out", out.toString())
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains(out.toString());
        assertThat(Files.exists(out)).isFalse();
    }

    /**
     * Creating a file in /proc fails with ENOENT although /proc exists. The message used to say
     * "cannot write into /proc (no such file or directory); choose a writable --out directory"
     * for {@code export -o} and {@code import-bids -o} too, which take no --out.
     */
    @Test
    void outputUnderProcNamesTheOptionTypedAndATrueReason() throws IOException {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "no /proc on this system");
        Path csv = Files.writeString(dir.resolve("bids.csv"), BIDS);
        for (String option : List.of("-o", "--output")) {
            for (String[] args : List.of(
                    new String[] {"export", instance.toString(), "--weights", "1,1", option, "/proc/x.mps"},
                    new String[] {"import-bids", csv.toString(), option, "/proc/x.json"})) {
                CliRun run = CliRun.of(args);
                assertThat(run.code()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_NOT_WRITABLE.code());
                String last = run.errLine().substring(run.errLine().lastIndexOf('\n') + 1);
                assertThat(last).as(run.describe())
                        .startsWith("paretomech: cannot write " + option + " /proc/x.")
                        .contains("/proc exists", "give " + option + " a file in a writable directory")
                        .doesNotContain("--out ", "--out directory", ".tmp");
            }
        }
        CliRun.of("frontier", instance.toString(), "--out", "/proc")
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains("cannot write into /proc (/proc exists", "writable --out directory")
                .assertErrContains("the system reports \"no such file or directory\"");
    }

    /** The reason is said of the directory (which exists), not of a temporary file's generated name. */
    @Test
    void noSuchFileInAnExistingDirectoryIsExplained() {
        String why = AtomicOutput.reason(new java.nio.file.NoSuchFileException(
                dir.resolve(".frontier.csv123.tmp").toString()), dir);
        assertThat(why).startsWith(dir + " exists, but its ").contains("file system refuses new entries")
                .doesNotContain(".tmp");
        assertThat(AtomicOutput.reason(new java.nio.file.NoSuchFileException(
                dir.resolve("gone").resolve("x.tmp").toString()), dir)).isEqualTo("no such file or directory");
    }

    @Test
    void outputBelowARegularFileSaysWhichPathIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        CliRun.of("export", instance.toString(), "--weights", "1,1", "-o", file.resolve("sub/x.mps").toString())
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains("cannot write -o " + file.resolve("sub/x.mps"), file + " is a file, not a directory");
        CliRun.of("frontier", instance.toString(), "--out", file.resolve("sub").toString())
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains(file + " is a file, not a directory", "writable --out directory");
    }

    /**
     * {@code -o} on a named pipe (like {@code /dev/stdout} or {@code /dev/null}) writes through it.
     * The temporary file used to be renamed over it, replacing the pipe (as root even the
     * {@code /dev/null} device node) with a regular file.
     */
    @Test
    void outputOnANamedPipeWritesThroughIt() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = CliRun.of("export", instance.toString(), "--weights", "1,1", "-o", fifo.toString());
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(read.get(60, java.util.concurrent.TimeUnit.SECONDS)).contains("paretomech model export", "ENDATA");
        assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).as("still a pipe").isFalse();
        assertThat(list(dir)).containsExactlyInAnyOrder("three-point.json", "pipe");
    }

    /** A symbolic link is followed: the file it names gets the output and the link stays a link. */
    @Test
    void outputOnASymbolicLinkReplacesTheFileItNames() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        CliRun run = CliRun.of("import-bids", Files.writeString(dir.resolve("bids.csv"), BIDS).toString(),
                "-o", link.toString());
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"buyers\"");
        assertThat(list(dir)).containsExactlyInAnyOrder("three-point.json", "bids.csv", "real.json", "link.json");
    }

    @Test
    void outInsideAReadOnlyDirectoryIsExit5() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: chmod does not stop root from writing");
            Path out = readOnly.resolve("out");
            CliRun.of("frontier", instance.toString(), "--out", out.toString())
                    .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                    .assertErrContains(out.toString(), "permission denied");
            assertThat(list(readOnly)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * {@code result.json} is a directory, so the third of four files cannot be moved into place.
     * Before the fix the first two were already in place (half a result set) when the third
     * failed; now nothing is written and no temporary file remains.
     */
    @Test
    void failedOutLeavesNoPartialResultsAndNoTemporaries() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createDirectories(out.resolve("result.json").resolve("keep"));
        CliRun.of("frontier", instance.toString(), "--out", out.toString())
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains(out.resolve("result.json").toString(), "a directory of that name exists");
        assertThat(list(out)).containsExactly("result.json");
        assertThat(list(out.resolve("result.json"))).containsExactly("keep");
    }

    @Test
    void failedOutKeepsEarlierResultsUntouched() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("frontier.csv"), "old\n");
        Files.createDirectory(out.resolve("frontier.png"));
        CliRun.of("frontier", instance.toString(), "--out", out.toString())
                .assertFailure(ExitCode.OUTPUT_NOT_WRITABLE)
                .assertErrContains("frontier.png");
        assertThat(list(out)).containsExactlyInAnyOrder("frontier.csv", "frontier.png");
        assertThat(Files.readString(out.resolve("frontier.csv"))).isEqualTo("old\n");
    }

    @Test
    void importBidsOutputBelowARegularFileIsExit5() throws IOException {
        Path csv = Files.writeString(dir.resolve("bids.csv"), BIDS);
        Path file = Files.writeString(dir.resolve("plain"), "x");
        TreeSet<String> before = list(dir);
        CliRun run = CliRun.of("import-bids", csv.toString(), "-o", file.resolve("instance.json").toString());
        assertThat(run.code()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_NOT_WRITABLE.code());
        assertThat(run.out()).isEmpty();
        String last = run.errLine().substring(run.errLine().lastIndexOf('\n') + 1);
        assertThat(last).startsWith("paretomech: ").contains(file.toString());
        assertThat(run.err()).doesNotContain("Exception", "at org.");
        assertThat(list(dir)).isEqualTo(before);
    }

    @Test
    void importBidsOutputOnADirectoryIsExit5AndLeavesNoTemporary() throws IOException {
        Path csv = Files.writeString(dir.resolve("bids.csv"), BIDS);
        Path target = Files.createDirectory(dir.resolve("instance.json"));
        TreeSet<String> before = list(dir);
        CliRun run = CliRun.of("import-bids", csv.toString(), "-o", target.toString());
        assertThat(run.code()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_NOT_WRITABLE.code());
        assertThat(run.errLine()).contains("paretomech: cannot write " + target, "directory");
        assertThat(list(dir)).isEqualTo(before);
        assertThat(list(target)).isEmpty();
    }

    /**
     * Several items (or auction lengths) without a filter were pooled into one distribution, and a
     * step above every bid gave a point mass at 0; both are now usage errors.
     */
    @Test
    void importBidsRefusesToPoolItemsOrRoundEverythingAway() throws IOException {
        Path csv = Files.writeString(dir.resolve("mixed.csv"), "auctionid,bid,bidder,item,auction_type\n"
                + "1,10,a,Palm Pilot,7 day auction\n1,12,b,Palm Pilot,7 day auction\n"
                + "2,8.5,c,Xbox,3 day auction\n2,9,a,Xbox,3 day auction\n3,11,b,Xbox,7 day auction\n");
        CliRun.of("import-bids", csv.toString())
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("holds 2 items ('Palm Pilot': 1 auction, 'Xbox': 2 auctions)", "--item 'Xbox'");
        CliRun.of("import-bids", csv.toString(), "--item", "xbox")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("holds 2 auction types for item 'Xbox'", "--auction-type 3");
        CliRun.of("import-bids", csv.toString(), "--item", "xbox", "--auction-type", "3", "--step", "1e9")
                .assertFailure(ExitCode.USAGE)
                .assertErrContains("--step 1000000000 is larger than the largest bid, 9 (" + csv + ", line 5, column 2)");
        CliRun ok = CliRun.of("import-bids", csv.toString(), "--item", "xbox", "--auction-type", "3");
        assertThat(ok.code()).as(ok.describe()).isZero();
    }

    @Test
    void importBidsWritesTheInstanceFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("bids.csv"), BIDS);
        Path target = dir.resolve("imported.json");
        CliRun run = CliRun.of("import-bids", csv.toString(), "-o", target.toString());
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).isEmpty();
        CliRun solved = CliRun.of("frontier", target.toString(), "--format", "csv");
        assertThat(solved.code()).as(solved.describe()).isZero();
    }
}
