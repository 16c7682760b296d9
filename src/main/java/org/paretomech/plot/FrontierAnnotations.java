package org.paretomech.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.instance.Instance;
import org.paretomech.mechanism.description.AuctionDescription;
import org.paretomech.mechanism.description.PaymentSide;
import org.paretomech.mechanism.description.PooledInterval;

/**
 * What the frontier plot says about the auctions along the frontier: not one label per vertex, but
 * the <em>regimes</em>, maximal runs of consecutive vertices whose auctions have the same
 * {@link Shape} and payment side (MATH §3). Along a typical frontier from the revenue end the
 * shape goes "second price with a reserve" (reserve falling vertex by vertex), "no reserve",
 * "lowest bids pooled" (the indirect Vickrey auctions of MHR buyer sides, pool growing), "lottery";
 * each change of regime is a structural change of the auction, and each regime gets one summary
 * such as {@code "vertices 0–144: second price, reserve 0.706 → 0.05003"}.
 *
 * <p>Everything here is in vertex indices and data coordinates: which regimes there are, which of
 * them are labelled, at which vertex each label points, and the text of every label, including
 * the auction of each bargaining solution. {@link FrontierPlot} draws it; it only decides, in
 * pixels, which labels are close enough to share a box.
 */
public final class FrontierAnnotations {

    /** Most regimes labelled on one plot; the others are still coloured and marked. */
    public static final int MAX_LABELS = 6;

    /** The arrow between the first and the last value of a quantity along a regime. */
    static final String ARROW = "\u2192";

    /**
     * The shape of an auction, coarser than {@link AuctionDescription.Kind}: what changes between
     * regimes, not the reserve or the pool boundaries, which change at almost every vertex.
     */
    public enum Shape {
        /** Second price ({@code k} highest bids win) above a reserve {@code r > v_1}, nothing pooled. */
        RESERVE("second price with a reserve"),
        /** A reserve {@code r > v_1} and at least one pooled bid interval (on the revenue side: ironing). */
        RESERVE_POOLED("reserve and pooled bids"),
        /** Second price with every type allocated: the efficient allocation. */
        NO_RESERVE("second price, no reserve"),
        /**
         * No reserve, one pooled interval holding the lowest (positive) bids and a second-price
         * auction above it: the "indirect Vickrey" shape ({@link AuctionDescription#indirectVickrey()}).
         */
        LOW_BIDS_POOLED("no reserve, lowest bids pooled"),
        /** No reserve, one pooled interval holding the highest bids, bids below it served by rank. */
        TOP_BIDS_POOLED("no reserve, highest bids pooled"),
        /** No reserve and pooled bids in any other pattern (several intervals, or one in the middle). */
        BIDS_POOLED("no reserve, bids pooled"),
        /**
         * One class gets everything: a (free) lottery among all bidders or among the bids above a
         * reserve, also when zero bids are only served with units left over.
         */
        LOTTERY("lottery"),
        /** Nothing is sold. */
        NO_SALE("no sale"),
        /** Not a class auction (only for LP mechanisms the recogniser cannot read). */
        UNRECOGNISED("not a class auction");

        private final String label;

        Shape(String label) {
            this.label = label;
        }

        /** A short name for the legend, e.g. {@code "no reserve, lowest bids pooled"} (one unit's wording). */
        public String label() {
            return label;
        }
    }

    /**
     * {@link Shape#label()} in the wording of an instance: "second price" becomes
     * {@code "uniform price"} when {@code 1 < k < n} and {@code "a unit per bid"} when {@code k >= n}.
     */
    public static String label(Shape shape, Instance instance) {
        return label(shape, instance.units(), instance.buyers());
    }

    private static String label(Shape shape, int units, int buyers) {
        if (units == 1) {
            return shape.label();
        }
        return shape.label().replace("second price", units >= buyers ? "a unit per bid" : "uniform price");
    }

    /**
     * A maximal run of consecutive frontier vertices with the same shape and payment side.
     *
     * @param shape the auction shape
     * @param side  the payment side of every vertex in the run
     * @param first index of the first vertex (revenue end = 0)
     * @param last  index of the last vertex, {@code >= first}
     * @param text  the label, e.g. {@code "vertices 0–144: second price, reserve 0.706 → 0.05003"}
     */
    public record Regime(Shape shape, PaymentSide side, int first, int last, String text) {

