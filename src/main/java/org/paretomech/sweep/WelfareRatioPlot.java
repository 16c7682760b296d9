package org.paretomech.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The welfare ratio {@code W / W*} of each bargaining solution against the number of buyers
 * {@code n} (log scale): one panel per solution the rows report, side by side in column order
 * (Kalai–Smorodinsky, Nash {@code R S^n}, cross-side Nash {@code R S}; an experiment's
 * {@code "solutions"} selects them, see {@link #concepts(List)}), sharing the vertical axis, one
 * line per family (and grid size, when the sweep has several) and per instance file, a dashed line
 * at 1/2 (the KS guarantee, MATH §6). The ticks of the
 * {@code n} axis sit exactly at the numbers of buyers in the sweep, labelled as integers
 * ({@link BuyerAxis}). Failed rows are left out. Rendering is headless; the output is a pure
 * function of the rows.
 */
public final class WelfareRatioPlot {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Image width in pixels. */
    public static final int WIDTH = 1500;
    /** Image height in pixels. */
    public static final int HEIGHT = 620;

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
        new Color(0x7f7f7f), new Color(0xbcbd22)};

    private WelfareRatioPlot() {
    }

    /**
     * The chart as PNG bytes, with a panel for each solution of {@link #concepts(List)}.
     *
     * @param title chart title (the experiment name)
     * @param rows  sweep rows in grid order
     */
    public static byte[] png(String title, List<SweepRow> rows) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            chart(title, rows).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The solutions the chart has a panel for: those the computed rows report (the runner keeps
     * exactly the experiment's {@code "solutions"} in every row), in column order; all three when
     * no row was computed.
     */
    static List<BargainingConcept> concepts(List<SweepRow> rows) {
        Set<BargainingConcept> present = new LinkedHashSet<>();
        for (SweepRow r : rows) {
            r.outcome().ifPresent(o -> present.addAll(o.solutions().keySet()));
        }
        return present.isEmpty() ? BargainingConcept.all() : BargainingConcept.inColumnOrder(present);
    }

    static JFreeChart chart(String title, List<SweepRow> rows) {
        boolean severalGrids = rows.stream().map(SweepRow::points).filter(OptionalInt::isPresent).distinct().count() > 1;
        Function<SweepRow, String> label = r -> r.label()
                + (severalGrids && r.points().isPresent() ? ", K=" + r.points().getAsInt() : "");
        Set<String> labels = new LinkedHashSet<>();
        for (SweepRow r : rows) {
            if (r.ok()) {
                labels.add(label.apply(r));
            }
        }
        NumberAxis y = new NumberAxis("welfare ratio W / W*");
        y.setRange(0, 1.04);
        y.setTickUnit(new NumberTickUnit(0.1));
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        y.setTickLabelFont(tickFont);
        y.setLabelFont(labelFont);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(y);
        combined.setGap(18);
        List<BargainingConcept> concepts = concepts(rows);
        int[] buyers = rows.stream().filter(SweepRow::ok).mapToInt(r -> r.buyers().getAsInt()).distinct().sorted()
                .toArray();
        double minN = buyers.length == 0 ? 1 : buyers[0];
        double maxN = buyers.length == 0 ? 2 : buyers[buyers.length - 1];
        for (BargainingConcept concept : concepts) {
            Map<String, XYSeries> series = new LinkedHashMap<>();
            for (String l : labels) {
                series.put(l, new XYSeries(l, true, false));
            }
            for (SweepRow r : rows) {
                if (r.ok()) {
                    r.outcome().orElseThrow().solution(concept)
                            .ifPresent(s -> series.get(label.apply(r)).add(r.buyers().getAsInt(), s.welfareRatio()));
                }
            }
            XYSeriesCollection data = new XYSeriesCollection();
            series.values().forEach(data::addSeries);
            LogAxis x = new BuyerAxis("buyers n (log scale) - " + concept.title(), buyers);
            x.setSmallestValue(1);
            x.setRange(minN / 1.25, maxN * 1.25);
            x.setTickLabelFont(tickFont);
            x.setLabelFont(labelFont);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            for (int i = 0; i < labels.size(); i++) {
                renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
                renderer.setSeriesStroke(i, new BasicStroke(2.2f));
                renderer.setSeriesShape(i, shape(i));
            }
            XYPlot plot = new XYPlot(data, x, null, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xdddddd));
            plot.setRangeGridlinePaint(new Color(0xdddddd));
            ValueMarker half = new ValueMarker(0.5, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
            plot.addRangeMarker(half);
            combined.add(plot, 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        int i = 0;
        for (String l : labels) {
            LegendItem item = new LegendItem(l, null, null, null, shape(i), PALETTE[i % PALETTE.length],
                    new BasicStroke(2.2f), PALETTE[i % PALETTE.length]);
            item.setLine(new Line2D.Double(-12, 0, 12, 0));
            item.setShapeVisible(true);
            item.setLineVisible(true);
            legend.add(item);
            i++;
        }
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 18), combined, true);
        chart.setTitle(new TextTitle(String.format(Locale.ROOT,
                "%s: welfare ratio of the bargaining solutions vs number of buyers (dashed: 1/2)", title),
                new Font(Font.SANS_SERIF, Font.BOLD, 17)));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * A log axis for the number of buyers whose ticks are the sweep's values of {@code n} themselves,
     * labelled as integers: no tick between two of them, none repeated. When labels would overlap
     * (many values of {@code n} close together on the log scale), a value keeps its tick mark and
     * grid line but loses its label, the smallest and the largest {@code n} keeping theirs.
     */
    static final class BuyerAxis extends LogAxis {

        private static final long serialVersionUID = 1L;
        /** Least free space between two labels, in pixels. */
        private static final double LABEL_GAP = 6;

        private final int[] buyers;

        /** @param buyers the distinct values of {@code n}, ascending */
        BuyerAxis(String label, int[] buyers) {
            super(label);
            this.buyers = buyers.clone();
        }

        @Override
        protected List<ValueTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
            int count = buyers.length;
            double[] left = new double[count];
            double[] right = new double[count];
            for (int i = 0; i < count; i++) {
                double at = valueToJava2D(buyers[i], dataArea, edge);
                double half = fm.stringWidth(Integer.toString(buyers[i])) / 2.0;
                left[i] = at - half;
                right[i] = at + half;
            }
            // Greedy from the smallest n; then make room for the largest by dropping labels before it.
            List<Integer> labelled = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (labelled.isEmpty() || left[i] >= right[labelled.get(labelled.size() - 1)] + LABEL_GAP) {
                    labelled.add(i);
                }
            }
            if (count > 1 && labelled.get(labelled.size() - 1) != count - 1) {
                while (labelled.size() > 1 && left[count - 1] < right[labelled.get(labelled.size() - 1)] + LABEL_GAP) {
                    labelled.remove(labelled.size() - 1);
                }
                labelled.add(count - 1);
            }
            TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
            List<ValueTick> ticks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String text = labelled.contains(i) ? Integer.toString(buyers[i]) : "";
                ticks.add(new NumberTick(TickType.MAJOR, buyers[i], text, anchor, TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }
    }

    private static Shape shape(int i) {
        return switch (i % 4) {
            case 0 -> new Ellipse2D.Double(-4.5, -4.5, 9, 9);
            case 1 -> new Rectangle2D.Double(-4, -4, 8, 8);
            case 2 -> ShapeUtils.createUpTriangle(5f);
            default -> ShapeUtils.createDiamond(5.5f);
        };
    }
}
