package org.paretomech.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code frontiers.png}: the frontiers of an experiment's selected rows ({@link FrontierOverlay})
 * in one chart, each divided by its own efficient welfare, so the axes are {@code R / W*} and
 * {@code S / W*} from 0 to 1. Each row is a polyline with its Kalai–Smorodinsky (diamond), Nash
 * {@code R S^n} (triangle) and cross-side Nash {@code R S} (square) points in the row's colour;
 * the colour tells the family (and grid size, when the selection has several) or the instance file, the dash pattern
 * the number of buyers. Two grey lines mark {@code R + S = W*} (every efficient mechanism) and
 * {@code R + S = W* / 2} (the KS guarantee, MATH §6). Rendering is headless; the output is a pure
 * function of its input.
 */
public final class FrontierOverlayPlot {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Image width in pixels. */
    public static final int WIDTH = 1100;
    /** Image height in pixels. */
    public static final int HEIGHT = 1000;

    /** Series key of the line {@code R + S = W*}. */
    static final String EFFICIENT_LINE = "R + S = W* (efficient welfare)";
    /** Series key of the line {@code R + S = W* / 2}. */
    static final String HALF_LINE = "R + S = W*/2 (the KS guarantee)";
    /** Suffixes of the three marker series of a row, after its label. */
    static final String KS_SUFFIX = " / KS";
    /** Suffix of a row's Nash marker series. */
    static final String NASH_SUFFIX = " / Nash";
    /** Suffix of a row's cross-side Nash marker series. */
    static final String CROSS_SIDE_SUFFIX = " / cross-side Nash";

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
        new Color(0x7f7f7f), new Color(0xbcbd22)};
    private static final float[][] DASHES = {null, {10f, 6f}, {2.5f, 4f}, {12f, 5f, 2.5f, 5f}, {18f, 8f}};
    private static final Color REFERENCE = new Color(150, 150, 150);

    private FrontierOverlayPlot() {
    }

    /**
     * The chart as PNG bytes.
     *
     * @param title   chart title (the experiment name)
     * @param overlay the solved rows
     */
    public static byte[] png(String title, FrontierOverlay.Overlay overlay) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            chart(title, overlay).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
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
     * The legend name of each curve, in order: {@code family, n = 5}, with {@code , K = 400}
     * added when the curves have several grid sizes.
     */
    static List<String> labels(List<FrontierOverlay.Curve> curves) {
        boolean severalGrids = severalGrids(curves);
        List<String> out = new ArrayList<>();
        for (FrontierOverlay.Curve c : curves) {
            out.add(String.format(Locale.ROOT, "%s, n = %d%s", c.point().label(), c.buyers(),
                    severalGrids ? grid(c).map(k -> ", K = " + k).orElse("") : ""));
        }
        return out;
    }

    /** A family row's grid size {@code K}; empty for an instance row (its file sets the grid). */
    private static Optional<Integer> grid(FrontierOverlay.Curve c) {
        return c.point() instanceof FamilyPoint f ? Optional.of(f.points()) : Optional.empty();
    }

    /** Whether the family rows among {@code curves} have several grid sizes. */
    private static boolean severalGrids(List<FrontierOverlay.Curve> curves) {
        return curves.stream().map(FrontierOverlayPlot::grid).flatMap(Optional::stream).distinct().count() > 1;
    }

    /** The colour group: the family (and grid size when there are several) or the instance file. */
    private static String group(FrontierOverlay.Curve c, boolean severalGrids) {
        return c.point().label() + (severalGrids ? grid(c).map(k -> "/" + k).orElse("") : "");
    }

    static JFreeChart chart(String title, FrontierOverlay.Overlay overlay) {
        List<FrontierOverlay.Curve> curves = overlay.curves();
        List<String> labels = labels(curves);
        boolean severalGrids = severalGrids(curves);
        Map<String, Color> colours = new LinkedHashMap<>();
        for (FrontierOverlay.Curve c : curves) {
            colours.putIfAbsent(group(c, severalGrids), PALETTE[colours.size() % PALETTE.length]);
        }
        List<Integer> ns = new ArrayList<>(new TreeSet<>(curves.stream().map(FrontierOverlay.Curve::buyers).toList()));

        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        reference(data, renderer, EFFICIENT_LINE, 1.0);
        reference(data, renderer, HALF_LINE, 0.5);
        LegendItemCollection legend = new LegendItemCollection();
        List<Color> curveColours = new ArrayList<>();
        List<Stroke> curveStrokes = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            FrontierOverlay.Curve c = curves.get(i);
            Color colour = colours.get(group(c, severalGrids));
            Stroke stroke = stroke(2.4f, DASHES[ns.indexOf(c.buyers()) % DASHES.length]);
            curveColours.add(colour);
            curveStrokes.add(stroke);
            XYSeries line = new XYSeries(labels.get(i), false, true);
            for (double[] v : c.frontier()) {
                line.add(v[0], v[1]);
            }
            int s = add(data, line);
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesStroke(s, stroke);
            renderer.setSeriesShapesVisible(s, false);
            LegendItem item = new LegendItem(labels.get(i), null, null, null, new Line2D.Double(-18, 0, 18, 0),
                    stroke, colour);
            legend.add(item);
        }
        // Markers after every line, so no polyline hides a solution.
        for (int i = 0; i < curves.size(); i++) {
            FrontierOverlay.Curve c = curves.get(i);
            marker(data, renderer, labels.get(i) + KS_SUFFIX, c.ks(), ShapeUtils.createDiamond(6.5f),
                    curveColours.get(i));
            marker(data, renderer, labels.get(i) + NASH_SUFFIX, c.nash(), ShapeUtils.createUpTriangle(5.5f),
                    curveColours.get(i));
            marker(data, renderer, labels.get(i) + CROSS_SIDE_SUFFIX, c.crossSideNash(),
                    new Rectangle2D.Double(-4, -4, 8, 8), curveColours.get(i));
        }
        legend.add(shapeItem("Kalai-Smorodinsky", ShapeUtils.createDiamond(6.5f)));
        legend.add(shapeItem("Nash (R S^n)", ShapeUtils.createUpTriangle(5.5f)));
        legend.add(shapeItem("cross-side Nash (R S)", new Rectangle2D.Double(-4, -4, 8, 8)));
        legend.add(new LegendItem("R + S = W*, W*/2", null, null, null, new Line2D.Double(-18, 0, 18, 0),
                stroke(1.3f, new float[] {6f, 5f}), REFERENCE));

        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        NumberAxis x = axis("revenue R / W*", tickFont, labelFont);
        NumberAxis y = axis("buyers' surplus S / W*", tickFont, labelFont);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(150, 150, 150));
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend);

        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 17), plot, true);
        chart.setTitle(new TextTitle(title + ": frontiers of selected rows, in units of each row's W*",
                new Font(Font.SANS_SERIF, Font.BOLD, 17)));
        boolean files = curves.stream().anyMatch(c -> c.point() instanceof InstancePoint);
        Optional<Integer> oneGrid = curves.stream().map(FrontierOverlayPlot::grid).flatMap(Optional::stream)
                .findFirst();
        String sub = "colour: " + (files ? "family or instance file" : "family")
                + (severalGrids ? " and grid size K" : "") + "; dash: number of buyers n"
                + (oneGrid.isEmpty() || severalGrids ? "" : "; K = " + oneGrid.get() + (files ? " (families)" : ""))
                + "; markers: the row's bargaining solutions";
        if (!overlay.leftOut().isEmpty()) {
            sub += "; not drawn (failed): " + String.join("; ", overlay.leftOut());
        }
        TextTitle subtitle = new TextTitle(sub, new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        subtitle.setPaint(new Color(70, 70, 70));
        subtitle.setMaximumLinesToDisplay(3);
        chart.addSubtitle(subtitle);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 20));
        return chart;
    }

    private static void reference(XYSeriesCollection data, XYLineAndShapeRenderer r, String key, double level) {
        XYSeries s = new XYSeries(key, false, true);
        s.add(0.0, level);
        s.add(level, 0.0);
        int i = add(data, s);
        r.setSeriesPaint(i, REFERENCE);
        r.setSeriesStroke(i, stroke(1.3f, new float[] {6f, 5f}));
        r.setSeriesShapesVisible(i, false);
    }

    private static void marker(XYSeriesCollection data, XYLineAndShapeRenderer r, String key, double[] point,
                               Shape shape, Color colour) {
        XYSeries s = new XYSeries(key, false, true);
        s.add(point[0], point[1]);
        int i = add(data, s);
        r.setSeriesLinesVisible(i, false);
        r.setSeriesShapesVisible(i, true);
        r.setSeriesShape(i, shape);
        r.setSeriesPaint(i, colour);
        r.setSeriesOutlinePaint(i, Color.BLACK);
        r.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
    }

    private static int add(XYSeriesCollection data, XYSeries s) {
        data.addSeries(s);
        return data.getSeriesCount() - 1;
    }

    private static LegendItem shapeItem(String label, Shape shape) {
        LegendItem item = new LegendItem(label, null, null, null, shape, new Color(60, 60, 60));
        return item;
    }

    private static NumberAxis axis(String label, Font tickFont, Font labelFont) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRange(false);
        a.setRange(0.0, 1.02);
        a.setTickUnit(new NumberTickUnit(0.1));
        a.setTickLabelFont(tickFont);
        a.setLabelFont(labelFont);
        return a;
    }

    private static Stroke stroke(float width, float[] dash) {
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }
}
