package org.paretomech.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An experiment's {@code "solutions"}: the columns of the row files, the plot's panels and resumption. */
class SweepSolutionsTest {

    @TempDir
    Path tmp;

    private static Experiment experiment(String solutions) {
        return Experiment.parse("""
                {"name": "s", "families": [{"name": "uniform"}, {"name": "lomax", "shape": 3}],
                 "buyers": [2, 3], "points": 30%s}
                """.formatted(solutions.isEmpty() ? "" : ", \"solutions\": " + solutions));
    }

    /** A runner that records which grid points it computes. */
    private static SweepRunner counting(List<String> computed) {
        return new SweepRunner(p -> {
            computed.add(p.key());
            return SweepRunner.compute(p);
        });
    }

    @Test
    void theDefaultIsAllThreeAndTheFilesKeepTheirColumns() throws IOException {
        Experiment e = experiment("");
        assertThat(e.solutions()).containsExactly(BargainingConcept.KALAI_SMORODINSKY, BargainingConcept.NASH,
                BargainingConcept.CROSS_SIDE_NASH);
        new SweepRunner().run(e, tmp.resolve("all"), 2, SweepRunner.Listener.none());
        // the header every earlier sweep wrote
        assertThat(Files.readAllLines(tmp.resolve("all").resolve(SweepFiles.CSV)).get(0)).isEqualTo(
                "index,family,points,scheme,transfers,n,k,K,revenueMax,surplusMax,welfareMax,ksRevenue,ksSurplus,"
                        + "ksWelfareRatio,nashRevenue,nashSurplus,nashWelfareRatio,crossSideNashRevenue,"
                        + "crossSideNashSurplus,crossSideNashWelfareRatio,verdicts,vertices,engine,millis,status");
    }

