package org.paretomech.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.auction.SecondPriceOutcome;
import org.paretomech.auction.SecondPriceTable;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.instance.Instance;

/**
 * Renders a {@link FrontierAnalysis} as a PNG chart in the (revenue {@code R}, buyers' total
 * surplus {@code S}) plane: the Pareto frontier polyline with its vertices, the second-price
 * auctions for every reserve (Vickrey payments) with the no-reserve and monopoly-reserve points,
 * the ideal point {@code (R_max, S_max)} with the Kalai–Smorodinsky ray from the origin, and the
 * Kalai–Smorodinsky, Nash ({@code R S^n}) and cross-side Nash ({@code R S}) bargaining solutions.
 *
 * <p>Rendering is headless: if the caller has not set {@code java.awt.headless}, loading this class
 * sets it to {@code true}, so no display is needed. Text uses the logical {@link Font#SANS_SERIF}
 * font, which the JDK maps to an installed font through fontconfig. Point labels are placed by a
 * greedy search that keeps them apart; bargaining solutions that fall on the same point (within
 * a marker's size) share one label.
 *
 * <p>The output is a pure function of the analysis and the size: no files are written.
 */
public final class FrontierPlot {

    static {
        // Must run before any AWT class asks for the graphics environment.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Default image width in pixels. */
    public static final int DEFAULT_WIDTH = 1000;
    /** Default image height in pixels. */
    public static final int DEFAULT_HEIGHT = 750;
    /** Smallest accepted width in pixels; below it the legend and labels (at 12 pt and up) crowd out the plot. */
    public static final int MIN_WIDTH = 640;
    /** Smallest accepted height in pixels. */
    public static final int MIN_HEIGHT = 480;
    /** Largest accepted width or height in pixels. */
    public static final int MAX_SIDE = 8000;

    // Package-private so that tests can look for them in the image.
    static final Color FRONTIER_COLOR = new Color(31, 88, 170);
    static final Color SECOND_PRICE_COLOR = new Color(230, 120, 0);
    static final Color RAY_COLOR = new Color(110, 110, 110);
    static final Color IDEAL_COLOR = new Color(20, 20, 20);
    static final Color KS_COLOR = new Color(0, 140, 70);
    static final Color NASH_COLOR = new Color(200, 30, 45);
    static final Color CROSS_SIDE_COLOR = new Color(125, 55, 170);
    private static final Color GRID_COLOR = new Color(215, 215, 215);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 230);

    /** Head room above the largest plotted value on both axes, for labels. */
    private static final double AXIS_HEADROOM = 1.12;
    /** Series indices in legend order; see {@code Chart} for the drawing order. */
    private static final int[] LEGEND_ORDER = {2, 1, 3, 4, 5, 0, 6, 7, 8};
    /** Two labelled points closer than this many (scaled) pixels share one label. */
    private static final double MERGE_DISTANCE = 10.0;

    private FrontierPlot() {
    }

