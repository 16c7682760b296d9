package org.paretomech.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.cli.Main;

/** {@code paretomech sweep} on the experiment fields of this package: exit codes and messages. */
class SweepCommandLineTest {

    @TempDir
    Path tmp;

    /** Exit code, standard output and standard error of one in-process run. */
    record Run(int code, String out, String err) {
    }

    static Run sweep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "sweep";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anUnknownSolutionIsInvalidInputNamingTheValueAndTheValidOnes() throws IOException {
        Path e = tmp.resolve("e.json");
        Files.writeString(e, """
                {"name": "x", "families": [{"name": "uniform"}], "buyers": 2, "points": 20,
                 "solutions": ["kalaiSmorodinsky", "egalitarian"]}
                """);
        Path out = tmp.resolve("out");
        Run r = sweep(e.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("e.json", "\"solutions[1]\" = \"egalitarian\" is unknown",
                "kalaiSmorodinsky, nash, crossSideNash");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void aSelectionRunsAndWritesOnlyItsColumns() throws IOException {
        Path e = tmp.resolve("e.json");
        Files.writeString(e, """
                {"name": "x", "families": [{"name": "uniform"}], "buyers": [2, 3], "points": 20,
                 "solutions": ["crossSideNash"]}
                """);
        Path out = tmp.resolve("out");
        Run r = sweep(e.toString(), "--out", out.toString(), "--plot");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 rows (2 computed, 0 reused, 0 failed)");
        assertThat(Files.readAllLines(out.resolve(SweepFiles.CSV)).get(0))
                .contains("crossSideNashWelfareRatio").doesNotContain("ks").doesNotContain(",nash");
        assertThat(out.resolve("welfare-ratio.png")).isNotEmptyFile();
    }

    @Test
    void instanceFilesRunRelativeToTheExperimentAndAMissingOneIsAFailedRowNotAFailedSweep() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("experiments"));
        Files.copy(Path.of("instances/two-point.json"), tmp.resolve("two-point.json"));
        Path e = dir.resolve("e.json");
        Files.writeString(e, """
                {"name": "files", "instances": ["../two-point.json", "../absent.json"], "buyers": [2, 3]}
                """);
        Path out = tmp.resolve("out");
        Run r = sweep(e.toString(), "--out", out.toString(), "--plot");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("files: 4 rows (4 computed, 0 reused, 2 failed)");
        assertThat(Files.readAllLines(out.resolve(SweepFiles.CSV))).hasSize(5).element(3).asString()
                .startsWith("2,,../absent.json,,,,2,,").contains("failed: cannot read instance file ../absent.json");
        assertThat(out.resolve("frontiers.png")).isNotEmptyFile();
        Run again = sweep(e.toString(), "--out", out.toString());
        assertThat(again.out()).contains("4 rows (2 computed, 2 reused, 2 failed)");
    }

    @Test
    void pointsWithoutFamiliesIsInvalidInput() throws IOException {
        Path e = tmp.resolve("e.json");
        Files.writeString(e, "{\"name\": \"x\", \"instances\": [\"a.json\"], \"points\": 400}");
        Run r = sweep(e.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("e.json: experiment field \"points\" applies to \"families\" rows only");
    }
}
