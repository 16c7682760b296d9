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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
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
 * <p>The auctions along the frontier are shown by their regimes ({@link FrontierAnnotations}): a
 * pale band in the regime's colour under each run of vertices with the same auction shape, a dot
 * in that colour at the first vertex of every regime (where the shape changes), and a label per
 * regime (at most {@link FrontierAnnotations#MAX_LABELS}) such as
 * {@code "vertices 0–144: second price, reserve 0.706 → 0.05003"}, led by a swatch of its colour;
 * regime labels that would point at nearly the same place share one box, one line each. The
 * legend explains bands and dots in one entry, or, when some regime goes unlabelled, has an entry
 * per shape. Each bargaining solution's label names its auction as well. Labels wrap after a
 * comma when wider than 40% of the plot.
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
    /** Two labelled points closer than this many (scaled) pixels share one label. */
    private static final double MERGE_DISTANCE = 10.0;
    /** Regime labels whose anchors are closer than this many (scaled) pixels share one box. */
    private static final double REGIME_MERGE_DISTANCE = 40.0;
    /** Opacity of the regime bands under the frontier (0-255). */
    private static final int BAND_ALPHA = 105;
    /** Width of the regime bands in (scaled) pixels. */
    private static final double BAND_WIDTH = 11.0;
    private static final Color LABEL_TEXT = new Color(45, 45, 45);

    /** The colour of each auction shape: its band (translucent), its dots and its label swatches. */
    static Color shapeColor(FrontierAnnotations.Shape shape) {
        return switch (shape) {
            case RESERVE -> new Color(240, 165, 20);
            case RESERVE_POOLED -> new Color(150, 95, 40);
            case NO_RESERVE -> new Color(225, 70, 165);
            case LOW_BIDS_POOLED -> new Color(30, 175, 215);
            case TOP_BIDS_POOLED -> new Color(140, 160, 30);
            case BIDS_POOLED -> new Color(150, 120, 225);
            case LOTTERY -> new Color(120, 120, 120);
            case NO_SALE -> new Color(190, 190, 190);
            case UNRECOGNISED -> new Color(90, 60, 20);
        };
    }

    /**
     * Curves are drawn through points at least this fraction of the larger axis range apart: a
     * quarter of a pixel on a 1000-pixel-wide chart, so thinning never shows.
     */
    static final double THINNING = 2.5e-4;

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

    /**
     * A labelled point in data coordinates; its label has one or more lines, each optionally led by
     * a colour swatch ({@code swatches} empty or as long as {@code lines}).
     */
    private record Mark(List<String> lines, double x, double y, Color color, double radius, List<Color> swatches) {
        Mark(String label, double x, double y, Color color, double radius) {
            this(List.of(label), x, y, color, radius, List.of());
        }

        String label() {
            return lines.get(0);
        }
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
        private final List<Mark> regimeMarks = new ArrayList<>();
        private final List<Mark> regimeDots = new ArrayList<>();
        private final List<Mark> otherMarkers = new ArrayList<>();
        private final List<Integer> legendOrder = new ArrayList<>();
        private int frontierIndex;
        private final List<LegendItem> shapeLegend = new ArrayList<>();
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

            // Thinned while read: at K = 10^6 the full curve would cost more memory than the rest of the plot.
            double resolution = THINNING * Math.max(Math.max(rMax, sMax), Double.MIN_NORMAL);
            List<double[]> auctionCurve = new ArrayList<>();
            List<SecondPriceOutcome> outcomes = auctions.outcomes();
            for (int i = 0; i < outcomes.size(); i++) {
                SecondPriceOutcome o = outcomes.get(i);
                keepIfVisible(auctionCurve, o.revenue(), o.surplus(), resolution, i == outcomes.size() - 1);
            }
            Shape tiny = outcomes.size() <= 40 ? circle(4) : null;
            addSeries("second-price auction, reserve r (Vickrey payments)", auctionCurve, SECOND_PRICE_COLOR,
                    stroke(2.2, new float[] {9f, 6f}), tiny, SECOND_PRICE_COLOR);

            List<double[]> vertices = new ArrayList<>();
            for (FrontierPoint p : frontier.vertices()) {
                vertices.add(new double[] {p.revenue(), p.surplus()});
            }
            regimes(analysis, vertices, rMax, sMax);
            int count = vertices.size();
            double vertexSize = count <= 25 ? 7 : count <= 60 ? 5 : count <= 200 ? 3 : 0;
            List<double[]> drawn = vertices;
            if (count > 200) {
                // Vertices are not marked individually beyond 200; draw the polyline at screen resolution.
                drawn = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    keepIfVisible(drawn, vertices.get(i)[0], vertices.get(i)[1], resolution, i == count - 1);
                }
            }
            addSeries(String.format(Locale.ROOT, "Pareto frontier (%d %s)", count, count == 1 ? "vertex" : "vertices"),
                    drawn, FRONTIER_COLOR, stroke(2.6, null), vertexSize > 0 ? circle(vertexSize) : null,
                    FRONTIER_COLOR);
            frontierIndex = data.getSeriesCount() - 1;
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
            solution(analysis, analysis.kalaiSmorodinsky(), "KS", ksName, KS_COLOR,
                    ShapeUtils.createDiamond((float) (10 * scale)), 10);
            solution(analysis, analysis.nash(), nashName, nashName, NASH_COLOR,
                    ShapeUtils.createUpTriangle((float) (7.5 * scale)), 7.5);
            solution(analysis, analysis.crossSideNash(), crossName, crossName, CROSS_SIDE_COLOR, square(10), 5);

            int rayIndex = 0;
            int auctionCurveIndex = 1;
            // frontier, second-price curve and its two points, ideal point, ray, then the solutions
            legendOrder.addAll(List.of(frontierIndex, auctionCurveIndex, frontierIndex + 1, frontierIndex + 2,
                    frontierIndex + 3, rayIndex, frontierIndex + 4, frontierIndex + 5, frontierIndex + 6));
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
            for (int i : legendOrder) {
                ordered.add(drawn.get(i));
            }
            shapeLegend.forEach(ordered::add);
            return ordered;
        }

        /**
         * The auction regimes along the frontier: a translucent band series under each run of two
         * or more vertices (added before the frontier series, so drawn beneath it), a dot at each
         * regime's first vertex, one legend entry per shape and the labels of the labelled regimes.
         */
        private void regimes(FrontierAnalysis analysis, List<double[]> vertices, double rMax, double sMax) {
            List<FrontierAnnotations.Regime> regimes = FrontierAnnotations.regimes(analysis);
            Set<FrontierAnnotations.Shape> shapes = EnumSet.noneOf(FrontierAnnotations.Shape.class);
            for (FrontierAnnotations.Regime r : regimes) {
                Color c = shapeColor(r.shape());
                shapes.add(r.shape());
                if (r.size() > 1) {
                    Color band = new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA);
                    addSeries("auction regime " + r.first() + "-" + r.last(), vertices.subList(r.first(), r.last() + 1),
                            band, stroke(BAND_WIDTH, null), null, null);
                }
                double[] v = vertices.get(r.first());
                regimeDots.add(new Mark("", v[0], v[1], c, 4.5));
            }
            List<FrontierAnnotations.Regime> labelled = FrontierAnnotations.labelled(regimes);
            if (labelled.size() == regimes.size()) {
                // Every colour is explained by a label; the legend only says what bands and dots are.
                Color c = new Color(150, 150, 150);
                shapeLegend.add(new LegendItem("auction shape, as labelled (dot: where it changes)", null, null, null,
                        true, circle(9), true, c, true, c.darker().darker(), stroke(1.0, null), true,
                        new Line2D.Double(-16 * scale, 0, 16 * scale, 0), stroke(BAND_WIDTH * 0.8, null),
                        new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA + 40)));
                shapes.clear();
            }
            for (FrontierAnnotations.Shape shape : shapes) {
                Color c = shapeColor(shape);
                shapeLegend.add(new LegendItem("auction: " + text(FrontierAnnotations.label(shape, instance(analysis))),
                        null, null, null, true, circle(9),
                        true, c, true, c.darker().darker(), stroke(1.0, null), true,
                        new Line2D.Double(-16 * scale, 0, 16 * scale, 0), stroke(BAND_WIDTH * 0.8, null),
                        new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA + 40)));
            }
            // "Half-way on screen": R_max and S_max are (nearly) proportional to the axis lengths.
            double xLength = Math.max(rMax, 1e-300);
            double yLength = Math.max(sMax, 1e-300);
            for (FrontierAnnotations.Regime r : labelled) {
                int at = FrontierAnnotations.anchor(r, vertices, xLength, yLength);
                double[] v = vertices.get(at);
                regimeMarks.add(new Mark(List.of(text(r.text())), v[0], v[1], shapeColor(r.shape()), 4.5,
                        List.of(shapeColor(r.shape()))));
            }
        }

        private static Instance instance(FrontierAnalysis analysis) {
            return analysis.frontier().instance();
        }

        /** {@code s} with the arrow and the dash replaced by ASCII when the label font lacks them. */
        private String text(String s) {
            String t = labelFont.canDisplayUpTo(FrontierAnnotations.ARROW) == -1 ? s
                    : s.replace(FrontierAnnotations.ARROW, "->");
            return unicode ? t : t.replace('\u2013', '-');
        }

        private void solution(FrontierAnalysis analysis, BargainingSolution s, String shortName, String legendName,
                              Color color, Shape shape, double radius) {
            addSeries(legendName, List.of(new double[] {s.revenue(), s.surplus()}), color, null, shape, color);
            List<String> lines = new ArrayList<>();
            lines.add(shortName + ratio(s.welfareRatio()));
            FrontierAnnotations.solutionLines(s, analysis.auctions()).forEach(l -> lines.add(text(l)));
            solutionMarks.add(new Mark(lines, s.revenue(), s.surplus(), color, radius, List.of()));
        }

        private String ratio(double welfareRatio) {
            return String.format(Locale.ROOT, " (W/W* = %.3f)", welfareRatio);
        }

        /**
         * Appends {@code (r, s)} unless it lies within {@code resolution} of the last kept point in
         * both coordinates ({@code last} points are always kept, replacing a too-close predecessor).
         */
        private static void keepIfVisible(List<double[]> kept, double r, double s, double resolution, boolean last) {
            double[] point = {r, s};
            if (kept.isEmpty()) {
                kept.add(point);
                return;
            }
            double[] prev = kept.get(kept.size() - 1);
            boolean close = Math.abs(r - prev[0]) <= resolution && Math.abs(s - prev[1]) <= resolution;
            if (!close) {
                kept.add(point);
            } else if (last) {
                // The end is drawn exactly: it replaces a near predecessor other than the start.
                if (kept.size() > 1) {
                    kept.set(kept.size() - 1, point);
                } else {
                    kept.add(point);
                }
            }
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
                if (i == frontierIndex + 1) {
                    // Regime dots above the frontier's vertex markers, below every labelled point.
                    drawRegimeDots(g, x, y, dataArea);
                }
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
            all.addAll(regimeDots);
            all.addAll(otherMarkers);
            for (Mark m : all) {
                placer.addMarker(toPixels(m.x(), m.y(), x, y, dataArea), m.radius() * scale + 2);
            }
            Point2D origin = toPixels(0, 0, x, y, dataArea);
            List<List<Mark>> groups = new ArrayList<>();
            groups.addAll(group(idealMarks, x, y, dataArea, MERGE_DISTANCE));
            groups.addAll(group(solutionMarks, x, y, dataArea, MERGE_DISTANCE));
            groups.addAll(group(auctionMarks, x, y, dataArea, MERGE_DISTANCE));
            groups.addAll(group(regimeMarks, x, y, dataArea, REGIME_MERGE_DISTANCE));

            g.setFont(labelFont);
            FontMetrics fm = g.getFontMetrics();
            double pad = 3 * scale;
            double lineHeight = fm.getAscent() + fm.getDescent();
            double swatch = fm.getAscent() * 0.8;
            for (List<Mark> groupMarks : groups) {
                Mark head = groupMarks.get(0);
                boolean regime = regimeMarks.contains(head);
                List<String> lines = regime ? regimeLines(groupMarks) : groupLabel(groupMarks, x, y, dataArea);
                List<Color> swatches = new ArrayList<>();
                groupMarks.forEach(m -> swatches.addAll(m.swatches()));
                Color color = regime ? new Color(120, 120, 120)
                        : groupMarks.size() == 1 ? head.color() : new Color(50, 50, 50);
                double radius = groupMarks.stream().mapToDouble(Mark::radius).max().orElse(0) * scale;
                Point2D anchor = toPixels(head.x(), head.y(), x, y, dataArea);
                double outward = anchor.distance(origin) < 1
                        ? -Math.PI / 4
                        : Math.atan2(anchor.getY() - origin.getY(), anchor.getX() - origin.getX());
                // Auction points lie inside the frontier: their labels go towards the origin.
                double preferred = auctionMarks.contains(head) ? outward + Math.PI : outward;
                double indent = swatches.isEmpty() ? 0 : swatch + 4 * scale;
                double maxWidth = Math.max(240 * scale, dataArea.getWidth() * 0.4) - indent;
                // Long lines wrap after a comma or colon; a swatch marks the first piece of its line.
                List<String> wrapped = new ArrayList<>();
                List<Color> wrappedSwatches = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    List<String> pieces = wrap(lines.get(i), fm, maxWidth);
                    for (int j = 0; j < pieces.size(); j++) {
                        wrapped.add(j == 0 ? pieces.get(j) : "   " + pieces.get(j));
                        wrappedSwatches.add(swatches.isEmpty() || j > 0 ? null
                                : swatches.get(Math.min(i, swatches.size() - 1)));
                    }
                }
                lines = wrapped;
                double textWidth = 0;
                for (String line : lines) {
                    textWidth = Math.max(textWidth, fm.stringWidth(line));
                }
                double w = textWidth + indent + 2 * pad;
                double h = lines.size() * lineHeight + 2 * pad;
                LabelPlacer.Placement p = placer.place(new LabelPlacer.Request(anchor, radius, w, h, preferred));
                g.setColor(color);
                g.setStroke(stroke(1.2, null));
                g.draw(new Line2D.Double(p.leaderFrom(), p.leaderTo()));
                g.setColor(LABEL_BACKGROUND);
                g.fill(p.box());
                g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 120));
                g.setStroke(stroke(0.8, null));
                g.draw(p.box());
                for (int i = 0; i < lines.size(); i++) {
                    double top = p.box().getY() + pad + i * lineHeight;
                    Color c = wrappedSwatches.get(i);
                    if (c != null) {
                        Rectangle2D sq = new Rectangle2D.Double(p.box().getX() + pad,
                                top + (lineHeight - swatch) / 2, swatch, swatch);
                        g.setColor(c);
                        g.fill(sq);
                        g.setColor(c.darker().darker());
                        g.setStroke(stroke(0.8, null));
                        g.draw(sq);
                    }
                    boolean continuation = i > 0 && wrappedSwatches.get(i) == null && !swatches.isEmpty();
                    g.setColor(regime || i > 0 || continuation ? LABEL_TEXT : color);
                    g.drawString(lines.get(i), (float) (p.box().getX() + pad + indent),
                            (float) (top + fm.getAscent()));
                }
            }
        }

        private void drawRegimeDots(Graphics2D g, NumberAxis x, NumberAxis y, Rectangle2D dataArea) {
            Shape dot = circle(9);
            for (Mark m : regimeDots) {
                Point2D p = toPixels(m.x(), m.y(), x, y, dataArea);
                Shape shape = ShapeUtils.createTranslatedShape(dot, p.getX(), p.getY());
                g.setPaint(m.color());
                g.fill(shape);
                g.setPaint(m.color().darker().darker());
                g.setStroke(stroke(1.0, null));
                g.draw(shape);
            }
        }

        /** Splits marks into groups of points closer than {@code distance} (scaled) pixels, in input order. */
        private List<List<Mark>> group(List<Mark> marks, NumberAxis x, NumberAxis y, Rectangle2D area,
                                       double distance) {
            List<List<Mark>> groups = new ArrayList<>();
            for (Mark m : marks) {
                Point2D p = toPixels(m.x(), m.y(), x, y, area);
                List<Mark> home = null;
                for (List<Mark> g : groups) {
                    Point2D q = toPixels(g.get(0).x(), g.get(0).y(), x, y, area);
                    if (p.distance(q) < distance * scale) {
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
         * {@code line} cut into pieces no wider than {@code maxWidth} pixels, each break after a
         * comma or colon outside brackets (a piece wider than that on its own stays whole).
         */
        private static List<String> wrap(String line, FontMetrics fm, double maxWidth) {
            List<String> out = new ArrayList<>();
            String rest = line;
            while (fm.stringWidth(rest) > maxWidth) {
                int cut = -1;
                int depth = 0;
                for (int i = 0; i < rest.length(); i++) {
                    char ch = rest.charAt(i);
                    depth += ch == '[' || ch == '(' ? 1 : ch == ']' || ch == ')' ? -1 : 0;
                    if ((ch == ',' || ch == ':') && depth == 0 && i + 1 < rest.length() && rest.charAt(i + 1) == ' '
                            && fm.stringWidth(rest.substring(0, i + 1)) <= maxWidth) {
                        cut = i + 1;
                    }
                }
                if (cut < 0) {
                    break;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            out.add(rest);
            return out;
        }

        /** The lines of a group of regime labels: one per regime, in vertex order. */
        private static List<String> regimeLines(List<Mark> marks) {
            List<String> lines = new ArrayList<>();
            marks.forEach(m -> lines.addAll(m.lines()));
            return lines;
        }

        /**
         * The lines of one label for a group: {@code "KS (W/W* = 0.970)"} and the auction line, or
         * for points that share a label the names joined by {@code " and "} (same pixel) or
         * {@code " ≈ "} (only close), followed by the distinct parenthesised details, then each
         * distinct further line once.
         */
        private List<String> groupLabel(List<Mark> marks, NumberAxis x, NumberAxis y, Rectangle2D area) {
            if (marks.size() == 1) {
                return marks.get(0).lines();
            }
            Point2D first = toPixels(marks.get(0).x(), marks.get(0).y(), x, y, area);
            boolean same = true;
            List<String> names = new ArrayList<>();
            Set<String> details = new LinkedHashSet<>();
            Set<String> further = new LinkedHashSet<>();
            for (Mark m : marks) {
                same &= toPixels(m.x(), m.y(), x, y, area).distance(first) < 0.5;
                String label = m.label();
                int open = label.indexOf(" (");
                names.add(open < 0 ? label : label.substring(0, open));
                if (open >= 0) {
                    details.add(label.substring(open + 2, label.length() - 1));
                }
                String name = open < 0 ? label : label.substring(0, open);
                m.lines().subList(1, m.lines().size()).forEach(l -> further.add(name + ": " + l));
            }
            String joined = String.join(same ? " and " : unicode ? " \u2248 " : " ~ ", names);
            List<String> lines = new ArrayList<>();
            lines.add(details.isEmpty() ? joined : joined + " (" + String.join("; ", details) + ")");
            lines.addAll(further);
            return lines;
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
