package org.paretomech.lp.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paretomech.cli.Main;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.lp.Weights;
import picocli.CommandLine;

/**
 * {@code paretomech export}: the command class on its own (it is package-private in {@code cli},
 * so it is created by name, as picocli does) and, once {@code Main} lists it, through {@link Main#run}.
 */
class ExportCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err, Throwable thrown) {
    }

    private static Run command(String... args) throws ClassNotFoundException {
        CommandLine cl = new CommandLine(Class.forName("org.paretomech.cli.ExportCommand"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            thrown.set(ex);
            return 99;
        });
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString(), thrown.get());
    }

    @Test
    void writesMpsToStandardOutputByDefault() throws Exception {
        Run r = command("instances/two-point.json", "--weights", "1,1");
        assertThat(r.thrown()).isNull();
        assertThat(r.code()).isZero();
        ModelExport expected = ModelExport.of(InstanceJson.read(Path.of("instances/two-point.json"), InstanceOverrides.NONE),
                Weights.WELFARE);
        assertThat(r.out()).isEqualTo(expected.text(ModelFormat.MPS)).contains(MpsWriter.NEGATED);
    }

    @Test
    void writesTheFileInTheFormatOfItsExtensionAndHonoursOverrides() throws Exception {
        Path file = tmp.resolve("m.lp");
        Run r = command("instances/palm-pilot-7day.json", "--weights", "2,1", "--buyers", "3", "-o", file.toString());
        assertThat(r.thrown()).isNull();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("wrote " + file + " (lp; ");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\\ paretomech model export").contains("\nMaximize\n").contains("n = 3 buyers")
                .contains("lambda_R = 1, lambda_S = 0.5 (given 2,1;");
        Path mps = tmp.resolve("m.txt");
        assertThat(command("instances/two-point.json", "--weights", "0,1", "--format", "mps", "-o", mps.toString()).code())
                .isZero();
        assertThat(Files.readString(mps, StandardCharsets.UTF_8)).contains("\nROWS\n");
        assertThat(command("instances/two-point.json", "--weights", "0,1", "--format", "LP").out()).contains("Subject To");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,x", "-1,2", "0,0", "1", "1,2,3", "", "NaN,1", "1,Infinity", ",1", "1d,1"})
    void badWeightsAreOneLineUsageErrors(String weights) throws Exception {
        Run r = command("instances/two-point.json", "--weights", weights);
        assertThat(r.thrown()).isNull();
        assertThat(r.code()).isEqualTo(2);
        String m = r.err().lines().findFirst().orElse("");
        assertThat(m).doesNotContain("\n").startsWith("--weights \"" + weights + "\" is invalid")
                .contains("e.g. --weights 1,1");
    }

    /** An unknown format is a bad option value: picocli's usage error, like frontier's --format. */
    @Test
    void unknownFormatIsAUsageError() throws Exception {
        Run r = command("instances/two-point.json", "--weights", "1,1", "--format", "xml");
        assertThat(r.thrown()).isNull();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format \"xml\" is unknown; use mps or lp");
    }

    /** Through the real entry point, with its exit codes: runs once {@code Main} registers the command. */
    @Test
    void throughMainOnceRegistered() {
        assumeTrue(new CommandLine(new Main()).getSubcommands().containsKey("export"),
                "Main does not list the export command yet");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int ok = Main.run(new String[] {"export", "instances/two-point.json", "--weights", "1,0", "--format", "lp"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(ok).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Maximize");
        StringWriter err2 = new StringWriter();
        int bad = Main.run(new String[] {"export", "instances/two-point.json", "--weights", "1,x"},
                new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertThat(bad).isEqualTo(2);
        assertThat(err2.toString().strip()).startsWith("paretomech: --weights \"1,x\" is invalid").doesNotContain("\n");
        StringWriter err3 = new StringWriter();
        int usage = Main.run(new String[] {"export", "instances/two-point.json", "--weights", "1,1", "--format", "xml"},
                new PrintWriter(new StringWriter()), new PrintWriter(err3));
        assertThat(usage).as(err3.toString()).isEqualTo(2);
    }
}
