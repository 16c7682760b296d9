package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random argument vectors for {@link Main#run}: the exit code is always one of {@link ExitCode},
 * never {@link ExitCode#INTERNAL_ERROR}; a failure prints nothing on standard output and ends
 * standard error with one {@code paretomech: } line, without a stack trace.
 *
 * <p>Every path handed to the command line lies in a temporary directory, so no run can write
 * into the working directory. Instances are small (K <= 20), so each run takes milliseconds.
 * Seeds are fixed for reproducible runs. {@code --weights} only gets invalid values here: valid
 * small values currently end in an internal error (see {@link #crudeGridIsNotAnInternalError}).
 */
class CliFuzzTest {

    private static Path root;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> INPUTS = new ArrayList<>();
    private static final List<String> CSV_INPUTS = new ArrayList<>();
    private static Path validInstance;

    @BeforeContainer
    static void createInputs() throws IOException {
        root = Files.createTempDirectory("paretomech-cli-fuzz");
        validInstance = write("three-point.json", "{\"name\": \"three-point\", \"buyers\": 2, "
                + "\"values\": [0, 1, 2], \"probabilities\": [0.25, 0.25, 0.5]}");
        INPUTS.add(validInstance.toString());
        INPUTS.add(write("twenty.json", twentyPoints()).toString());
        INPUTS.add(write("family.json", "{\"buyers\": 3, \"units\": 2, \"transfers\": \"zero-lowest-utility\", "
                + "\"family\": {\"name\": \"exponential\", \"rate\": 0.5, \"points\": 12}}").toString());
        INPUTS.add(write("one-point.json", "{\"buyers\": 1, \"values\": [3], \"probabilities\": [1]}").toString());
        INPUTS.add(root.resolve("missing.json").toString());
        INPUTS.add(Files.createDirectory(root.resolve("a-directory")).toString());
        Path corpus = BadInputCorpusTest.corpus();
        try (Stream<Path> s = Files.list(corpus)) {
            s.sorted().map(Path::toString).filter(p -> p.endsWith(".json")).forEach(INPUTS::add);
        }
        CSV_INPUTS.add(write("bids.csv", "auctionid,bid,bidder,item,auction_type\n"
                + "1,10,a,Palm Pilot,7 day auction\n1,12,b,Palm Pilot,7 day auction\n"
                + "2,8.5,c,Xbox,3 day auction\n2,9,a,Xbox,3 day auction\n3,11,b,Xbox,7 day auction\n").toString());
        try (Stream<Path> s = Files.list(corpus)) {
            s.sorted().map(Path::toString).filter(p -> p.endsWith(".csv")).forEach(CSV_INPUTS::add);
        }
        CSV_INPUTS.add(root.resolve("missing.csv").toString());
        CSV_INPUTS.add(validInstance.toString());
    }

    @AfterContainer
    static void deleteInputs() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temporary directory
                }
            });
        }
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String twentyPoints() {
        StringBuilder v = new StringBuilder();
        StringBuilder c = new StringBuilder();
        for (int j = 0; j < 20; j++) {
            v.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", 0.5 * j + 0.01 * (j % 3)));
            c.append(j == 0 ? "" : ", ").append(1 + (j * 7) % 5);
        }
        return "{\"name\": \"twenty\", \"buyers\": 4, \"values\": [" + v + "], \"counts\": [" + c + "]}";
    }

    /** A fresh path under the temporary root, for --out and -o. */
    private static String freshPath() {
        return root.resolve("out-" + COUNTER.incrementAndGet()).toString();
    }

    // ---- properties -----------------------------------------------------------------------------

    @Property(tries = 120, seed = "20260301")
    void frontierArgumentsGiveDocumentedExitCodes(@ForAll("frontierArgs") List<String> args) {
        check(args);
    }

    @Property(tries = 80, seed = "20260302")
    void importBidsArgumentsGiveDocumentedExitCodes(@ForAll("importArgs") List<String> args) {
        check(args);
    }

    @Property(tries = 120, seed = "20260303")
    void anyTokensGiveDocumentedExitCodes(@ForAll("tokenSoup") List<String> args) {
        check(args);
    }

    /** Well-conditioned random instances (K <= 20) are solved: exit 0 with both engines. */
    @Property(tries = 30, seed = "20260304")
    void randomSmallInstancesAreSolved(@ForAll("smallInstance") String json,
                                       @ForAll("solveOptions") List<String> options) throws IOException {
        Path file = write("random-" + COUNTER.incrementAndGet() + ".json", json);
        try {
            List<String> args = new ArrayList<>(List.of("frontier", file.toString()));
            args.addAll(options);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(json + "\n" + run.describe()).isZero();
            assertThat(run.out()).as(run.describe()).isNotBlank();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The crude grid ({@code --weights N}) is an inner approximation of the frontier, so a
     * second-price point may lie above it; that must not be treated as a broken invariant
     * (IllegalStateException, exit 70), as it once was.
     */
    @Example
    void crudeGridIsNotAnInternalError() {
        for (String w : List.of("2", "3", "5")) {
            CliRun run = CliRun.of("frontier", validInstance.toString(), "--weights", w);
            assertThat(run.code()).as(run.describe()).isZero();
        }
    }

    private static void check(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(CliRun.DOCUMENTED_CODES).as(run.describe()).contains(run.code());
        assertThat(run.code()).as(run.describe()).isNotEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(run.err()).as(run.describe()).doesNotContain("\tat ", "at org.", "Exception");
        if (run.code() != 0) {
            assertThat(run.out()).as(run.describe()).isEmpty();
            String[] lines = run.err().split("\\R");
            assertThat(lines[lines.length - 1]).as(run.describe()).startsWith("paretomech: ");
            assertThat(lines.length).as("at most one line before the error: " + run.describe()).isLessThanOrEqualTo(2);
        }
    }

    // ---- generators -----------------------------------------------------------------------------

    private static Arbitrary<String> intText() {
        return Arbitraries.of("-1", "0", "1", "2", "3", "5", "20", "1000000", "1000001", "99999999999", "1e12",
                "x", "", "2.5", "+3", "0x10");
    }

    private static Arbitrary<List<String>> option(String name, Arbitrary<String> value) {
        return value.map(v -> List.of(name, v));
    }

    private static Arbitrary<List<String>> flag(String... names) {
        return Arbitraries.of(names).map(List::of);
    }

    private static Arbitrary<List<String>> outOption(String name) {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just("fresh")),
                        Tuple.of(1, Arbitraries.just("file")),
                        Tuple.of(1, Arbitraries.just("below-file")),
                        Tuple.of(1, Arbitraries.just("directory")))
                .map(kind -> List.of(name, switch (kind) {
                    case "fresh" -> freshPath();
                    case "file" -> validInstance.toString();
                    case "below-file" -> validInstance.resolve("sub").toString();
                    default -> root.resolve("a-directory").toString();
                }));
    }

    @Provide
    Arbitrary<List<String>> frontierArgs() {
        Arbitrary<List<String>> opt = Arbitraries.frequencyOf(
                Tuple.of(3, option("--format", Arbitraries.of("table", "json", "csv", "xml", "JSON", ""))),
                Tuple.of(2, option("--buyers", intText())),
                Tuple.of(2, option("--units", intText())),
                Tuple.of(2, option("--transfers", Arbitraries.of("no-subsidy", "zero-lowest-utility",
                        "ZERO_LOWEST_UTILITY", "full", ""))),
                Tuple.of(2, option("--engine", Arbitraries.of("ironing", "lp", "simplex"))),
                Tuple.of(1, option("--weights", Arbitraries.of("-1", "0", "1", "x", "99999999999"))),
                Tuple.of(1, option("--rows", intText())),
                Tuple.of(1, flag("--cross-check")),
                Tuple.of(1, outOption("--out")),
                Tuple.of(1, flag("--bogus", "-x", "--buyer", "extra-positional", "--", "-h", "--version")));
        return Combinators.combine(Arbitraries.of(INPUTS).injectNull(0.05), opt.list().ofMaxSize(5))
                .as((input, opts) -> {
                    List<String> args = new ArrayList<>();
                    args.add("frontier");
                    if (input != null) {
                        args.add(input);
                    }
                    opts.forEach(args::addAll);
                    return args;
                });
    }

    @Provide
    Arbitrary<List<String>> importArgs() {
        Arbitrary<List<String>> opt = Arbitraries.frequencyOf(
                Tuple.of(2, option("--item", Arbitraries.of("palm", "Palm Pilot", "xbox", "nothing", "", "a"))),
                Tuple.of(2, option("--auction-type", Arbitraries.of("7", "3", "7 day auction", "5", "x", ""))),
                Tuple.of(2, option("--step", Arbitraries.of("1", "0.5", "0", "-1", "NaN", "Infinity", "1e-300",
                        "1e300", "x"))),
                Tuple.of(1, option("--buyers", intText())),
                Tuple.of(1, option("--name", Arbitraries.of("n", "", "with space"))),
                Tuple.of(1, option("--format", Arbitraries.of("ebay", "csv"))),
                Tuple.of(2, outOption("-o")),
                Tuple.of(1, flag("--bogus", "--units", "-h")));
        return Combinators.combine(Arbitraries.of(CSV_INPUTS).injectNull(0.05), opt.list().ofMaxSize(4))
                .as((input, opts) -> {
                    List<String> args = new ArrayList<>();
                    args.add("import-bids");
                    if (input != null) {
                        args.add(input);
                    }
                    opts.forEach(args::addAll);
                    return args;
                });
    }

    @Provide
    Arbitrary<List<String>> tokenSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("frontier", "import-bids", "help", "bogus", "--help", "-V", "--format", "json",
                        "--buyers", "--units", "--transfers", "--engine", "lp", "--cross-check", "--weights",
                        "--rows", "--item", "--step", "--auction-type", "-", "--", "=", "--format=csv",
                        "--buyers=0", "-hV", ""),
                intText(),
                Arbitraries.of(INPUTS),
                Arbitraries.of(CSV_INPUTS));
        return token.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> smallInstance() {
        Arbitrary<List<Integer>> grid = Arbitraries.integers().between(0, 400).list().ofMinSize(1).ofMaxSize(20)
                .uniqueElements();
        Arbitrary<List<Integer>> counts = Arbitraries.integers().between(1, 50).list().ofSize(20);
        Arbitrary<Integer> buyers = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> units = Arbitraries.integers().between(1, 8);
        Arbitrary<String> transfers = Arbitraries.of("no-subsidy", "zero-lowest-utility");
        return Combinators.combine(grid, counts, buyers, units, transfers).as((g, c, n, k, t) -> {
            List<String> values = g.stream().sorted().map(i -> String.format(Locale.ROOT, "%.2f", i * 0.25)).toList();
            List<String> cs = c.subList(0, g.size()).stream().map(String::valueOf).toList();
            return "{\"buyers\": " + n + ", \"units\": " + Math.min(k, n) + ", \"transfers\": \"" + t
                    + "\", \"values\": [" + String.join(", ", values) + "], \"counts\": [" + String.join(", ", cs)
                    + "]}";
        });
    }

    @Provide
    Arbitrary<List<String>> solveOptions() {
        return Combinators.combine(Arbitraries.of("ironing", "lp"), Arbitraries.of("table", "json", "csv"),
                        Arbitraries.of(true, false))
                .as((engine, format, cross) -> {
                    List<String> o = new ArrayList<>(List.of("--engine", engine, "--format", format));
                    if (cross) {
                        o.add("--cross-check");
                    }
                    return o;
                });
    }
}
