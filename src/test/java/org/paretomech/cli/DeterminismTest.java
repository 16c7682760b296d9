package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 6, determinism: {@code paretomech frontier} writes the same bytes (stdout JSON and CSV,
 * and every file of {@code --out}) in a fresh JVM with the default processor count and in one
 * restricted to a single processor and a fork-join parallelism of 1, and in-process.
 *
 * <p>Today the frontier command itself runs on one thread (no parallel streams, executors or
 * fork-join tasks in the engines, the tracer or the reports; only {@code sweep} uses a thread
 * pool, and SweepTest covers it); ojAlgo sizes its internal pools from the processor count. The
 * test pins the behaviour against later parallelisation: each configuration is a fresh JVM with
 * {@code -XX:ActiveProcessorCount} and {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism}
 * set, compared byte for byte with the default JVM.
 */
class DeterminismTest {

    /** A JVM run of the whole command line must finish well within this (they take 2-3 s). */
    private static final long TIMEOUT_SECONDS = 120;

    /** JVM options of the compared configurations; the first is the reference. */
    private static final List<List<String>> CONFIGURATIONS = List.of(
            List.of(),
            List.of("-XX:ActiveProcessorCount=1", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"));

    private static final List<String> OUT_FILES = List.of("frontier.csv", "second_price.csv", "result.json",
            "frontier.png");

    @TempDir
    Path tmp;

    /**
     * Output of one JVM: stdout of {@code --format json} and the {@code --out} files (whose
     * {@code frontier.csv} is what {@code --format csv} prints, compared in-process below).
     */
    private record Outputs(String json, List<byte[]> files) {
    }

    private Outputs runJvm(List<String> jvmOptions, String name, List<String> args) throws IOException, InterruptedException {
        Path out = tmp.resolve(name);
        List<String> base = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        base.addAll(jvmOptions);
        base.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "frontier"));
        base.addAll(args);
        String json = run(concat(base, "--format", "json", "--out", out.toString()));
        List<byte[]> files = new ArrayList<>();
        for (String f : OUT_FILES) {
            files.add(Files.readAllBytes(out.resolve(f)));
        }
        return new Outputs(json, files);
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
        assertThat(p.exitValue()).as("exit code of %s", command).isZero();
        return new String(stdout, StandardCharsets.UTF_8);
    }

    private static String inProcess(List<String> args, String format) {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(List.of("frontier"));
        all.addAll(args);
        all.addAll(List.of("--format", format));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    /**
     * The Palm Pilot instance (228 points, 207 vertices, the README's main example) and the
     * two-unit point mass with the oracle, and a small instance with the LP engine (ojAlgo, whose
     * thread pools follow the processor count). Six JVM runs, about 15 s on two cores.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"instances/palm-pilot-7day.json", "instances/point-mass.json",
        "instances/three-point-zero-lowest.json --engine lp"})
    void sameBytesForEveryProcessorCount(String arguments) throws IOException, InterruptedException {
        List<String> args = List.of(arguments.split(" "));
        Outputs reference = runJvm(CONFIGURATIONS.get(0), "reference", args);
        assertThat(reference.json()).startsWith("{").contains("\"vertices\"");
        for (int c = 1; c < CONFIGURATIONS.size(); c++) {
            Outputs other = runJvm(CONFIGURATIONS.get(c), "configuration-" + c, args);
            String what = String.join(" ", CONFIGURATIONS.get(c));
            assertThat(other.json()).as("JSON with %s", what).isEqualTo(reference.json());
            for (int i = 0; i < OUT_FILES.size(); i++) {
                assertThat(other.files().get(i)).as("%s with %s", OUT_FILES.get(i), what)
                        .isEqualTo(reference.files().get(i));
            }
        }
        // In-process (this JVM, after whatever other tests ran) gives the same bytes as a fresh JVM.
        assertThat(inProcess(args, "json")).isEqualTo(reference.json());
        Path files = tmp.resolve("reference");
        assertThat(inProcess(args, "csv")).startsWith("vertex,revenue,surplus")
                .isEqualTo(Files.readString(files.resolve("frontier.csv")));
        assertThat(Files.readString(files.resolve("result.json"))).isEqualTo(reference.json());
    }
}