    @Test
    void aSelectionNamesTheColumnsInColumnOrderWhateverTheFileOrder() throws IOException {
        Experiment e = experiment("[\"crossSideNash\", \"kalaiSmorodinsky\"]");
        assertThat(e.solutions()).containsExactly(BargainingConcept.KALAI_SMORODINSKY,
                BargainingConcept.CROSS_SIDE_NASH);
        Path dir = tmp.resolve("two");
        SweepRunner.Result r = new SweepRunner().run(e, dir, 2, SweepRunner.Listener.none());
        String header = Files.readAllLines(dir.resolve(SweepFiles.CSV)).get(0);
        assertThat(header).contains("welfareMax,ksRevenue,ksSurplus,ksWelfareRatio,crossSideNashRevenue,")
                .doesNotContain("nashRevenue,nashSurplus").doesNotContain(",nashWelfareRatio");
        for (String line : Files.readAllLines(dir.resolve(SweepFiles.JSONL))) {
            assertThat(line).contains("\"ksWelfareRatio\":", "\"crossSideNashWelfareRatio\":")
                    .doesNotContain("\"nashRevenue\"").doesNotContain("\"nashWelfareRatio\"");
        }
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.outcome().orElseThrow().solutions().keySet())
                .containsExactly(BargainingConcept.KALAI_SMORODINSKY, BargainingConcept.CROSS_SIDE_NASH));
    }

    @Test
    void aSelectedSolutionHasTheValuesOfTheFullSweep() throws IOException {
        SweepRunner.Result all = new SweepRunner().run(experiment(""), tmp.resolve("all"), 2,
                SweepRunner.Listener.none());
        SweepRunner.Result nash = new SweepRunner().run(experiment("[\"nash\"]"), tmp.resolve("nash"), 2,
                SweepRunner.Listener.none());
        for (int i = 0; i < all.rows().size(); i++) {
            SweepRow.Outcome full = all.rows().get(i).outcome().orElseThrow();
            assertThat(nash.rows().get(i).outcome().orElseThrow())
                    .isEqualTo(full.restrictedTo(List.of(BargainingConcept.NASH)));
        }
    }

    /**
     * Resuming under a wider selection recomputes every row that lacks a selected solution; under a
     * narrower one the rows are reused and lose the other columns. Either way no file mixes rows of
     * two selections.
     */
    @Test
    void resumingWithAnotherSelectionRecomputesRowsThatLackASelectedSolution() throws IOException {
        Path dir = tmp.resolve("resume");
        List<String> computed = Collections.synchronizedList(new ArrayList<>());
        counting(computed).run(experiment("[\"kalaiSmorodinsky\"]"), dir, 2, SweepRunner.Listener.none());
        assertThat(computed).hasSize(4);

        computed.clear();
        Experiment wider = experiment("[\"kalaiSmorodinsky\", \"nash\"]");
        SweepRunner.Result widened = counting(computed).run(wider, dir, 2, SweepRunner.Listener.none());
        assertThat(computed).as("every row lacked nash").hasSize(4);
        assertThat(widened.reused()).isZero();
        assertThat(Files.readAllLines(dir.resolve(SweepFiles.JSONL))).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("\"nashWelfareRatio\":").doesNotContain("crossSideNash"));

        computed.clear();
        SweepRunner.Result narrowed = counting(computed).run(experiment("[\"nash\"]"), dir, 2,
                SweepRunner.Listener.none());
        assertThat(computed).isEmpty();
        assertThat(narrowed.reused()).isEqualTo(4);
        assertThat(Files.readAllLines(dir.resolve(SweepFiles.JSONL))).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("\"nashWelfareRatio\":").doesNotContain("\"ks"));
        assertThat(Files.readAllLines(dir.resolve(SweepFiles.CSV)).get(0)).doesNotContain("ks");

        // and the narrowed files are those a fresh run writes
        new SweepRunner().run(experiment("[\"nash\"]"), tmp.resolve("fresh"), 2, SweepRunner.Listener.none());
        assertThat(withoutMillis(dir.resolve(SweepFiles.JSONL)))
                .isEqualTo(withoutMillis(tmp.resolve("fresh").resolve(SweepFiles.JSONL)));
        assertThat(withoutMillis(dir.resolve(SweepFiles.CSV)))
                .isEqualTo(withoutMillis(tmp.resolve("fresh").resolve(SweepFiles.CSV)));
    }

    @Test
    void aFailedRowHasEmptyCellsForExactlyTheSelectedSolutions() throws IOException {
        Experiment e = Experiment.parse("""
                {"name": "f", "families": [{"name": "uniform"}], "buyers": [2], "units": 3, "points": 30,
                 "solutions": ["nash"]}
                """);
        Path dir = tmp.resolve("f");
        SweepRunner.Result r = new SweepRunner().run(e, dir, 1, SweepRunner.Listener.none());
        assertThat(r.failed()).isEqualTo(1);
        String line = Files.readAllLines(dir.resolve(SweepFiles.JSONL)).get(0);
        assertThat(line).contains("\"nashRevenue\":null,\"nashSurplus\":null,\"nashWelfareRatio\":null")
                .doesNotContain("ksRevenue");
    }

    @Test
    void thePlotHasOnePanelPerSelectedSolution() throws IOException {
        SweepRunner.Result r = new SweepRunner().run(experiment("[\"nash\", \"kalaiSmorodinsky\"]"),
                tmp.resolve("plot"), 2, SweepRunner.Listener.none());
        JFreeChart chart = WelfareRatioPlot.chart("s", r.rows());
        List<XYPlot> panels = ((CombinedRangeXYPlot) chart.getPlot()).getSubplots();
        assertThat(panels).extracting(p -> p.getDomainAxis().getLabel())
                .containsExactly("buyers n (log scale) - Kalai-Smorodinsky", "buyers n (log scale) - Nash (R S^n)");
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 200, 100));
        g.dispose();
        // and with every row failed there is nothing to infer the selection from: all three panels
        assertThat(WelfareRatioPlot.concepts(List.of())).isEqualTo(BargainingConcept.all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[\"ks\"]                          | \"solutions[0]\" = \"ks\" is unknown; use any of kalaiSmorodinsky, nash, crossSideNash",
        "[\"nash\", \"Nash\"]              | \"solutions[1]\" = \"Nash\" is unknown; use any of kalaiSmorodinsky, nash, crossSideNash",
        "[]                                | \"solutions\" = [] must be a non-empty list of solution names, any of kalaiSmorodinsky, nash, crossSideNash",
        "\"nash\"                          | \"solutions\" = \"nash\" must be a non-empty list",
        "[3]                               | \"solutions[0]\" = 3 must be a solution name, one of kalaiSmorodinsky, nash, crossSideNash",
        "[\"nash\", \"nash\"]              | \"solutions[1]\" = \"nash\" repeats an earlier value",
    })
    void badSelectionsAreRejectedNamingTheValueAndTheValidNames(String solutions, String expected) {
        assertThatThrownBy(() -> experiment(solutions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
    }

    private static String withoutMillis(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(l -> l.replaceAll("\"millis\":\\d+", "\"millis\":0").replaceAll(",\\d+,ok$", ",0,ok"))
                .collect(Collectors.joining("\n"));
    }
}
