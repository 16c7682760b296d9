package org.paretomech.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/**
 * The {@code n} axis of the welfare-ratio plot. Fresh-user trial: the log axis put its ticks at
 * {@code 2 * 2^(k/3)} rounded to integers, so the labels read "2 3 4 5 6 8 10 13 …" (a "3" at
 * 2.52) and the points at n = 3 fell between two ticks.
 */
class WelfareRatioPlotTest {

    @Test
    void ticksSitExactlyAtTheSweepsBuyerCountsLabelledAsIntegers() {
        for (List<ValueTick> ticks : ticksOfEachPanel(rows(new int[] {2, 3, 5, 10, 20, 50}))) {
            assertThat(ticks).extracting(ValueTick::getValue).containsExactly(2.0, 3.0, 5.0, 10.0, 20.0, 50.0);
            assertThat(ticks).extracting(ValueTick::getText).containsExactly("2", "3", "5", "10", "20", "50");
        }
    }

    /**
     * With n = 1 … 100 the labels cannot all fit: every n keeps its tick, labels are distinct
     * integers that do not overlap, and the two ends are labelled.
     */
    @Test
    void crowdedBuyerCountsKeepTheirTicksAndLabelOnlyWhatFits() {
        int[] n = IntStream.rangeClosed(1, 100).toArray();
        for (List<ValueTick> ticks : ticksOfEachPanel(rows(n))) {
            assertThat(ticks).extracting(ValueTick::getValue)
                    .containsExactlyElementsOf(IntStream.of(n).mapToObj(i -> (double) i).toList());
            List<String> labels = ticks.stream().map(ValueTick::getText).filter(t -> !t.isEmpty()).toList();
            assertThat(labels).doesNotHaveDuplicates().startsWith("1", "2", "3").endsWith("100").hasSizeLessThan(30);
            for (ValueTick t : ticks) {
                assertThat(t.getText()).isIn("", Integer.toString((int) t.getValue()));
            }
        }
    }

    /** The ticks each of the three panels draws, on the data areas of a real rendering. */
    private static List<List<ValueTick>> ticksOfEachPanel(List<SweepRow> rows) {
        JFreeChart chart = WelfareRatioPlot.chart("t", rows);
        BufferedImage image = new BufferedImage(WelfareRatioPlot.WIDTH, WelfareRatioPlot.HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, WelfareRatioPlot.WIDTH, WelfareRatioPlot.HEIGHT), info);
            List<XYPlot> panels = ((CombinedRangeXYPlot) chart.getPlot()).getSubplots();
            assertThat(panels).hasSize(3);
            List<List<ValueTick>> out = new ArrayList<>();
            for (int i = 0; i < panels.size(); i++) {
                ValueAxis x = panels.get(i).getDomainAxis();
                Rectangle2D area = info.getPlotInfo().getSubplotInfo(i).getDataArea();
                List<ValueTick> ticks = new ArrayList<>();
                for (Object t : x.refreshTicks(g, new AxisState(), area, RectangleEdge.BOTTOM)) {
                    ticks.add((ValueTick) t);
                }
                out.add(ticks);
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    /** One uniform row per value of n (the plot needs only n and the welfare ratios). */
    private static List<SweepRow> rows(int[] buyers) {
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < buyers.length; i++) {
            SweepRow.Solution s = new SweepRow.Solution(0.3, 0.4, 0.7 + 0.2 / buyers[i]);
            SweepRow.Outcome o = SweepRow.Outcome.of(40, 0.4, 0.5, 1.0, s, s, s, "", 3);
            rows.add(new SweepRow("n=" + buyers[i], i, Optional.of("uniform(lo=0, hi=1)"), Optional.empty(),
                    OptionalInt.of(40), Optional.of("left"), Optional.of("no-subsidy"), OptionalInt.of(buyers[i]),
                    OptionalInt.of(1), Optional.of(o), "ironing", 0, SweepRow.OK));
        }
        return rows;
    }
}
