package org.paretomech.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.api.Paretomech;
import org.paretomech.api.Result;
import org.paretomech.instance.TransferMode;

/**
 * Instance files as grid rows: paths relative to the experiment, the experiment's buyers, units and
 * transfers replacing the file's, grid order, row keys with the file's content, failed rows for
 * missing files, resumption, the overlay selection and the row files.
 */
class InstanceSweepTest {

    @TempDir
    Path tmp;

    /** {@code tmp/experiments/} holds the experiment files, {@code tmp/instances/} copies of bundled instances. */
    private Path experiments;
    private Path instances;

    @BeforeEach
    void copyInstances() throws IOException {
        experiments = Files.createDirectories(tmp.resolve("experiments"));
        instances = Files.createDirectories(tmp.resolve("instances"));
        for (String name : List.of("two-point", "weibull-n5", "three-point-zero-lowest")) {
            Files.copy(Path.of("instances", name + ".json"), instances.resolve(name + ".json"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes {@code experiments/e.json} and reads it (so relative paths start at {@code experiments/}). */
    private Experiment experiment(String json) throws IOException {
        Path f = experiments.resolve("e.json");
        Files.writeString(f, json);
        return Experiment.read(f);
    }

    private static List<String> computing(SweepRunner runner, Experiment e, Path dir, List<String> computed)
            throws IOException {
        computed.clear();
        runner.run(e, dir, 2, SweepRunner.Listener.none());
        return List.copyOf(computed);
    }

    private static SweepRunner counting(List<String> computed) {
        return new SweepRunner(p -> {
            computed.add(p.key());
            return SweepRunner.compute(p);
        });
    }

    @Test
    void relativePathsStartAtTheExperimentFilesDirectory() throws IOException {
        Experiment e = experiment("""
                {"name": "r", "instances": ["../instances/two-point.json"]}
                """);
        InstanceFile f = e.instances().get(0);
        assertThat(f.path()).isEqualTo("../instances/two-point.json");
        assertThat(f.file()).isEqualTo(experiments.resolve("../instances/two-point.json").normalize());
        assertThat(f.name()).isEqualTo("two-point");
        // the same path is not found from the working directory, yet the row runs from here
        assertThat(Path.of("../instances/two-point.json")).doesNotExist();
        SweepRunner.Result r = new SweepRunner().run(e, tmp.resolve("out"), 1, SweepRunner.Listener.none());
        assertThat(r.rows()).singleElement().satisfies(row -> assertThat(row.status()).isEqualTo(SweepRow.OK));
        // an absolute path stays as it is
        Path absolute = instances.resolve("two-point.json").toAbsolutePath();
        assertThat(experiment("{\"name\": \"a\", \"instances\": [\"" + absolute + "\"]}").instances().get(0).file())
                .isEqualTo(absolute);
    }

    @Test
    void familyRowsComeFirstThenEachFileTimesBuyers() throws IOException {
        Experiment e = experiment("""
                {"name": "o", "families": [{"name": "uniform"}], "points": 30, "buyers": [3, 2],
                 "instances": ["../instances/weibull-n5.json", "../instances/two-point.json"]}
                """);
        List<SweepPoint> grid = e.grid();
        assertThat(grid).extracting(SweepPoint::describe).containsExactly(
                "uniform(lo=0, hi=1), n = 3, K = 30", "uniform(lo=0, hi=1), n = 2, K = 30",
                "../instances/weibull-n5.json, n = 3", "../instances/weibull-n5.json, n = 2",
                "../instances/two-point.json, n = 3", "../instances/two-point.json, n = 2");
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.get(i).index()).isEqualTo(i);
        }
        String digest = InstanceFile.of("../instances/two-point.json", experiments).digest();
        assertThat(digest).hasSize(16).matches("[0-9a-f]+");
        assertThat(grid.get(5).key()).isEqualTo("instance=../instances/two-point.json;sha256=" + digest
                + ";n=2;k=file;transfers=file");
        // the family rows' keys are those of an experiment without instances
        assertThat(grid.get(0).key()).isEqualTo(
                "family=uniform(lo=0, hi=1);binning=default;points=30;scheme=left;n=3;k=1;transfers=no-subsidy");
    }

    /** An instance row is {@code frontier FILE --buyers n --units k --transfers t}: the same instance, the same numbers. */
    @Test
    void theExperimentsBuyersUnitsAndTransfersReplaceTheFilesAsTheFrontierOptionsDo() throws IOException {
        Experiment e = experiment("""
                {"name": "v", "instances": ["../instances/two-point.json"], "buyers": [3, 4], "units": 2,
                 "transfers": "zero-lowest-utility"}
                """);
        SweepRunner.Result r = new SweepRunner().run(e, tmp.resolve("v"), 2, SweepRunner.Listener.none());
        for (int i = 0; i < 2; i++) {
            SweepRow row = r.rows().get(i);
            int n = 3 + i;
            assertThat(row.buyers()).hasValue(n);
            assertThat(row.units()).hasValue(2);
            assertThat(row.transfers()).contains("zero-lowest-utility");
            assertThat(row.family()).isEmpty();
            assertThat(row.points()).isEmpty();
            assertThat(row.scheme()).isEmpty();
            Result api = Paretomech.instance(instances.resolve("two-point.json")).buyers(n).units(2)
                    .transfers("zero-lowest-utility").solve();
            SweepRow.Outcome o = row.outcome().orElseThrow();
            assertThat(o.revenueMax()).isEqualTo(api.revenueMax());
            assertThat(o.surplusMax()).isEqualTo(api.surplusMax());
            assertThat(o.welfareMax()).isEqualTo(api.welfareMax());
            assertThat(o.solution(BargainingConcept.NASH).orElseThrow().welfareRatio())
                    .isEqualTo(api.nash().welfareRatio());
            assertThat(o.vertices()).isEqualTo(api.vertices().size());
        }
    }

    @Test
    void withoutABuyersListEachFileKeepsItsOwnBuyersUnitsAndTransfers() throws IOException {
        Experiment e = experiment("""
                {"name": "own", "instances": ["../instances/two-point.json", "../instances/three-point-zero-lowest.json"]}
                """);
        assertThat(e.buyers()).isEmpty();
        assertThat(e.units()).isEmpty();
        assertThat(e.transfers()).isEmpty();
        SweepRunner.Result r = new SweepRunner().run(e, tmp.resolve("own"), 2, SweepRunner.Listener.none());
        assertThat(r.rows()).hasSize(2).allMatch(SweepRow::ok);
        assertThat(r.rows().get(0).buyers()).hasValue(2);
        assertThat(r.rows().get(1).transfers()).contains(TransferMode.ZERO_LOWEST_UTILITY.label());
        // two-point's source: R_max = S_max = 3/4, KS = (3/8, 3/8), Nash = (1/4, 1/2)
        SweepRow.Outcome o = r.rows().get(0).outcome().orElseThrow();
        assertThat(o.revenueMax()).isEqualTo(0.75);
        assertThat(o.solution(BargainingConcept.KALAI_SMORODINSKY).orElseThrow().revenue()).isEqualTo(0.375);
        assertThat(o.solution(BargainingConcept.NASH).orElseThrow().surplus()).isEqualTo(0.5);
        assertThat(e.grid().get(0).key()).endsWith(";n=file;k=file;transfers=file");
    }

    /**
     * A file with a {@code "family"} is taken as it is: the experiment's {@code points} do not
     * re-discretise it, and its row equals the family row with the file's grid, verdicts included
     * (the check gets the file's family, as {@code check} does).
     */
    @Test
    void aFileWithAFamilyKeepsItsGridAndMatchesTheSameFamilyRow() throws IOException {
        Experiment e = experiment("""
                {"name": "w", "families": [{"name": "weibull", "shape": 2}], "points": [30, 400], "buyers": 5,
                 "instances": ["../instances/weibull-n5.json"]}
                """);
        SweepRunner.Result r = new SweepRunner().run(e, tmp.resolve("w"), 2, SweepRunner.Listener.none());
        assertThat(r.rows()).hasSize(3).allMatch(SweepRow::ok);
        SweepRow family400 = r.rows().get(1);
        SweepRow file = r.rows().get(2);
        assertThat(family400.points()).hasValue(400);
        assertThat(file.instance()).contains("../instances/weibull-n5.json");
        assertThat(file.outcome().orElseThrow().supportSize()).isEqualTo(400);
        assertThat(file.outcome()).isEqualTo(family400.outcome());
        assertThat(file.outcome().orElseThrow().verdicts()).contains("MHR: PASS");
    }

    @Test
    void aMissingFileFailsItsRowsAndTheSweepGoesOnThenRunsOnceTheFileIsThere() throws IOException {
        Experiment e = experiment("""
                {"name": "m", "families": [{"name": "uniform"}], "points": 30, "buyers": [2, 3],
                 "instances": ["../instances/missing.json", "../instances/two-point.json"]}
                """);
        Path dir = tmp.resolve("m");
        List<String> computed = Collections.synchronizedList(new ArrayList<>());
        SweepRunner runner = counting(computed);
        SweepRunner.Result r = runner.run(e, dir, 2, SweepRunner.Listener.none());
        assertThat(r.rows()).extracting(SweepRow::ok).containsExactly(true, true, false, false, true, true);
        SweepRow failed = r.rows().get(2);
        assertThat(failed.status()).startsWith("failed: cannot read instance file ../instances/missing.json (")
                .contains("missing.json): no such file", "starts at the experiment file's directory");
        assertThat(failed.instance()).contains("../instances/missing.json");
        assertThat(failed.buyers()).hasValue(2);
        assertThat(failed.units()).as("the file would have said").isEmpty();
        assertThat(failed.key()).contains(";sha256=" + InstanceFile.UNREADABLE + ";");
        String csv = Files.readString(dir.resolve(SweepFiles.CSV));
        assertThat(csv.lines()).hasSize(7);
        assertThat(csv.lines().skip(3).findFirst().orElseThrow())
                .startsWith("2,,../instances/missing.json,,,,2,,,");

        // failed rows are retried; once the file exists its rows run under the file's digest
        assertThat(computing(runner, e, dir, computed)).hasSize(2);
        Files.copy(instances.resolve("two-point.json"), instances.resolve("missing.json"));
        List<String> again = computing(runner, e, dir, computed);
        assertThat(again).hasSize(2).allMatch(k -> k.startsWith("instance=../instances/missing.json;sha256=")
                && !k.contains(InstanceFile.UNREADABLE));
        assertThat(SweepFiles.readRows(dir.resolve(SweepFiles.JSONL)).values()).hasSize(6).allMatch(SweepRow::ok)
                .noneMatch(row -> row.key().contains(InstanceFile.UNREADABLE));
        assertThat(computing(runner, e, dir, computed)).isEmpty();
    }

    @Test
    void aRowIsReusedForTheSameFileAndRecomputedWhenTheFileChanges() throws IOException {
        Experiment e = experiment("""
                {"name": "c", "instances": ["../instances/two-point.json"], "buyers": [2, 3]}
                """);
        Path dir = tmp.resolve("c");
        List<String> computed = Collections.synchronizedList(new ArrayList<>());
        SweepRunner runner = counting(computed);
        assertThat(computing(runner, e, dir, computed)).hasSize(2);
        assertThat(computing(runner, experiment(Files.readString(experiments.resolve("e.json"))), dir, computed))
                .isEmpty();

        // same name, other content: the rows computed from the old file are not reused
        Path file = instances.resolve("two-point.json");
        Files.writeString(file, Files.readString(file).replace("[\n    0.5,\n    0.5\n  ]", "[0.25, 0.75]"));
        assertThat(Files.readString(file)).contains("[0.25, 0.75]");
        Experiment changed = experiment(Files.readString(experiments.resolve("e.json")));
        assertThat(computing(runner, changed, dir, computed)).hasSize(2);
        SweepRow.Outcome o = SweepFiles.readRows(dir.resolve(SweepFiles.JSONL)).values().iterator().next()
                .outcome().orElseThrow();
        assertThat(o.revenueMax()).isNotEqualTo(0.75);
        assertThat(SweepFiles.readRows(dir.resolve(SweepFiles.JSONL))).hasSize(2);
    }

    @Test
    void instanceRowsAreTheSameOnOneAndTwoThreadsAndReadBackExactly() throws IOException {
        Experiment e = experiment("""
                {"name": "d", "families": [{"name": "lomax", "shape": 3}], "points": 40, "buyers": [2, 5],
                 "instances": ["../instances/two-point.json", "../instances/gone.json", "../instances/weibull-n5.json"]}
                """);
        SweepRunner.Result one = new SweepRunner().run(e, tmp.resolve("one"), 1, SweepRunner.Listener.none());
        SweepRunner.Result two = new SweepRunner().run(e, tmp.resolve("two"), 2, SweepRunner.Listener.none());
        assertThat(two.rows().stream().map(SweepRow::withoutTiming).toList())
                .isEqualTo(one.rows().stream().map(SweepRow::withoutTiming).toList());
        assertThat(withoutMillis(tmp.resolve("two").resolve(SweepFiles.JSONL)))
                .isEqualTo(withoutMillis(tmp.resolve("one").resolve(SweepFiles.JSONL)));
        SweepFiles.Columns columns = SweepFiles.Columns.of(e);
        assertThat(columns.names()).startsWith("index", "family", "instance", "points");
        for (SweepRow row : one.rows()) {
            assertThat(SweepFiles.parseLine(SweepFiles.jsonLine(row, columns))).contains(row);
        }
        assertThat(Files.readAllLines(tmp.resolve("one").resolve(SweepFiles.JSONL)).get(0))
                .contains("\"family\":\"lomax(shape=3, scale=1)\",\"instance\":null,\"points\":40,");
    }

    @Test
    void overlaySelectsInstanceRowsByFileNameOrPath() throws IOException {
        Experiment e = experiment("""
                {"name": "s", "families": [{"name": "uniform"}], "points": 30, "buyers": [2, 3],
                 "instances": ["../instances/two-point.json", "../instances/weibull-n5.json"],
                 "overlay": [{"instance": "two-point", "buyers": 3}, {"instance": "../instances/weibull-n5.json"},
                             {"family": "uniform", "buyers": 2}]}
                """);
        assertThat(e.overlayPoints()).extracting(SweepPoint::describe).containsExactly(
                "uniform(lo=0, hi=1), n = 2, K = 30", "../instances/two-point.json, n = 3",
                "../instances/weibull-n5.json, n = 2", "../instances/weibull-n5.json, n = 3");
        // a selection by n alone matches family and instance rows
        Experiment byN = experiment("""
                {"name": "s", "families": [{"name": "uniform"}], "points": 30, "buyers": [2, 3],
                 "instances": ["../instances/two-point.json", "../instances/weibull-n5.json"],
                 "overlay": [{"buyers": 3}]}
                """);
        assertThat(byN.overlayPoints()).extracting(SweepPoint::describe).containsExactly(
                "uniform(lo=0, hi=1), n = 3, K = 30", "../instances/two-point.json, n = 3",
                "../instances/weibull-n5.json, n = 3");

        SweepRunner.Result run = new SweepRunner().run(e, tmp.resolve("s"), 2, SweepRunner.Listener.none());
        FrontierOverlay.Overlay overlay = FrontierOverlay.of(e, run.rows(), 2);
        assertThat(overlay.leftOut()).isEmpty();
        assertThat(FrontierOverlayPlot.labels(overlay.curves())).containsExactly("uniform(lo=0, hi=1), n = 2",
                "../instances/two-point.json, n = 3", "../instances/weibull-n5.json, n = 2",
                "../instances/weibull-n5.json, n = 3");
        // two-point, n = 3: its frontier ends at (R_max, S_max) / W*
        FrontierOverlay.Curve c = overlay.curves().get(1);
        SweepRow.Outcome row = run.rows().get(3).outcome().orElseThrow();
        assertThat(c.buyers()).isEqualTo(3);
        assertThat(c.frontier().get(0)[0]).isEqualTo(row.revenueMax() / row.welfareMax());
        assertThat(FrontierOverlayPlot.png("s", overlay)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void theDefaultOverlayHasEachFilesSmallestAndLargestBuyersOrItsOnlyRow() throws IOException {
        Experiment withBuyers = experiment("""
                {"name": "d", "families": [{"name": "uniform"}], "points": [20, 30], "buyers": [2, 5, 3],
                 "instances": ["../instances/two-point.json"]}
                """);
        assertThat(withBuyers.overlayPoints()).extracting(SweepPoint::describe).containsExactly(
                "uniform(lo=0, hi=1), n = 2, K = 30", "uniform(lo=0, hi=1), n = 5, K = 30",
                "../instances/two-point.json, n = 2", "../instances/two-point.json, n = 5");
        Experiment own = experiment("""
                {"name": "d", "instances": ["../instances/two-point.json", "../instances/weibull-n5.json"]}
                """);
        assertThat(own.overlayPoints()).extracting(SweepPoint::describe)
                .containsExactly("../instances/two-point.json", "../instances/weibull-n5.json");
    }

    @Test
    void aMissingFileInTheOverlayIsLeftOutAndNamed() throws IOException {
        Experiment e = experiment("""
                {"name": "x", "instances": ["../instances/nowhere.json", "../instances/two-point.json"]}
                """);
        SweepRunner.Result run = new SweepRunner().run(e, tmp.resolve("x"), 1, SweepRunner.Listener.none());
        FrontierOverlay.Overlay overlay = FrontierOverlay.of(e, run.rows(), 1);
        assertThat(overlay.curves()).extracting(c -> c.point().label()).containsExactly("../instances/two-point.json");
        assertThat(overlay.leftOut()).singleElement().asString()
                .startsWith("../instances/nowhere.json: failed: cannot read instance file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"instances\": []                                            | \"instances\" = [] must be a non-empty list of instance file paths",
        "\"instances\": \"../instances/two-point.json\"               | \"instances\" = \"../instances/two-point.json\" must be a non-empty list",
        "\"instances\": [3]                                           | \"instances[0]\" = 3 must be the path of an instance file",
        "\"instances\": [\" \"]                                       | \"instances[0]\" = \" \" must be the path of an instance file",
        "\"instances\": [\"a.json\", \"a.json\"]                      | \"instances[1]\" = \"a.json\" repeats an earlier path",
        "\"instances\": [\"a.json\"], \"points\": 400                 | \"points\" applies to \"families\" rows only",
        "\"instances\": [\"a.json\"], \"scheme\": \"mid\"             | \"scheme\" applies to \"families\" rows only",
        "\"instances\": [\"a.json\"], \"buyers\": []                  | \"buyers\" is empty; give at least one value, or leave the field out to keep each instance file's own",
        "\"instances\": [\"a.json\"], \"units\": 0                    | \"units\" = 0 must be >= 1",
        "\"buyers\": 2                                                | list \"families\" (e.g. [{\"name\": \"uniform\"}]), \"instances\"",
        "\"families\": [], \"instances\": [\"a.json\"]                | \"families\" is empty",
        "\"instances\": [\"a.json\"], \"overlay\": [{\"instance\": \"b\"}]                   | \"overlay[0].instance\" = \"b\" is not an instance file of this experiment; use one of a",
        "\"instances\": [\"a.json\"], \"overlay\": [{\"instance\": 3}]                       | \"overlay[0].instance\" = 3 must name an instance file",
        "\"instances\": [\"a.json\"], \"overlay\": [{\"instance\": \"a\", \"family\": \"uniform\"}] | gives both \"family\" and \"instance\"",
        "\"instances\": [\"a.json\"], \"overlay\": [{\"instance\": \"a\", \"points\": 30}]  | \"overlay[0].points\" applies to family rows only",
        "\"instances\": [\"a.json\"], \"overlay\": [{\"buyers\": 2}]                         | \"overlay[0].buyers\" selects by n, but the experiment has no \"buyers\" list",
        "\"instances\": [\"a.json\"], \"overlay\": [{\"points\": 30}]                        | \"overlay[0].points\" selects family rows by K, but the experiment lists no families",
        "\"instances\": [\"a.json\"], \"overlay\": [{\"family\": \"uniform\"}]               | \"overlay[0].family\" = \"uniform\" is not a family of this experiment; it lists none",
        "\"instances\": [\"a.json\"], \"families\": [{\"name\": \"uniform\"}], \"overlay\": [{\"instance\": \"a\"}] | \"buyers\" is missing",
    })
    void badInstanceFieldsAreRejectedInOneLineNamingTheField(String fields, String expected) {
        String json = "{\"name\": \"x\", " + fields + "}";
        assertThatThrownBy(() -> Experiment.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
    }

    @Test
    void pathsWithControlCharactersAreQuotedInOneLine() {
        assertThatThrownBy(() -> Experiment.parse("{\"name\": \"x\", \"instances\": [\"a\\nb.json\", \"a\\nb.json\"]}"))
                .hasMessageContaining("\"instances[1]\" = \"a\\nb.json\" repeats an earlier path")
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> Experiment.parse("{\"name\": \"x\", \"instances\": [\"a\\u0000.json\"]}"))
                .hasMessageContaining("\"instances[0]\": \"a\\u0000.json\" is not a valid path");
    }

    @Test
    void aMissingInstanceFileIsNotAParseError() {
        // a missing file is a failed row when it runs, not a parse error
        Experiment e = Experiment.parse("{\"name\": \"x\", \"instances\": [\"no/such/file.json\"], \"buyers\": 2}");
        assertThat(e.grid()).singleElement().isInstanceOfSatisfying(InstancePoint.class, p -> {
            assertThat(p.digest()).isEqualTo(InstanceFile.UNREADABLE);
            assertThat(p.buyers()).isEqualTo(OptionalInt.of(2));
            assertThat(p.units()).isEmpty();
            assertThat(p.transfers()).isEqualTo(Optional.empty());
        });
    }

    private static String withoutMillis(Path jsonl) throws IOException {
        return Files.readAllLines(jsonl).stream().map(l -> l.replaceAll("\"millis\":\\d+", "\"millis\":0"))
                .collect(Collectors.joining("\n"));
    }
}
