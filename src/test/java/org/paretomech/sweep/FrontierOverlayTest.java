package org.paretomech.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.api.Paretomech;
import org.paretomech.api.Result;
import org.paretomech.api.Solution;
import org.paretomech.api.Vertex;

/** The {@code "overlay"} selection of an experiment, the frontiers it solves and the chart it hands them to. */
class FrontierOverlayTest {

    /** Relative agreement expected between two exact traces of the same instance by different code paths. */
    private static final double SAME_TRACE = 1e-12;

    @TempDir
    Path tmp;

    private static List<String> names(List<SweepPoint> points) {
        return points.stream().map(FamilyPoint.class::cast).map(p -> p.family().name() + " n=" + p.buyers() + " K=" + p.points()).toList();
    }

    @Test
    void defaultSelectsEachFamilysSmallestAndLargestBuyersAtTheLargestGrid() {
        Experiment e = Experiment.parse("""
                {"name": "d", "families": [{"name": "lomax", "shape": 3}, {"name": "uniform"}],
                 "buyers": [5, 2, 10], "points": [60, 30]}
                """);
        // grid order: family, then points in file order, then buyers in file order
        assertThat(names(e.overlayPoints())).containsExactly("lomax n=2 K=60", "lomax n=10 K=60",
                "uniform n=2 K=60", "uniform n=10 K=60");
    }

    @Test
    void defaultWithOneBuyerCountSelectsOneRowPerFamily() {
        Experiment e = Experiment.parse("""
                {"name": "d", "families": [{"name": "lomax", "shape": [2, 3]}], "buyers": 4, "points": 30}
                """);
        assertThat(e.overlayPoints()).extracting(p -> ((FamilyPoint) p).family().describe())
                .containsExactly("lomax(shape=2, scale=1)", "lomax(shape=3, scale=1)");
    }

