package org.paretomech.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Experiment parsing and grid order, sweep determinism, resumption, failed rows and the plot. */
class SweepTest {

    /** A small, fast experiment: 2 families x 2 buyers on 40 points. */
    static final String SMALL = """
            {"name": "small", "families": [{"name": "uniform"}, {"name": "lomax", "shape": 3}],
             "buyers": [2, 3], "points": 40}
            """;

    @TempDir
    Path tmp;

    @Test
    void gridExpandsFamiliesThenParametersThenPointsThenBuyers() {
        Experiment e = Experiment.parse("""
                {"name": "order", "families": [{"name": "lomax", "shape": [2, 3], "scale": [1, 2]},
                 {"name": "weibull", "shape": [2]}, {"name": "uniform"}],
                 "buyers": [5, 2], "units": 1, "points": [50, 100], "scheme": "left", "transfers": "no-subsidy"}
                """);
        List<String> got = e.grid().stream().map(FamilyPoint.class::cast)
                .map(p -> p.family().describe() + " K=" + p.points() + " n=" + p.buyers()).toList();
        List<String> expected = new ArrayList<>();
        for (String f : List.of("lomax(shape=2, scale=1)", "lomax(shape=2, scale=2)", "lomax(shape=3, scale=1)",
                "lomax(shape=3, scale=2)", "weibull(shape=2, scale=1)", "uniform(lo=0, hi=1)")) {
            for (int k : List.of(50, 100)) {
                for (int n : List.of(5, 2)) {
                    expected.add(f + " K=" + k + " n=" + n);
                }
            }
        }
        assertThat(got).containsExactlyElementsOf(expected);
        for (int i = 0; i < e.grid().size(); i++) {
            assertThat(e.grid().get(i).index()).isEqualTo(i);
        }
        assertThat(e.grid().get(0).key())
                .isEqualTo("family=lomax(shape=2, scale=1);binning=default;points=50;scheme=left;n=5;k=1;"
                        + "transfers=no-subsidy");
        assertThat(e.grid().stream().map(SweepPoint::key).distinct().count()).isEqualTo(e.grid().size());
    }

    @Test
    void rowsAreTheSameForOneAndTwoThreadsApartFromTiming() throws IOException {
        Experiment e = Experiment.parse(SMALL);
        SweepRunner.Result one = new SweepRunner().run(e, tmp.resolve("one"), 1, SweepRunner.Listener.none());
        SweepRunner.Result two = new SweepRunner().run(e, tmp.resolve("two"), 2, SweepRunner.Listener.none());
        assertThat(one.rows()).hasSize(4).allMatch(SweepRow::ok);
        assertThat(two.rows().stream().map(SweepRow::withoutTiming).toList())
                .isEqualTo(one.rows().stream().map(SweepRow::withoutTiming).toList());
        assertThat(withoutMillis(tmp.resolve("two").resolve(SweepFiles.JSONL)))
                .isEqualTo(withoutMillis(tmp.resolve("one").resolve(SweepFiles.JSONL)));
        assertThat(Files.readAllLines(tmp.resolve("one").resolve(SweepFiles.CSV))).hasSize(5);
        // uniform n = 2 is the MATH §9 reference: R_max = 5/12 in the limit; left points give a lower bound.
        SweepRow.Outcome u2 = one.rows().get(0).outcome().orElseThrow();
        assertThat(u2.revenueMax()).isLessThanOrEqualTo(5.0 / 12).isGreaterThan(5.0 / 12 - 0.03);
        assertThat(u2.verdicts()).isEqualTo("regular+anti-MHR: NOT APPLICABLE; second-price on frontier: NOT APPLICABLE; MHR: PASS; KS>=1/2: PASS");
        assertThat(one.rows().get(2).outcome().orElseThrow().verdicts()).startsWith("regular+anti-MHR: PASS");
    }

