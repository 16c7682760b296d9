package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the command line on every file of the bad-input corpus ({@code src/test/resources/bad-input},
 * one file per fault) and checks the failure contract against the manifest {@code expected.tsv}:
 * the exit code, nothing on standard output, one {@code paretomech: } line on standard error that
 * names the file, contains the manifest's substring and quotes the offending value, no stack trace;
 * and that line is exactly the manifest's message (with {@code {path}} for the file's path).
 */
class BadInputCorpusTest {

    private static final String MANIFEST = "expected.tsv";

    /** One manifest row. */
    record Entry(String file, int exitCode, String substring, String value, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Path corpus() {
        URL url = BadInputCorpusTest.class.getResource("/bad-input/" + MANIFEST);
        assertThat(url).as("bad-input/" + MANIFEST + " on the test class path").isNotNull();
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Entry> manifest() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(corpus().resolve(MANIFEST), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("manifest line '%s' has 5 tab-separated columns", line).hasSize(5);
            entries.add(new Entry(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]));
        }
        return entries;
    }

    static Stream<Arguments> entries() throws IOException {
        return manifest().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eachBadFileFailsWithOneClearLine(Entry e) {
        Path file = corpus().resolve(e.file());
        String command = e.file().endsWith(".csv") ? "import-bids" : "frontier";
        ExitCode expected = exitCode(e.exitCode());

        CliRun run = CliRun.of(command, file.toString());

        run.assertFailure(expected).assertErrContains(e.substring(), e.value(), e.file());
        assertThat(run.err().strip()).isEqualTo(e.message().replace("{path}", file.toString()));
    }

    @Test
    void manifestListsEveryCorpusFileExactlyOnce() throws IOException {
        List<Entry> entries = manifest();
        TreeSet<String> listed = new TreeSet<>();
        for (Entry e : entries) {
            assertThat(listed.add(e.file())).as("listed twice: " + e.file()).isTrue();
        }
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> s = Files.list(corpus())) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(MANIFEST)).forEach(present::add);
        }
        assertThat(listed).isEqualTo(present);
    }

    private static ExitCode exitCode(int code) {
        for (ExitCode c : ExitCode.values()) {
            if (c.code() == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("exit code " + code + " in " + MANIFEST + " is not an ExitCode");
    }
}