    /**
     * Renders {@code analysis} at {@link #DEFAULT_WIDTH} x {@link #DEFAULT_HEIGHT}.
     *
     * @return the PNG file contents
     * @see #png(FrontierAnalysis, int, int)
     */
    public static byte[] png(FrontierAnalysis analysis) {
        return png(analysis, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Renders {@code analysis} as a {@code width} x {@code height} PNG image.
     *
     * <p>Both axes start at zero. Fonts, strokes and markers are sized for the default 1000 x 750
     * and scale up with larger images (never below 12 pt).
     *
     * @param analysis the analysis to draw; its frontier may have a single vertex
     * @param width    image width in pixels, {@value #MIN_WIDTH} to {@value #MAX_SIDE}
     * @param height   image height in pixels, {@value #MIN_HEIGHT} to {@value #MAX_SIDE}
     * @return the PNG file contents
     * @throws IllegalArgumentException if a size is out of range
     * @throws IllegalStateException    if the Java runtime cannot render text headless (no fonts)
     */
    public static byte[] png(FrontierAnalysis analysis, int width, int height) {
        Objects.requireNonNull(analysis, "analysis");
        checkSize("width", width, MIN_WIDTH);
        checkSize("height", height, MIN_HEIGHT);
        BufferedImage image;
        try {
            image = render(analysis, width, height);
        } catch (InternalError | UnsatisfiedLinkError e) {
            throw new IllegalStateException("rendering the frontier plot failed in this Java runtime (" + e
                    + "). Headless text rendering needs fontconfig and at least one font; "
                    + "on Debian install e.g. the packages fontconfig and fonts-dejavu-core.", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java runtime has no PNG image writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing PNG to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void checkSize(String name, int value, int min) {
        if (value < min || value > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s = %d pixels is out of range; use %d to %d (default %d x %d)",
                    name, value, min, MAX_SIDE, DEFAULT_WIDTH, DEFAULT_HEIGHT));
        }
    }

    /** Draws the chart, then the point labels on top of it. */
    static BufferedImage render(FrontierAnalysis analysis, int width, int height) {
        double scale = Math.max(1.0, Math.min(width / (double) DEFAULT_WIDTH, height / (double) DEFAULT_HEIGHT));
        Chart chart = new Chart(analysis, scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
            chart.drawOverlay(g, info.getPlotInfo().getDataArea());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A labelled point in data coordinates. */
    private record Mark(String label, double x, double y, Color color, double radius) {
    }

    /** The chart of one analysis, with the marks still to be labelled. */
    private static final class Chart {
        private final double scale;
        private final Font labelFont;
        private final boolean unicode;
        private final XYPlot plot;
        private final JFreeChart chart;
        private final List<List<Point2D.Double>> polylines = new ArrayList<>();
        private final List<Mark> idealMarks = new ArrayList<>();
        private final List<Mark> solutionMarks = new ArrayList<>();
        private final List<Mark> auctionMarks = new ArrayList<>();
        private final List<Mark> otherMarkers = new ArrayList<>();
        private final XYSeriesCollection data = new XYSeriesCollection();
        private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();

        Chart(FrontierAnalysis analysis, double scale) {
            this.scale = scale;
            this.labelFont = font(Font.PLAIN, 13);
            this.unicode = labelFont.canDisplayUpTo("R\u00b7S\u207f \u2248 \u2013 W*") == -1;
            Frontier frontier = analysis.frontier();
            Instance instance = frontier.instance();
            SecondPriceTable auctions = analysis.secondPrice();
            double rMax = frontier.revenueMax();
            double sMax = frontier.surplusMax();

            renderer.setDrawSeriesLineAsPath(true);
            renderer.setUseFillPaint(true);
            renderer.setUseOutlinePaint(true);
            renderer.setDrawOutlines(true);
            renderer.setLegendLine(new Line2D.Double(-16 * scale, 0, 16 * scale, 0));

            // Series are drawn in this order, so later ones lie on top.
            List<double[]> ray = List.of(new double[] {0, 0}, new double[] {rMax, sMax});
            addSeries("KS ray from (0, 0) to the ideal point", ray, RAY_COLOR,
                    stroke(1.6, new float[] {2f, 4f}), null, null);

            List<double[]> auctionCurve = new ArrayList<>();
            for (SecondPriceOutcome o : auctions.outcomes()) {
                auctionCurve.add(new double[] {o.revenue(), o.surplus()});
            }
            Shape tiny = auctionCurve.size() <= 40 ? circle(4) : null;
            addSeries("second-price auction, reserve r (Vickrey payments)", auctionCurve, SECOND_PRICE_COLOR,
                    stroke(2.2, new float[] {9f, 6f}), tiny, SECOND_PRICE_COLOR);

            List<double[]> vertices = new ArrayList<>();
            for (FrontierPoint p : frontier.vertices()) {
                vertices.add(new double[] {p.revenue(), p.surplus()});
            }
            int count = vertices.size();
            double vertexSize = count <= 25 ? 7 : count <= 60 ? 5 : count <= 200 ? 3 : 0;
            addSeries(String.format(Locale.ROOT, "Pareto frontier (%d %s)", count, count == 1 ? "vertex" : "vertices"),
                    vertices, FRONTIER_COLOR, stroke(2.6, null), vertexSize > 0 ? circle(vertexSize) : null,
                    FRONTIER_COLOR);
            if (vertexSize > 0) {
                for (double[] v : vertices) {
                    otherMarkers.add(new Mark("", v[0], v[1], FRONTIER_COLOR, vertexSize / 2));
                }
            }

            SecondPriceOutcome none = auctions.noReserve();
            SecondPriceOutcome monopoly = auctions.monopolyReserve();
            addSeries("second price, no reserve", List.of(new double[] {none.revenue(), none.surplus()}),
                    SECOND_PRICE_COLOR, null, circle(12), Color.WHITE);
            addSeries("second price, monopoly reserve", List.of(new double[] {monopoly.revenue(), monopoly.surplus()}),
                    SECOND_PRICE_COLOR, null, ShapeUtils.createDownTriangle((float) (7 * scale)), SECOND_PRICE_COLOR);
            auctionMarks.add(new Mark("no reserve", none.revenue(), none.surplus(), SECOND_PRICE_COLOR.darker(), 6));
            auctionMarks.add(new Mark("monopoly reserve r = " + number(monopoly.reserve()), monopoly.revenue(),
                    monopoly.surplus(), SECOND_PRICE_COLOR.darker(), 7));

            addSeries("ideal point (R_max, S_max)", List.of(new double[] {rMax, sMax}), IDEAL_COLOR, null,
                    ShapeUtils.createDiagonalCross((float) (7 * scale), (float) (1.3 * scale)), IDEAL_COLOR);
            idealMarks.add(new Mark("ideal point", rMax, sMax, IDEAL_COLOR, 7));

            String nashName = unicode ? "Nash R\u00b7S\u207f" : "Nash R*S^n";
            String crossName = unicode ? "cross-side Nash R\u00b7S" : "cross-side Nash R*S";
            // Largest first, so coinciding solutions show as nested markers.
            String ksName = unicode ? "Kalai\u2013Smorodinsky (KS)" : "Kalai-Smorodinsky (KS)";
            solution(analysis.kalaiSmorodinsky(), "KS", ksName, KS_COLOR,
                    ShapeUtils.createDiamond((float) (10 * scale)), 10);
            solution(analysis.nash(), nashName, nashName, NASH_COLOR,
                    ShapeUtils.createUpTriangle((float) (7.5 * scale)), 7.5);
            solution(analysis.crossSideNash(), crossName, crossName, CROSS_SIDE_COLOR, square(10), 5);

            polylines.add(points(ray));
            polylines.add(points(auctionCurve));
            polylines.add(points(vertices));

            NumberAxis xAxis = axis("Revenue R (seller)", maxOf(0, rMax, vertices, auctionCurve));
            NumberAxis yAxis = axis("Buyers' total surplus S", maxOf(1, sMax, vertices, auctionCurve));

            plot = new XYPlot(data, xAxis, yAxis, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlinePaint(new Color(150, 150, 150));
            plot.setDomainGridlinePaint(GRID_COLOR);
            plot.setRangeGridlinePaint(GRID_COLOR);
            plot.setDomainGridlineStroke(stroke(0.8, null));
            plot.setRangeGridlineStroke(stroke(0.8, null));
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
            plot.setFixedLegendItems(legendItems());

            chart = new JFreeChart(title(instance), font(Font.BOLD, 18), plot, true);
            chart.setBackgroundPaint(Color.WHITE);
            chart.setAntiAlias(true);
            chart.setTextAntiAlias(true);
            chart.setPadding(new RectangleInsets(8 * scale, 8 * scale, 8 * scale, 20 * scale));
            TextTitle subtitle = new TextTitle(String.format(Locale.ROOT,
                    "transfers: %s;  tracing method: %s;  efficient welfare W* = %s",
                    instance.transfers().label(), frontier.method(), number(frontier.welfareMax())),
                    font(Font.PLAIN, 13));
            subtitle.setPaint(new Color(70, 70, 70));
            subtitle.setPadding(new RectangleInsets(2 * scale, 0, 6 * scale, 0));
            chart.addSubtitle(subtitle);
            LegendTitle legend = chart.getLegend();
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(font(Font.PLAIN, 13));
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemLabelPadding(new RectangleInsets(2 * scale, 4 * scale, 2 * scale, 14 * scale));
            legend.setMargin(new RectangleInsets(8 * scale, 0, 0, 0));
        }

        /**
         * The legend in reading order: frontier and auctions first, then the ideal point and its
         * ray, then the solutions (the series themselves are ordered for drawing).
         */
        private LegendItemCollection legendItems() {
            LegendItemCollection drawn = renderer.getLegendItems();
            LegendItemCollection ordered = new LegendItemCollection();
            for (int i : LEGEND_ORDER) {
                ordered.add(drawn.get(i));
            }
            return ordered;
        }

        private void solution(BargainingSolution s, String shortName, String legendName, Color color, Shape shape,
                              double radius) {
            addSeries(legendName, List.of(new double[] {s.revenue(), s.surplus()}), color, null, shape, color);
            solutionMarks.add(new Mark(shortName + ratio(s.welfareRatio()), s.revenue(), s.surplus(), color, radius));
        }

        private String ratio(double welfareRatio) {
            return String.format(Locale.ROOT, " (W/W* = %.3f)", welfareRatio);
        }

        private void addSeries(String key, List<double[]> points, Color color, Stroke line, Shape shape, Color fill) {
            XYSeries series = new XYSeries(key, false, true);
            for (double[] p : points) {
                series.add(p[0], p[1]);
            }
            data.addSeries(series);
            int i = data.getSeriesCount() - 1;
            renderer.setSeriesPaint(i, color);
            renderer.setSeriesLinesVisible(i, line != null);
            if (line != null) {
                renderer.setSeriesStroke(i, line);
            }
            renderer.setSeriesShapesVisible(i, shape != null);
            if (shape != null) {
                renderer.setSeriesShape(i, shape);
                renderer.setSeriesFillPaint(i, fill);
                renderer.setSeriesOutlinePaint(i, color.darker());
                renderer.setSeriesOutlineStroke(i, stroke(Color.WHITE.equals(fill) ? 2.2 : 1.0, null));
            }
        }

        private NumberAxis axis(String label, double max) {
            NumberAxis axis = new NumberAxis(label);
            axis.setLabelFont(font(Font.PLAIN, 15));
            axis.setTickLabelFont(font(Font.PLAIN, 13));
            axis.setLabelPaint(Color.BLACK);
            axis.setTickLabelPaint(new Color(40, 40, 40));
            axis.setAutoRange(false);
            axis.setRange(0.0, max * AXIS_HEADROOM);
            axis.setLabelInsets(new RectangleInsets(6 * scale, 6 * scale, 6 * scale, 6 * scale));
            return axis;
        }

        /** The largest coordinate {@code c} plotted, or a fallback if everything sits at zero. */
        private static double maxOf(int c, double extreme, List<double[]> a, List<double[]> b) {
            double max = extreme;
            for (double[] p : a) {
                max = Math.max(max, p[c]);
            }
            for (double[] p : b) {
                max = Math.max(max, p[c]);
            }
            if (max > 0 && Double.isFinite(max)) {
                return max;
            }
            // A degenerate axis (e.g. S = 0 everywhere) borrows the other axis's scale.
            double other = 0;
            for (double[] p : a) {
                other = Math.max(other, Math.abs(p[1 - c]));
            }
            for (double[] p : b) {
                other = Math.max(other, Math.abs(p[1 - c]));
            }
            return other > 0 && Double.isFinite(other) ? other : 1.0;
        }

        private static String title(Instance instance) {
            int n = instance.buyers();
            int k = instance.units();
            int kk = instance.supportSize();
            return String.format(Locale.ROOT, "%s: n = %d %s, k = %d %s, K = %d support %s", instance.name(),
                    n, n == 1 ? "buyer" : "buyers", k, k == 1 ? "unit" : "units", kk, kk == 1 ? "point" : "points");
        }

        /**
         * Draws the markers again without the plot's clip, so that points on an axis show whole,
         * then places and draws the labels of the ideal point, the solutions and the auction
         * points.
         */
        void drawOverlay(Graphics2D g, Rectangle2D dataArea) {
            NumberAxis x = (NumberAxis) plot.getDomainAxis();
            NumberAxis y = (NumberAxis) plot.getRangeAxis();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                if (!Boolean.TRUE.equals(renderer.getSeriesShapesVisible(i))) {
                    continue;
                }
                XYSeries series = data.getSeries(i);
                for (int j = 0; j < series.getItemCount(); j++) {
                    Point2D p = toPixels(series.getX(j).doubleValue(), series.getY(j).doubleValue(), x, y, dataArea);
                    Shape shape = ShapeUtils.createTranslatedShape(renderer.getSeriesShape(i), p.getX(), p.getY());
                    g.setPaint(renderer.getSeriesFillPaint(i));
                    g.fill(shape);
                    g.setPaint(renderer.getSeriesOutlinePaint(i));
                    g.setStroke(renderer.getSeriesOutlineStroke(i));
                    g.draw(shape);
                }
            }
            Rectangle2D inner = new Rectangle2D.Double(dataArea.getX() + 2, dataArea.getY() + 2,
                    dataArea.getWidth() - 4, dataArea.getHeight() - 4);
            LabelPlacer placer = new LabelPlacer(inner, scale);
            for (List<Point2D.Double> line : polylines) {
                List<Point2D> px = new ArrayList<>();
                for (Point2D.Double p : line) {
                    px.add(toPixels(p.x, p.y, x, y, dataArea));
                }
                placer.addPolyline(px);
            }
            List<Mark> all = new ArrayList<>();
            all.addAll(idealMarks);
            all.addAll(solutionMarks);
            all.addAll(auctionMarks);
            all.addAll(otherMarkers);
            for (Mark m : all) {
                placer.addMarker(toPixels(m.x(), m.y(), x, y, dataArea), m.radius() * scale + 2);
            }
            Point2D origin = toPixels(0, 0, x, y, dataArea);
            List<List<Mark>> groups = new ArrayList<>();
            groups.addAll(group(idealMarks, x, y, dataArea));
            groups.addAll(group(solutionMarks, x, y, dataArea));
            groups.addAll(group(auctionMarks, x, y, dataArea));

            g.setFont(labelFont);
            FontMetrics fm = g.getFontMetrics();
            double pad = 3 * scale;
            for (List<Mark> groupMarks : groups) {
                Mark head = groupMarks.get(0);
                String text = groupLabel(groupMarks, x, y, dataArea);
                Color color = groupMarks.size() == 1 ? head.color() : new Color(50, 50, 50);
                double radius = groupMarks.stream().mapToDouble(Mark::radius).max().orElse(0) * scale;
                Point2D anchor = toPixels(head.x(), head.y(), x, y, dataArea);
                double outward = anchor.distance(origin) < 1
                        ? -Math.PI / 4
                        : Math.atan2(anchor.getY() - origin.getY(), anchor.getX() - origin.getX());
                // Auction points lie inside the frontier: their labels go towards the origin.
                double preferred = auctionMarks.contains(head) ? outward + Math.PI : outward;
                double w = fm.stringWidth(text) + 2 * pad;
                double h = fm.getAscent() + fm.getDescent() + 2 * pad;
                LabelPlacer.Placement p = placer.place(new LabelPlacer.Request(anchor, radius, w, h, preferred));
                g.setColor(color);
                g.setStroke(stroke(1.2, null));
                g.draw(new Line2D.Double(p.leaderFrom(), p.leaderTo()));
                g.setColor(LABEL_BACKGROUND);
                g.fill(p.box());
                g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 120));
                g.setStroke(stroke(0.8, null));
                g.draw(p.box());
                g.setColor(color);
                g.drawString(text, (float) (p.box().getX() + pad), (float) (p.box().getY() + pad + fm.getAscent()));
            }
        }

        /** Splits marks into groups of points too close to label separately, in input order. */
        private List<List<Mark>> group(List<Mark> marks, NumberAxis x, NumberAxis y, Rectangle2D area) {
            List<List<Mark>> groups = new ArrayList<>();
            for (Mark m : marks) {
                Point2D p = toPixels(m.x(), m.y(), x, y, area);
                List<Mark> home = null;
                for (List<Mark> g : groups) {
                    Point2D q = toPixels(g.get(0).x(), g.get(0).y(), x, y, area);
                    if (p.distance(q) < MERGE_DISTANCE * scale) {
                        home = g;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    groups.add(home);
                }
                home.add(m);
            }
            return groups;
        }

        /**
         * One label for a group: {@code "KS (W/W* = 0.970)"}, or for points that share a label the
         * names joined by {@code " and "} (same pixel) or {@code " ≈ "} (only close), followed by the
         * distinct parenthesised details.
         */
        private String groupLabel(List<Mark> marks, NumberAxis x, NumberAxis y, Rectangle2D area) {
            if (marks.size() == 1) {
                return marks.get(0).label();
            }
            Point2D first = toPixels(marks.get(0).x(), marks.get(0).y(), x, y, area);
            boolean same = true;
            List<String> names = new ArrayList<>();
            Set<String> details = new LinkedHashSet<>();
            for (Mark m : marks) {
                same &= toPixels(m.x(), m.y(), x, y, area).distance(first) < 0.5;
                String label = m.label();
                int open = label.indexOf(" (");
                names.add(open < 0 ? label : label.substring(0, open));
                if (open >= 0) {
                    details.add(label.substring(open + 2, label.length() - 1));
                }
            }
            String joined = String.join(same ? " and " : unicode ? " \u2248 " : " ~ ", names);
            return details.isEmpty() ? joined : joined + " (" + String.join("; ", details) + ")";
        }

        private static Point2D toPixels(double vx, double vy, NumberAxis x, NumberAxis y, Rectangle2D area) {
            return new Point2D.Double(x.valueToJava2D(vx, area, RectangleEdge.BOTTOM),
                    y.valueToJava2D(vy, area, RectangleEdge.LEFT));
        }

        private static List<Point2D.Double> points(List<double[]> values) {
            List<Point2D.Double> out = new ArrayList<>(values.size());
            for (double[] v : values) {
                out.add(new Point2D.Double(v[0], v[1]));
            }
            return out;
        }

        private Font font(int style, double points) {
            return new Font(Font.SANS_SERIF, style, (int) Math.round(points * scale));
        }

        private Stroke stroke(double width, float[] dash) {
            float w = (float) (width * scale);
            if (dash == null) {
                return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            }
            float[] scaled = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                scaled[i] = (float) (dash[i] * scale);
            }
            return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
        }

        private Shape circle(double diameter) {
            double d = diameter * scale;
            return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
        }

        private Shape square(double side) {
            double s = side * scale;
            return new Rectangle2D.Double(-s / 2, -s / 2, s, s);
        }
    }

    /** Up to four significant digits, without trailing zeros: 0.5, 0.05, 12.35. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
