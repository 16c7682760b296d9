package org.paretomech.analysis;

import java.util.ArrayList;
import java.util.List;
import org.paretomech.auction.SecondPriceOutcome;
import org.paretomech.auction.SecondPriceTable;
import org.paretomech.bargaining.Bargaining;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.mechanism.description.AuctionDescription;
import org.paretomech.mechanism.description.AuctionRecogniser;
import org.paretomech.mechanism.description.RecognitionTolerance;
import org.paretomech.numeric.Tolerances;

/**
 * Everything the {@code frontier} command reports about an instance: the frontier, the three
 * bargaining solutions on it, and the second-price auctions with every reserve, each with its
 * distance below the frontier.
 *
 * @param frontier           the traced frontier
 * @param kalaiSmorodinsky   KS solution
 * @param nash               Nash solution ({@code R S^n})
 * @param crossSideNash      cross-side Nash solution ({@code R S})
 * @param secondPrice        second-price auctions for every reserve
 * @param auctions           for each vertex, the auction that implements it (MATH §3 recogniser)
 * @param surplusGaps        for each second-price outcome (Vickrey payments), the frontier's
 *                           surplus at that revenue minus its surplus: how much buyer surplus the
 *                           best mechanism with at least that revenue adds (never negative on an
 *                           exact frontier; negative on a {@code --weights} grid means the grid
 *                           missed part of the frontier)
 */
