package org.paretomech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.sweep.BargainingConcept;
import org.paretomech.sweep.Experiment;
import org.paretomech.sweep.SweepRow;
import org.paretomech.sweep.SweepRunner;

/** The sweep script of the README's library-API section compiles as written and prints the sweep's numbers. */
class ReadmeSweepScriptTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    /** The README's java block that declares {@code class SweepScript}. */
    private static String script() throws Exception {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            if (m.group(1).contains("public class SweepScript")) {
                return m.group(1);
            }
        }
        throw new AssertionError("README.md has no java block with public class SweepScript");
    }

    /** What the script must print: the bundled eBay experiment's rows, computed by the runner directly. */
    private static String expected() throws Exception {
        SweepRunner.Result r = new SweepRunner().run(Experiment.read(Path.of("experiments/ebay-auctions.json")), 2,
                SweepRunner.Listener.none());
        assertThat(r.rows()).hasSize(12).allMatch(SweepRow::ok);
        StringBuilder sb = new StringBuilder();
        for (SweepRow row : r.rows()) {
            SweepRow.Outcome o = row.outcome().orElseThrow();
            sb.append(String.format("%-35s n = %2d   KS %.4f   Nash %.4f%n", row.label(), row.buyers().getAsInt(),
                    o.solution(BargainingConcept.KALAI_SMORODINSKY).orElseThrow().welfareRatio(),
                    o.solution(BargainingConcept.NASH).orElseThrow().welfareRatio()));
        }
        return sb.toString();
    }

    @Test
    void theReadmeSweepScriptCompilesAndPrintsTheRowsOfTheBundledExperiment(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("SweepScript.java");
        Files.writeString(source, script());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler").isNotNull();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-Xlint:all", "-Werror",
                "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
        assertThat(code).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("SweepScript").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(printed).isEqualTo(expected());
        assertThat(printed.lines().findFirst().orElseThrow()).startsWith("../instances/palm-pilot-7day.json")
                .contains("n =  2");
    }
}