    @Test
    void reRunRecomputesOnlyTheRowsMissingFromRowsJsonl() throws IOException {
        Experiment e = Experiment.parse(SMALL);
        Path dir = tmp.resolve("resume");
        List<String> computed = Collections.synchronizedList(new ArrayList<>());
        SweepRunner counting = new SweepRunner(p -> {
            computed.add(p.key());
            return SweepRunner.compute(p);
        });
        SweepRunner.Result first = counting.run(e, dir, 2, SweepRunner.Listener.none());
        assertThat(computed).hasSize(4);
        assertThat(first.computed()).isEqualTo(4);

        Path jsonl = dir.resolve(SweepFiles.JSONL);
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
        String removed = lines.remove(2);
        // an interrupted run may also leave a truncated last line: it must be ignored
        Files.writeString(jsonl, String.join("\n", lines) + "\n" + removed.substring(0, 30), StandardCharsets.UTF_8);
        computed.clear();
        AtomicInteger lastDone = new AtomicInteger();
        SweepRunner.Result second = counting.run(e, dir, 2, (done, total, c) -> lastDone.set(done));
        assertThat(computed).containsExactly(e.grid().get(2).key());
        assertThat(second.computed()).isEqualTo(1);
        assertThat(second.reused()).isEqualTo(3);
        assertThat(lastDone.get()).isEqualTo(4);
        assertThat(second.rows().stream().map(SweepRow::withoutTiming).toList())
                .isEqualTo(first.rows().stream().map(SweepRow::withoutTiming).toList());
        // the files are complete again, in grid order
        assertThat(Files.readAllLines(jsonl)).hasSize(4);
        assertThat(SweepFiles.readRows(jsonl).values().stream().map(SweepRow::index).toList())
                .containsExactly(0, 1, 2, 3);
        assertThat(Files.readAllLines(jsonl).get(0)).isEqualTo(SweepFiles.jsonLine(first.rows().get(0), SweepFiles.Columns.ALL));

        computed.clear();
        counting.run(e, dir, 1, SweepRunner.Listener.none());
        assertThat(computed).isEmpty();
    }

    @Test
    void aRowThatFailsIsReportedAndTheSweepGoesOn() throws IOException {
        // Both are only detected per row: equal-width bins need a finite upper end on an unbounded
        // support (found when discretising), and 3 units cannot go to 2 buyers (found building the instance).
        Experiment e = Experiment.parse("""
                {"name": "failing", "families": [{"name": "lomax", "shape": 3, "binning": "equal-width"},
                 {"name": "uniform"}], "buyers": [2, 4], "units": 3, "points": 30}
                """);
        SweepRunner.Result r = new SweepRunner().run(e, tmp.resolve("fail"), 2, SweepRunner.Listener.none());
        List<String> status = r.rows().stream().map(SweepRow::status).toList();
        assertThat(status.get(0)).startsWith("failed: ").contains("equal-width").doesNotContain("\n");
        assertThat(status.get(1)).startsWith("failed: ");
        assertThat(status.get(2)).startsWith("failed: ").contains("units = 3 exceeds buyers = 2");
        assertThat(status.get(3)).isEqualTo("ok");
        assertThat(r.failed()).isEqualTo(3);
        assertThat(r.rows().get(0).outcome()).isEmpty();
        String csv = Files.readString(tmp.resolve("fail").resolve(SweepFiles.CSV));
        assertThat(csv.lines().count()).isEqualTo(5);
        // failed rows are read back from rows.jsonl and retried on the next run
        List<String> computed = Collections.synchronizedList(new ArrayList<>());
        new SweepRunner(p -> {
            computed.add(p.key());
            return SweepRunner.compute(p);
        }).run(e, tmp.resolve("fail"), 1, SweepRunner.Listener.none());
        assertThat(computed).hasSize(3);
    }