public record FrontierAnalysis(Frontier frontier, BargainingSolution kalaiSmorodinsky, BargainingSolution nash,
                               BargainingSolution crossSideNash, SecondPriceTable secondPrice,
                               List<Double> surplusGaps, List<AuctionDescription> auctions) {

    /**
     * How far (relative to {@code W*}) a second-price point may appear above the frontier before
     * it is treated as a contradiction: the frontier's vertices carry the engine's feasibility
     * error, at most {@code Tolerances.feasibility()} = 1e-8 normalised; gaps within it print as 0.
     */
    public static final double SECOND_PRICE_SLACK = 1e-8;

    /**
     * Vertices' auctions are described on several threads only up to this support size: each
     * worker rebuilds a mechanism and its working arrays (about 36 bytes per support point), which
     * at K = 10^6 would take a sizeable part of a small heap per thread.
     */
    static final int PARALLEL_DESCRIPTION_MAX_K = 100_000;

    public FrontierAnalysis {
        surplusGaps = List.copyOf(surplusGaps);
        auctions = List.copyOf(auctions);
    }

    /** Computes bargaining solutions and second-price comparisons for a traced frontier. */
    public static FrontierAnalysis of(Frontier frontier) {
        List<double[]> pts = polyline(frontier);
        Bargaining b = Bargaining.of(pts, frontier.welfareMax());
        SecondPriceTable table = SecondPriceTable.of(frontier.instance());
        List<Double> gaps = new ArrayList<>();
        double tolerance = SECOND_PRICE_SLACK * Math.max(frontier.welfareMax(), Double.MIN_NORMAL);
        boolean exact = frontier.method().equals("dichotomic") && frontier.complete();
        for (SecondPriceOutcome o : table.outcomes()) {
            double gap = frontierSurplusAt(pts, o.revenue()) - o.surplus();
            if (!exact) {
                // A grid or incomplete trace is only an inner approximation: an auction may lie above it.
                gaps.add(gap);
                continue;
            }
            if (gap < -tolerance) {
                throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                        "the second-price auction with reserve %s lies above the frontier by %.3e in surplus: "
                                + "the frontier or the auction formulas are wrong", o.reserve(), -gap));
            }
            if (o.revenue() > frontier.revenueMax() + tolerance) {
                throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                        "the second-price auction with reserve %s has revenue %.9g above R_max = %.9g: "
                                + "the frontier or the auction formulas are wrong", o.reserve(), o.revenue(),
                        frontier.revenueMax()));
            }
            // Within the frontier's accuracy the auction is on it: report 0, not round-off.
            gaps.add(gap <= tolerance ? 0.0 : gap);
        }
        // O(K) per vertex (oracle points rebuild their mechanism): in parallel when each worker's
        // arrays are small, collected in vertex order either way.
        var points = frontier.instance().supportSize() <= PARALLEL_DESCRIPTION_MAX_K
                ? frontier.vertices().parallelStream() : frontier.vertices().stream();
        List<AuctionDescription> auctions = points.map(p -> {
            // Oracle mechanisms are exact; LP mechanisms carry the certificate's feasibility slack.
            RecognitionTolerance tol = p.backend().equals(IroningEngine.NAME) ? RecognitionTolerance.DEFAULT
                    : RecognitionTolerance.certified(Tolerances.DEFAULT);
            try {
                return AuctionRecogniser.describe(frontier.instance(), p.mechanism(), tol);
            } catch (IllegalArgumentException e) {
                // The mechanism passed its certificate, so this is a bug, not bad input.
                throw new IllegalStateException("a certified frontier vertex could not be described: "
                        + e.getMessage(), e);
            }
        }).toList();
        return new FrontierAnalysis(frontier, b.kalaiSmorodinsky(), b.nash(frontier.instance().buyers()),
                b.crossSideNash(), table, gaps, auctions);
    }

    /** The vertices as {@code (R, S)} pairs, revenue end first: the polyline the analyses read. */
    static List<double[]> polyline(Frontier frontier) {
        List<double[]> pts = new ArrayList<>();
        for (FrontierPoint p : frontier.vertices()) {
            pts.add(new double[] {p.revenue(), p.surplus()});
        }
        return pts;
    }

    /**
     * The largest surplus on the frontier polyline among points with revenue at least
     * {@code revenue}: interpolated on the edge that spans it, {@code S_max} below the surplus
     * end's revenue, the revenue end's surplus at or above {@code R_max}.
     */
    static double frontierSurplusAt(List<double[]> pts, double revenue) {
        int last = pts.size() - 1;
        if (revenue <= pts.get(last)[0]) {
            return pts.get(last)[1];
        }
        if (!(revenue <= pts.get(0)[0])) {
            return pts.get(0)[1];
        }
        // Revenue does not increase along the polyline: binary search for the first vertex at or
        // below the given revenue; the edge ending there spans it (O(log V) per auction).
        int lo = 0;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pts.get(mid)[0] <= revenue) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        double[] a = pts.get(Math.max(lo - 1, 0));
        double[] b = pts.get(Math.max(lo - 1, 0) + 1);
        double s = a[0] == b[0] ? 1 : (a[0] - revenue) / (a[0] - b[0]);
        return a[1] + s * (b[1] - a[1]);
    }

    /**
     * How a bargaining solution is implemented: it lies on the edge from vertex {@code segment} to
     * {@code segment + 1}, so it is the lottery that runs the first vertex's auction with probability
     * {@code 1 - position} and the second's otherwise (at a vertex, just that auction).
     */
    public String mechanismText(BargainingSolution s) {
        return mechanismText(s, AuctionDescription::text);
    }

    /**
     * As {@link #mechanismText(BargainingSolution)}, with each vertex's auction written by
     * {@code describe} (e.g. its text with its payment side).
     */
    public String mechanismText(BargainingSolution s, java.util.function.Function<AuctionDescription, String> describe) {
        int i = s.segment();
        if (s.position() <= 0 || i + 1 >= auctions.size()) {
            return describe.apply(auctions.get(i));
        }
        if (s.position() >= 1) {
            return describe.apply(auctions.get(i + 1));
        }
        return String.format(java.util.Locale.ROOT, "with probability %.4f: %s; otherwise: %s", 1 - s.position(),
                describe.apply(auctions.get(i)), describe.apply(auctions.get(i + 1)));
    }

    /** The welfare ratio {@code W / W*} of a point. */
    public double welfareRatio(double revenue, double surplus) {
        double w = frontier.welfareMax();
        return w > 0 ? (revenue + surplus) / w : 1.0;
    }
}
