package org.paretomech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.numeric.Tolerances;

/** The scripts in {@code examples/} compile against the project and print the API's numbers. */
class ExamplesTest {

    private static final Path QUICK_START = Path.of("examples/QuickStart.java");

    /** What QuickStart must print, computed from FrontierAnalysis on the bundled weibull-n5 instance. */
    private static String expected() throws IOException {
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT)
                .trace(InstanceJson.read(Path.of("instances/weibull-n5.json"), InstanceOverrides.NONE));
        FrontierAnalysis a = FrontierAnalysis.of(f);
        String nl = System.lineSeparator();
        return String.format("R_max = %.6f%sS_max = %.6f%s", f.revenueMax(), nl, f.surplusMax(), nl)
                + String.format("%-16s W/W* = %.6f%s", "kalaiSmorodinsky", a.kalaiSmorodinsky().welfareRatio(), nl)
                + String.format("%-16s W/W* = %.6f%s", "nash", a.nash().welfareRatio(), nl)
                + String.format("%-16s W/W* = %.6f%s", "crossSideNash", a.crossSideNash().welfareRatio(), nl);
    }

    @Test
    void quickStartCompilesAndPrintsTheFrontierAnalysisNumbers(@TempDir Path out) throws Exception {
        String printed = JavaScripts.compileAndRun(QUICK_START, "QuickStart", out);
        assertThat(printed).isEqualTo(expected());

        // and the same numbers from the API itself
        Result r = Paretomech.family("weibull", Map.of("shape", 2.0)).points(400).buyers(5).solve();
        assertThat(printed).contains(String.format("R_max = %.6f", r.revenueMax()),
                String.format("W/W* = %.6f", r.nash().welfareRatio()));
    }

    /** Exactly as the README runs it: the JDK's single-file source launcher on the project classpath. */
    @Test
    void quickStartRunsWithTheSourceLauncher() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QUICK_START.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = new String(bytes, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(printed).isZero();
        // the child JVM runs with this JVM's default locale unless the environment differs; compare numbers
        assertThat(printed.replace(',', '.')).isEqualTo(expected().replace(',', '.'));
    }

    /** Exactly as the README runs it: the JDK's jshell on the project class path, the script as a file. */
    @Test
    void jshellScriptPrintsTheQuickStartNumbers() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jshell), "jshell in this JDK");
        List<String> cmd = List.of(jshell.toString(), "--class-path", System.getProperty("java.class.path"),
                "examples/quickstart.jsh");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String printed = new String(bytes, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed.replace(',', '.')).startsWith(expected().replace(',', '.'));
        Result r = Paretomech.family("weibull", Map.of("shape", 2.0)).points(400).buyers(5).solve();
        assertThat(printed).contains(r.vertices().get(0).toString(), r.secondPrice().best().toString());
    }
}