    @Test
    void anExceptionFromTheHookBecomesAFailedRow() throws IOException {
        Experiment e = Experiment.parse(SMALL);
        SweepRunner.Result r = new SweepRunner(p -> {
            if (p.index() == 1) {
                throw new IllegalStateException("boom\nsecond line");
            }
            return SweepRunner.compute(p);
        }).run(e, tmp.resolve("hook"), 2, SweepRunner.Listener.none());
        assertThat(r.rows().get(1).status()).isEqualTo("failed: boom second line");
        assertThat(r.rows().stream().filter(SweepRow::ok).count()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"families\": [{\"name\": \"uniform\"}], \"buyers\": [2]}                                   | \"name\"",
        "{\"name\": \"x\", \"families\": [], \"buyers\": [2]}                                          | \"families\" is empty",
        "{\"name\": \"x\", \"families\": [{\"name\": \"unifrom\"}], \"buyers\": [2]}                   | \"families[0].name\" = \"unifrom\"",
        "{\"name\": \"x\", \"families\": [{\"name\": \"lomax\", \"shape\": [3, -1]}], \"buyers\": [2]} | shape = -1",
        "{\"name\": \"x\", \"families\": [{\"name\": \"lomax\", \"shape\": \"3\"}], \"buyers\": [2]}   | \"families[0].shape\" = \"3\"",
        "{\"name\": \"x\", \"families\": [{\"name\": \"lomax\"}], \"buyers\": [2]}                     | shape is missing",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\", \"sigma\": 1}], \"buyers\": [2]}     | \"sigma\" is unknown",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": [2, 0]}                | \"buyers[1]\" = 0",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": [2, 2.5]}              | \"buyers[1]\" = 2.5",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": [2, 2]}                | repeats",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}]}                                    | \"buyers\" is missing",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": 2, \"points\": [0]}   | \"points[0]\" = 0",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": 2, \"units\": 0}      | \"units\" = 0",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": 2, \"scheme\": \"top\"} | scheme \"top\"",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": 2, \"transfers\": \"free\"} | transfers = \"free\"",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": 2, \"buyer\": 3}      | \"buyer\" is unknown",
        "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\", \"binning\": \"wide\"}], \"buyers\": 2} | binning \"wide\"",
        "[1, 2]                                                                                        | must be a JSON object",
        "{\"name\": \"x\",                                                                             | malformed JSON at line 1",
    })
    void badExperimentFilesAreRejectedInOneLineNamingTheField(String json, String expected) {
        assertThatThrownBy(() -> Experiment.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n").doesNotContain("REDACTED")
                        .doesNotContain("StreamReadFeature"));
    }

    @Test
    void readPrefixesTheFileName() throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\"name\": \"x\", \"families\": [{\"name\": \"uniform\"}], \"buyers\": [-3]}");
        assertThatThrownBy(() -> Experiment.read(f)).hasMessageStartingWith("bad.json: ")
                .hasMessageContaining("\"buyers[0]\" = -3");
    }

    @Test
    void jsonLinesReadBackExactly() throws IOException {
        SweepRunner.Result r = new SweepRunner().run(Experiment.parse(SMALL), tmp.resolve("rt"), 2,
                SweepRunner.Listener.none());
        for (SweepRow row : r.rows()) {
            assertThat(SweepFiles.parseLine(SweepFiles.jsonLine(row, SweepFiles.Columns.ALL))).contains(row);
        }
        assertThat(SweepFiles.parseLine("{\"key\": \"x\"")).isEmpty();
        assertThat(SweepFiles.parseLine("   ")).isEmpty();
    }

    /**
     * Fresh-user trial: {@code rows.jsonl} of paper-claims.json had {@code nashWelfareRatio
     * 1.0000000000000018} for Lomax(3), n = 3, where {@code result.json} writes 1 by the rule of
     * {@code report/ReportedValues}. The sweep follows the same rule.
     */
    @Test
    void sweepRowsCarryNoRoundingResidueAtTheBounds() {
        Experiment e = Experiment.parse("""
                {"name": "residue", "families": [{"name": "lomax", "shape": 3}], "buyers": [3], "points": 400}
                """);
        SweepRow row = SweepRunner.compute(e.grid().get(0));
        SweepRow.Outcome o = row.outcome().orElseThrow();
        assertThat(o.solution(BargainingConcept.NASH).orElseThrow().welfareRatio()).isEqualTo(1.0);
        String line = SweepFiles.jsonLine(row, SweepFiles.Columns.ALL);
        assertThat(line).contains("\"nashWelfareRatio\":1.0,");
        String csvRow = SweepFiles.csv(List.of(row), SweepFiles.Columns.ALL).lines().skip(1).findFirst().orElseThrow();
        assertThat(csvRow.replaceAll("\"[^\"]*\"", "quoted").split(",")[16]).as("nashWelfareRatio").isEqualTo("1.0");
        assertThat(o.solutions()).hasSize(3);
        for (SweepRow.Solution s : o.solutions().values()) {
            assertThat(s.welfareRatio()).isBetween(0.0, 1.0);
            assertThat(s.revenue()).isGreaterThanOrEqualTo(0.0);
            assertThat(s.surplus()).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(SweepFiles.parseLine(line)).contains(row);
    }

    /** A rows.jsonl written before the rule is reused on resumption and rewritten without the residue. */
    @Test
    void resumingFromRowsWithResidueRewritesThemByTheRule() throws IOException {
        Experiment e = Experiment.parse(SMALL);
        Path dir = tmp.resolve("old");
        SweepRunner.Result first = new SweepRunner().run(e, dir, 2, SweepRunner.Listener.none());
        Path jsonl = dir.resolve(SweepFiles.JSONL);
        String clean = Files.readString(jsonl);
        assertThat(clean).contains("WelfareRatio\":1.0,");
        double wStar = first.rows().get(0).outcome().orElseThrow().welfareMax();
        String old = clean.replace("WelfareRatio\":1.0,", "WelfareRatio\":1.0000000000000018,")
                .replaceFirst("\"ksRevenue\":[^,]*,", "\"ksRevenue\":" + (-1e-10 * wStar) + ",");
        assertThat(old).isNotEqualTo(clean);
        Files.writeString(jsonl, old, StandardCharsets.UTF_8);
        List<String> computed = Collections.synchronizedList(new ArrayList<>());
        SweepRunner.Result second = new SweepRunner(p -> {
            computed.add(p.key());
            return SweepRunner.compute(p);
        }).run(e, dir, 2, SweepRunner.Listener.none());
        assertThat(computed).isEmpty();
        assertThat(second.rows().get(0).outcome().orElseThrow().solution(BargainingConcept.KALAI_SMORODINSKY).orElseThrow().revenue()).isEqualTo(0.0);
        assertThat(withoutMillis(jsonl)).doesNotContain("1.0000000000000018").doesNotContain("E-");
        assertThat(Files.readString(dir.resolve(SweepFiles.CSV))).doesNotContain("1.0000000000000018");
    }

    @Test
    void plotIsAPng() throws IOException {
        SweepRunner.Result r = new SweepRunner().run(Experiment.parse(SMALL), tmp.resolve("plot"), 2,
                SweepRunner.Listener.none());
        byte[] png = WelfareRatioPlot.png("small", r.rows());
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void bundledPaperClaimsExperimentParses() throws IOException {
        Experiment e = Experiment.read(Path.of("experiments", "paper-claims.json"));
        assertThat(e.grid()).hasSize(24);
        assertThat(e.families().stream().map(Experiment.FamilyGrid::name).toList())
                .containsExactly("lomax", "exponential", "uniform", "weibull");
        // its overlay: every family at n = 2 and n = 50
        assertThat(e.overlayPoints()).map(FamilyPoint.class::cast).extracting(p -> p.family().name() + " n=" + p.buyers())
                .containsExactly("lomax n=2", "lomax n=50", "exponential n=2", "exponential n=50", "uniform n=2",
                        "uniform n=50", "weibull n=2", "weibull n=50");
    }

    private static String withoutMillis(Path jsonl) throws IOException {
        return Files.readAllLines(jsonl).stream().map(l -> l.replaceAll("\"millis\":\\d+", "\"millis\":0"))
                .collect(Collectors.joining("\n"));
    }
}
