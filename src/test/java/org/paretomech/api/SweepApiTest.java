package org.paretomech.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.sweep.BargainingConcept;
import org.paretomech.sweep.Experiment;
import org.paretomech.sweep.SweepFiles;
import org.paretomech.sweep.SweepRow;
import org.paretomech.sweep.SweepRunner;

/** {@link Paretomech#sweep(Path)}: the rows of {@code paretomech sweep}, in memory or into a directory. */
class SweepApiTest {

    @TempDir
    Path tmp;

    private Path experiment() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("experiments"));
        Files.copy(Path.of("instances/two-point.json"), tmp.resolve("two-point.json"));
        Path f = dir.resolve("small.json");
        Files.writeString(f, """
                {"name": "small", "families": [{"name": "uniform"}, {"name": "lomax", "shape": 3}],
                 "instances": ["../two-point.json"], "buyers": [2, 3], "points": 30,
                 "solutions": ["kalaiSmorodinsky", "nash"]}
                """);
        return f;
    }

    private static List<SweepRow> untimed(List<SweepRow> rows) {
        return rows.stream().map(SweepRow::withoutTiming).toList();
    }

    @Test
    void anInMemorySweepHasTheRowsTheRunnerWritesAndWritesNothing() throws IOException {
        Path f = experiment();
        SweepResult r = Paretomech.sweep(f).threads(2).run();
        assertThat(r.directory()).isEmpty();
        assertThat(r.rows()).hasSize(6).allMatch(SweepRow::ok);
        assertThat(r.computed()).isEqualTo(6);
        assertThat(r.reused()).isZero();
        assertThat(r.failed()).isZero();
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("small.json", "two-point.json");
        }
        SweepRunner.Result cli = new SweepRunner().run(Experiment.read(f), tmp.resolve("cli"), 1,
                SweepRunner.Listener.none());
        assertThat(untimed(r.rows())).isEqualTo(untimed(cli.rows()));
        // the instance row is the instance file's: two-point, n = 2, Nash (1/4, 1/2)
        SweepRow twoPoint = r.rows().get(4);
        assertThat(twoPoint.instance()).contains("../two-point.json");
        assertThat(twoPoint.outcome().orElseThrow().solution(BargainingConcept.NASH).orElseThrow().surplus())
                .isEqualTo(0.5);
        assertThat(twoPoint.outcome().orElseThrow().solution(BargainingConcept.CROSS_SIDE_NASH)).isEmpty();
        assertThat(r.csv().lines().findFirst().orElseThrow()).contains("instance", "nashWelfareRatio")
                .doesNotContain("crossSideNash");
    }

    @Test
    void outWritesTheFilesOfTheCommandAndResumesFromThem() throws IOException {
        Path f = experiment();
        Path out = tmp.resolve("out");
        Sweep sweep = Paretomech.sweep(f).out(out);
        SweepResult first = sweep.run();
        assertThat(first.directory()).contains(out);
        assertThat(first.computed()).isEqualTo(6);
        assertThat(Files.readString(out.resolve(SweepFiles.CSV))).isEqualTo(first.csv());
        assertThat(Files.readString(out.resolve(SweepFiles.JSONL))).isEqualTo(first.jsonl());

        SweepResult second = sweep.threads(1).run();
        assertThat(second.computed()).isZero();
        assertThat(second.reused()).isEqualTo(6);
        assertThat(second.rows()).isEqualTo(first.rows());
    }

    @Test
    void anExperimentBuiltInCodeRunsToo() {
        SweepResult r = Paretomech.sweep(Experiment.parse("""
                {"name": "code", "families": [{"name": "uniform"}], "buyers": 2, "points": 20, "units": 3}
                """)).run();
        // a row that cannot be solved is a failed row, not an exception
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.rows().get(0).status()).startsWith("failed: ").contains("units = 3 exceeds buyers = 2");
    }

    @Test
    void badArgumentsAreRejectedNamingTheFix() throws IOException {
        assertThatThrownBy(() -> Paretomech.sweep(tmp.resolve("nope.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope.json: cannot read the experiment file");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": 2, "
                + "\"solutions\": [\"utilitarian\"]}");
        assertThatThrownBy(() -> Paretomech.sweep(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.json: ").hasMessageContaining("\"utilitarian\" is unknown");
        assertThatThrownBy(() -> Paretomech.sweep((Path) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Paretomech.sweep((Experiment) null)).isInstanceOf(IllegalArgumentException.class);
        Sweep s = Paretomech.sweep(experiment());
        assertThatThrownBy(() -> s.threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads = 0");
        assertThatThrownBy(() -> s.out(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output directory");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThatThrownBy(() -> s.out(file).run()).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write the sweep into " + file);
    }
}