        /** Checks {@code 0 <= first <= last}. */
        public Regime {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("a regime spans vertices first..last with 0 <= first <= last; got "
                        + first + ".." + last);
            }
        }

        /** Number of vertices in the run. */
        public int size() {
            return last - first + 1;
        }
    }

    private FrontierAnnotations() {
    }

    /**
     * The shape of one vertex's auction. Tests in this order: no sale, not recognised, free
     * lottery; one allocated class, or zero bids served apart from a single pool above them:
     * {@link Shape#LOTTERY}; nothing pooled: {@link Shape#NO_RESERVE} when every type is allocated,
     * else {@link Shape#RESERVE}; pooled with a reserve: {@link Shape#RESERVE_POOLED}; then
     * {@link Shape#LOW_BIDS_POOLED}, {@link Shape#TOP_BIDS_POOLED}, {@link Shape#BIDS_POOLED}.
     */
    public static Shape shapeOf(AuctionDescription d) {
        switch (d.kind()) {
            case NO_SALE:
                return Shape.NO_SALE;
            case UNRECOGNISED:
                return Shape.UNRECOGNISED;
            case FREE_LOTTERY:
                return Shape.LOTTERY;
            case SECOND_PRICE_WITH_RESERVE:
                return d.reserveIndex().getAsInt() == 0 ? Shape.NO_RESERVE : Shape.RESERVE;
            default:
                break;
        }
        List<PooledInterval> pools = d.pooledIntervals();
        int r = d.reserveIndex().getAsInt();
        if (d.servedClasses() == 1
                || (d.zeroBidServedSeparately() && d.servedClasses() == 2 && pools.size() == 1)) {
            return Shape.LOTTERY;
        }
        if (r > 0) {
            return Shape.RESERVE_POOLED;
        }
        if (d.indirectVickrey()) {
            return Shape.LOW_BIDS_POOLED;
        }
        // One pool with only singleton classes below it: the pool is the top class.
        if (pools.size() == 1 && d.servedClasses() == pools.get(0).first() - r + 1) {
            return Shape.TOP_BIDS_POOLED;
        }
        return Shape.BIDS_POOLED;
    }

    /** The regimes of an analysed frontier, revenue end first. */
    public static List<Regime> regimes(FrontierAnalysis analysis) {
        return regimes(analysis.auctions());
    }

    /**
     * The regimes of a frontier whose vertex {@code i} runs {@code auctions.get(i)}, revenue end
     * first. The payment side is named in a label ("highest IC payments" for the revenue side,
     * "lowest IC payments" for the buyer side) only when the frontier has the same shape with two
     * different sides, e.g. the efficient auction with the seller's and with the buyers' payments
     * at the two ends of the edge of slope -1.
     *
     * @throws IllegalArgumentException when {@code auctions} is empty
     */
    public static List<Regime> regimes(List<AuctionDescription> auctions) {
        if (auctions.isEmpty()) {
            throw new IllegalArgumentException("a frontier has at least one vertex; got no auctions");
        }
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= auctions.size(); i++) {
            if (i == auctions.size() || !sameRegime(auctions.get(start), auctions.get(i))) {
                runs.add(new int[] {start, i - 1});
                start = i;
            }
        }
        Map<Shape, Set<PaymentSide>> sides = new EnumMap<>(Shape.class);
        for (int[] run : runs) {
            AuctionDescription d = auctions.get(run[0]);
            sides.computeIfAbsent(shapeOf(d), s -> EnumSet.noneOf(PaymentSide.class)).add(d.paymentSide());
        }
        List<Regime> out = new ArrayList<>();
        for (int[] run : runs) {
            List<AuctionDescription> ds = auctions.subList(run[0], run[1] + 1);
            Shape shape = shapeOf(ds.get(0));
            PaymentSide side = ds.get(0).paymentSide();
            String text = (run[0] == run[1] ? "vertex " + run[0] : "vertices " + run[0] + "\u2013" + run[1]) + ": "
                    + summary(shape, ds) + (sides.get(shape).size() > 1 ? sideNote(side) : "");
            out.add(new Regime(shape, side, run[0], run[1], text));
        }
        return List.copyOf(out);
    }

    private static boolean sameRegime(AuctionDescription a, AuctionDescription b) {
        return shapeOf(a) == shapeOf(b) && a.paymentSide() == b.paymentSide();
    }

    private static String sideNote(PaymentSide side) {
        return switch (side) {
            case REVENUE_SIDE -> " (highest IC payments)";
            case BUYER_SIDE -> " (lowest IC payments)";
            case INTERMEDIATE -> " (intermediate payments)";
            case BOTH_EXTREMES -> "";
        };
    }

    /**
     * Which regimes get a label: all of them when there are at most {@link #MAX_LABELS}; otherwise
     * the first and the last (the two ends of the frontier) and, among the others, those with the
     * most vertices (ties: nearer the revenue end), {@link #MAX_LABELS} in all, in vertex order.
     */
    public static List<Regime> labelled(List<Regime> regimes) {
        if (regimes.size() <= MAX_LABELS) {
            return List.copyOf(regimes);
        }
        List<Regime> inner = new ArrayList<>(regimes.subList(1, regimes.size() - 1));
        inner.sort(Comparator.comparingInt(Regime::size).reversed().thenComparingInt(Regime::first));
        List<Regime> chosen = new ArrayList<>(inner.subList(0, MAX_LABELS - 2));
        chosen.add(regimes.get(0));
        chosen.add(regimes.get(regimes.size() - 1));
        chosen.sort(Comparator.comparingInt(Regime::first));
        return List.copyOf(chosen);
    }

    /**
     * The vertex a regime's label points at: the one nearest half-way along the regime's stretch
     * of the polyline, with revenue measured in units of {@code revenueScale} and surplus in units
     * of {@code surplusScale} (the plot's axis ranges, so that "half-way" is half-way on screen);
     * the first vertex of a regime with one vertex or zero length.
     *
     * @param regime       the regime
     * @param vertices     the frontier's {@code {R, S}} vertices, revenue end first
     * @param revenueScale length of the revenue axis, {@code > 0}
     * @param surplusScale length of the surplus axis, {@code > 0}
     */
    public static int anchor(Regime regime, List<double[]> vertices, double revenueScale, double surplusScale) {
        double total = 0;
        double[] along = new double[regime.size()];
        for (int i = regime.first() + 1; i <= regime.last(); i++) {
            double dx = (vertices.get(i)[0] - vertices.get(i - 1)[0]) / revenueScale;
            double dy = (vertices.get(i)[1] - vertices.get(i - 1)[1]) / surplusScale;
            total += Math.hypot(dx, dy);
            along[i - regime.first()] = total;
        }
        int best = regime.first();
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < along.length; i++) {
            double d = Math.abs(along[i] - total / 2);
            if (d < bestDistance) {
                bestDistance = d;
                best = regime.first() + i;
            }
        }
        return best;
    }

    /**
     * Which auction implements a bargaining solution, in a line or two: at a vertex,
     * {@code ["vertex 256: second price, no reserve"]}; inside an edge whose two vertices have the
     * same shape, {@code ["83% vertex 197 + 17% vertex 198: no reserve, bids pooled"]}; inside an
     * edge between two shapes, one line per vertex,
     * {@code ["80% vertex 392: second price, no reserve", "20% vertex 393: no reserve, bids pooled"]}.
     * The percentages are the probabilities of the lottery between the two vertices' auctions,
     * {@code 1 - position} and {@code position}, rounded to whole percents ({@code "<1%"} and
     * {@code ">99%"} beyond).
     */
    public static List<String> solutionLines(BargainingSolution s, List<AuctionDescription> auctions) {
        int i = s.segment();
        if (s.position() <= 0 || i + 1 >= auctions.size()) {
            return List.of("vertex " + i + ": " + brief(auctions.get(i)));
        }
        if (s.position() >= 1) {
            return List.of("vertex " + (i + 1) + ": " + brief(auctions.get(i + 1)));
        }
        AuctionDescription a = auctions.get(i);
        AuctionDescription b = auctions.get(i + 1);
        String pa = percent(1 - s.position());
        String pb = percent(s.position());
        if (shapeOf(a) == shapeOf(b)) {
            String common = brief(a).equals(brief(b)) ? brief(a) : label(shapeOf(a), a.units(), a.buyers());
            return List.of(pa + " vertex " + i + " + " + pb + " vertex " + (i + 1) + ": " + common);
        }
        return List.of(pa + " vertex " + i + ": " + label(shapeOf(a), a.units(), a.buyers()),
                pb + " vertex " + (i + 1) + ": " + label(shapeOf(b), b.units(), b.buyers()));
    }

    /** A probability as a whole percentage: {@code "17%"}, {@code "<1%"}, {@code ">99%"}. */
    static String percent(double p) {
        double pc = 100 * p;
        if (pc < 0.5) {
            return "<1%";
        }
        if (pc > 99.5) {
            return ">99%";
        }
        return String.format(Locale.ROOT, "%.0f%%", pc);
    }

    /**
     * One vertex's auction in a few words: {@code "second price, reserve 0.498"},
     * {@code "second price, no reserve, bids in [0.05003, 0.1818] pooled"},
     * {@code "second price, reserve 150, bids pooled in 15 intervals"} (from two intervals on);
     * lotteries and the other
     * shapes as {@link AuctionDescription#text()} up to its first semicolon.
     */
    public static String brief(AuctionDescription d) {
        Shape shape = shapeOf(d);
        if (d.units() >= d.buyers() || shape == Shape.LOTTERY || shape == Shape.NO_SALE
                || shape == Shape.UNRECOGNISED) {
            String t = d.text();
            int semi = t.indexOf(';');
            return semi < 0 ? t : t.substring(0, semi);
        }
        StringBuilder sb = new StringBuilder(auction(d));
        sb.append(d.reserveIndex().getAsInt() == 0 ? ", no reserve" : ", reserve " + number(d.reserve().getAsDouble()));
        List<PooledInterval> pools = d.pooledIntervals();
        if (pools.size() == 1) {
            sb.append(", bids in ").append(interval(pools.get(0))).append(" pooled");
        } else if (pools.size() > 1) {
            sb.append(", bids pooled in ").append(pools.size()).append(" intervals");
        }
        return sb.toString();
    }

    /** The body of a regime's label: the shape with the range of its reserve and pools. */
    private static String summary(Shape shape, List<AuctionDescription> ds) {
        AuctionDescription first = ds.get(0);
        AuctionDescription last = ds.get(ds.size() - 1);
        if (ds.size() == 1) {
            return brief(first);
        }
        if (first.units() >= first.buyers() || shape == Shape.LOTTERY || shape == Shape.NO_SALE
                || shape == Shape.UNRECOGNISED) {
            return brief(first).equals(brief(last)) ? brief(first) : brief(first) + " " + ARROW + " " + brief(last);
        }
        StringBuilder sb = new StringBuilder(auction(first));
        if (shape == Shape.RESERVE || shape == Shape.RESERVE_POOLED) {
            sb.append(", reserve ").append(range(number(first.reserve().getAsDouble()),
                    number(last.reserve().getAsDouble())));
        } else {
            sb.append(", no reserve");
        }
        if (shape != Shape.RESERVE && shape != Shape.NO_RESERVE) {
            sb.append(", ").append(pools(ds));
        }
        return sb.toString();
    }

    /**
     * {@code "bids in [a, b] → [a, c] pooled"} when every vertex has one pooled interval; otherwise
     * {@code "bids pooled in 6–9 intervals"} (fewest to most).
     */
    private static String pools(List<AuctionDescription> ds) {
        boolean single = ds.stream().allMatch(d -> d.pooledIntervals().size() == 1);
        if (single) {
            return "bids in " + range(interval(ds.get(0).pooledIntervals().get(0)),
                    interval(ds.get(ds.size() - 1).pooledIntervals().get(0))) + " pooled";
        }
        int min = ds.stream().mapToInt(d -> d.pooledIntervals().size()).min().orElseThrow();
        int max = ds.stream().mapToInt(d -> d.pooledIntervals().size()).max().orElseThrow();
        return "bids pooled in " + (min == max ? String.valueOf(min) : min + "\u2013" + max)
                + (max == 1 ? " interval" : " intervals");
    }

    private static String range(String from, String to) {
        return from.equals(to) ? from : from + " " + ARROW + " " + to;
    }

    private static String interval(PooledInterval p) {
        return "[" + number(p.low()) + ", " + number(p.high()) + "]";
    }

    /** {@code "second price"} for one unit, {@code "uniform price, 2 units"} for more. */
    private static String auction(AuctionDescription d) {
        return d.units() == 1 ? "second price" : String.format(Locale.ROOT, "uniform price, %d units", d.units());
    }

    private static String number(double v) {
        return FrontierPlot.number(v);
    }
}