    @Test
    void defaultKeepsOnlyTheLargestBuyersWhenBothWouldExceedTheLimit() {
        // 7 families x {smallest, largest n} = 14 > 12 rows: only the largest n, 7 rows
        Experiment seven = Experiment.parse("""
                {"name": "d", "families": [{"name": "lomax", "shape": [2, 3, 4, 5, 6, 7, 8]}],
                 "buyers": [2, 9], "points": 30}
                """);
        assertThat(seven.overlayPoints()).hasSize(7).allMatch(p -> ((FamilyPoint) p).buyers() == 9);
        // 13 families: the first 12
        Experiment thirteen = Experiment.parse("""
                {"name": "d", "families": [{"name": "lomax", "shape": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]}],
                 "buyers": [2, 9], "points": 30}
                """);
        assertThat(thirteen.overlayPoints()).hasSize(Experiment.MAX_OVERLAY_ROWS)
                .extracting(p -> ((FamilyPoint) p).family().parameter("shape"))
                .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0);
    }

    @Test
    void selectorsMatchEveryGivenFieldAndTheirUnionComesInGridOrder() {
        Experiment e = Experiment.parse("""
                {"name": "s", "families": [{"name": "lomax", "shape": [2, 3]}, {"name": "uniform"}],
                 "buyers": [2, 5, 10], "points": [30, 60],
                 "overlay": [{"family": "uniform", "buyers": 10, "points": 30},
                             {"family": "lomax", "shape": 3, "buyers": [10, 2], "points": 60},
                             {"buyers": 10, "points": 30, "family": "uniform"}]}
                """);
        assertThat(e.overlay()).hasSize(3);
        assertThat(e.overlayPoints()).map(FamilyPoint.class::cast)
                .extracting(p -> p.family().describe() + " n=" + p.buyers() + " K=" + p.points())
                .containsExactly("lomax(shape=3, scale=1) n=2 K=60", "lomax(shape=3, scale=1) n=10 K=60",
                        "uniform(lo=0, hi=1) n=10 K=30");
    }

    @Test
    void aParameterAtItsDefaultCanBeSelectedAndFieldsLeftOutMatchEverything() {
        Experiment e = Experiment.parse("""
                {"name": "s", "families": [{"name": "lomax", "shape": 3}, {"name": "weibull", "shape": 2}],
                 "buyers": [2, 5], "points": 30, "overlay": [{"family": "lomax", "scale": 1}, {"buyers": 5}]}
                """);
        assertThat(names(e.overlayPoints())).containsExactly("lomax n=2 K=30", "lomax n=5 K=30", "weibull n=5 K=30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{}                                                          | \"overlay\" = {} must be a non-empty list",
        "[]                                                          | leave the field out for the default",
        "[3]                                                         | \"overlay[0]\" = 3 must be an object",
        "[{}]                                                        | \"overlay[0]\" = {} must be an object",
        "[{\"family\": 3}]                                           | \"overlay[0].family\" = 3 must be a family name",
        "[{\"shape\": 3}]                                            | \"overlay[0].shape\" is unknown",
        "[{\"family\": \"pareto\"}]                                  | \"overlay[0].family\" = \"pareto\" is not a family of this experiment; use one of lomax, uniform",
        "[{\"family\": \"lomax\", \"sigma\": 1}]                     | \"overlay[0].sigma\" is not a parameter of lomax; it takes shape, scale",
        "[{\"family\": \"lomax\", \"shape\": 4}]                     | \"overlay[0].shape\" = 4 is not in the grid; lomax shape takes 2, 3 here",
        "[{\"family\": \"lomax\", \"shape\": [3, 4]}]                | \"overlay[0].shape[1]\" = 4 is not in the grid",
        "[{\"family\": \"lomax\", \"shape\": \"3\"}]                 | \"overlay[0].shape\" = \"3\" must be a number",
        "[{\"buyers\": 7}]                                           | \"overlay[0].buyers\" = 7 is not in the experiment's \"buyers\" [2, 5]",
        "[{\"buyers\": [2, 2.5]}]                                    | \"overlay[0].buyers[1]\" = 2.5 must be a whole number",
        "[{\"points\": [30, 40]}]                                    | \"overlay[0].points[1]\" = 40 is not in the experiment's \"points\" [30, 60]",
        "[{\"buyers\": []}]                                          | \"overlay[0].buyers\" = [] selects nothing",
        "[{\"buyers\": 2}, {\"family\": \"uniform\", \"shape\": 2}]  | \"overlay[1].shape\" is not a parameter of uniform",
        "[{\"family\": \"lomax\"}, {\"family\": \"uniform\"}]        | selects 12 rows; at most 12",
    })
    void badSelectionsAreRejectedInOneLineNamingTheField(String overlay, String expected) {
        String json = """
                {"name": "x", "families": [{"name": "lomax", "shape": [2, 3]}, {"name": "uniform"}],
                 "buyers": [2, 5], "points": [30, 60], "overlay": %s}
                """.formatted(overlay);
        if (expected.contains("at most 12")) {
            // 2 lomax x 2 x 2 + 1 uniform x 2 x 2 = 12 is allowed; one more buyer count makes 18
            assertThat(Experiment.parse(json).overlayPoints()).hasSize(12);
            json = json.replace("\"buyers\": [2, 5]", "\"buyers\": [2, 5, 7]");
            expected = "selects 18 rows; at most 12";
        }
        String input = json;
        assertThatThrownBy(() -> Experiment.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aSelectorWhoseValuesNeverOccurTogetherIsRejected() {
        // lomax shape 2 only has scale 1, shape 3 only scale 2: {shape 2, scale 2} is no row
        assertThatThrownBy(() -> Experiment.parse("""
                {"name": "x", "families": [{"name": "lomax", "shape": 2}, {"name": "lomax", "shape": 3, "scale": 2}],
                 "buyers": 2, "points": 30, "overlay": [{"family": "lomax", "shape": 2, "scale": 2}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"overlay[0]\" = {family: lomax, shape: [2], scale: [2]} matches no row");
    }

    @Test
    void curvesAreTheRowsFrontiersInUnitsOfWelfareAndTheChartDrawsExactlyThem() throws IOException {
        Experiment e = Experiment.parse("""
                {"name": "c", "families": [{"name": "uniform"}, {"name": "lomax", "shape": 3}],
                 "buyers": [2, 3], "points": 40}
                """);
        SweepRunner.Result run = new SweepRunner().run(e, tmp.resolve("c"), 2, SweepRunner.Listener.none());
        FrontierOverlay.Overlay overlay = FrontierOverlay.of(e, run.rows(), 2);
        assertThat(overlay.leftOut()).isEmpty();
        assertThat(overlay.curves()).hasSize(4);

        JFreeChart chart = FrontierOverlayPlot.chart("c", overlay);
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        List<String> labels = FrontierOverlayPlot.labels(overlay.curves());
        assertThat(labels).containsExactly("uniform(lo=0, hi=1), n = 2", "uniform(lo=0, hi=1), n = 3",
                "lomax(shape=3, scale=1), n = 2", "lomax(shape=3, scale=1), n = 3");

        List<Problem> problems = List.of(
                new Problem("uniform", Map.of(), 2), new Problem("uniform", Map.of(), 3),
                new Problem("lomax", Map.of("shape", 3.0), 2), new Problem("lomax", Map.of("shape", 3.0), 3));
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            // the same row solved independently through the library API
            Result r = Paretomech.family(p.family, p.parameters).points(40).buyers(p.buyers).solve();
            double w = r.welfareMax();
            List<Vertex> vertices = r.vertices();
            XYSeries line = data.getSeries(labels.get(i));
            assertThat(line.getItemCount()).isEqualTo(vertices.size());
            for (int j = 0; j < vertices.size(); j++) {
                assertThat(line.getX(j).doubleValue()).isCloseTo(vertices.get(j).revenue() / w, within(SAME_TRACE));
                assertThat(line.getY(j).doubleValue()).isCloseTo(vertices.get(j).surplus() / w, within(SAME_TRACE));
            }
            // the markers are the row's solutions as recorded in rows.jsonl, over the row's W*
            SweepRow.Outcome row = run.rows().get(i).outcome().orElseThrow();
            assertThat(w).isCloseTo(row.welfareMax(), within(SAME_TRACE * w));
            Map<String, BargainingConcept> markers = Map.of(FrontierOverlayPlot.KS_SUFFIX,
                    BargainingConcept.KALAI_SMORODINSKY, FrontierOverlayPlot.NASH_SUFFIX, BargainingConcept.NASH,
                    FrontierOverlayPlot.CROSS_SIDE_SUFFIX, BargainingConcept.CROSS_SIDE_NASH);
            for (Map.Entry<String, BargainingConcept> m : markers.entrySet()) {
                assertMarker(data.getSeries(labels.get(i) + m.getKey()), row.solution(m.getValue()).orElseThrow(),
                        row.welfareMax());
            }
            Solution ks = r.kalaiSmorodinsky();
            assertThat(data.getSeries(labels.get(i) + FrontierOverlayPlot.KS_SUFFIX).getX(0).doubleValue())
                    .isCloseTo(ks.revenue() / w, within(SAME_TRACE));
        }
        // 2 reference lines, and per row a polyline and three markers
        assertThat(data.getSeriesCount()).isEqualTo(2 + 4 * 4);
        XYSeries efficient = data.getSeries(FrontierOverlayPlot.EFFICIENT_LINE);
        assertThat(efficient.getX(0).doubleValue() + efficient.getY(0).doubleValue()).isEqualTo(1.0);

        byte[] png = FrontierOverlayPlot.png("c", overlay);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(FrontierOverlayPlot.WIDTH);
        assertThat(image.getHeight()).isEqualTo(FrontierOverlayPlot.HEIGHT);
    }

    private record Problem(String family, Map<String, Double> parameters, int buyers) {
    }

    private static void assertMarker(XYSeries marker, SweepRow.Solution s, double welfareMax) {
        assertThat(marker.getItemCount()).isEqualTo(1);
        assertThat(marker.getX(0).doubleValue()).isCloseTo(s.revenue() / welfareMax, within(SAME_TRACE));
        assertThat(marker.getY(0).doubleValue()).isCloseTo(s.surplus() / welfareMax, within(SAME_TRACE));
    }

    @Test
    void failedRowsAreLeftOutAndNamedInTheChart() throws IOException {
        // 3 units cannot go to 2 buyers: that row fails and cannot be drawn
        Experiment e = Experiment.parse("""
                {"name": "f", "families": [{"name": "uniform"}], "buyers": [2, 4], "units": 3, "points": 30}
                """);
        SweepRunner.Result run = new SweepRunner().run(e, tmp.resolve("f"), 1, SweepRunner.Listener.none());
        FrontierOverlay.Overlay overlay = FrontierOverlay.of(e, run.rows(), 1);
        assertThat(overlay.curves()).extracting(FrontierOverlay.Curve::buyers).containsExactly(4);
        assertThat(overlay.leftOut()).singleElement().asString()
                .startsWith("uniform(lo=0, hi=1), n = 2, K = 30: failed: ")
                .contains("units = 3 exceeds buyers = 2");
        List<String> titles = new ArrayList<>();
        JFreeChart chart = FrontierOverlayPlot.chart("f", overlay);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                titles.add(t.getText());
            }
        }
        assertThat(titles).anyMatch(t -> t.contains("not drawn (failed): uniform(lo=0, hi=1), n = 2, K = 30"));
        // a missing row (not in the rows given) is left out too
        assertThat(FrontierOverlay.of(e, List.of(), 1).leftOut()).hasSize(2)
                .allMatch(s -> s.endsWith(": not computed"));
    }
}
