package org.paretomech.bargaining;

import java.util.List;

/**
 * Bargaining solutions on a concave piecewise-linear frontier (MATH §6), with disagreement point
 * {@code (0, 0)}. Each is exact on the polyline: no sampling.
 *
 * <p>The frontier is given as vertex coordinates ordered from the revenue end (highest revenue)
 * to the surplus end.
 */
public final class Bargaining {

    /** Concept name of the Kalai–Smorodinsky solution. */
    public static final String KALAI_SMORODINSKY = "kalaiSmorodinsky";
    /** Concept name of the Nash solution with the seller and each of the {@code n} buyers as players. */
    public static final String NASH = "nash";
    /** Concept name of the Nash solution with the two sides as players. */
    public static final String CROSS_SIDE_NASH = "crossSideNash";

    private final double[] revenue;
    private final double[] surplus;
    private final double welfareMax;

    /**
     * @param revenue    vertex revenues, decreasing
     * @param surplus    vertex surpluses, increasing
     * @param welfareMax {@code W*} for the welfare ratio
     */
    public Bargaining(double[] revenue, double[] surplus, double welfareMax) {
        if (revenue.length != surplus.length || revenue.length == 0) {
            throw new IllegalArgumentException("need at least one vertex and as many revenues as surpluses");
        }
        this.revenue = revenue.clone();
        this.surplus = surplus.clone();
        this.welfareMax = welfareMax;
    }

    /** From a list of {@code {R, S}} pairs. */
    public static Bargaining of(List<double[]> vertices, double welfareMax) {
        double[] r = new double[vertices.size()];
        double[] s = new double[vertices.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = vertices.get(i)[0];
            s[i] = vertices.get(i)[1];
        }
        return new Bargaining(r, s, welfareMax);
    }

    /** {@code R_max}: revenue of the revenue end. */
    public double revenueMax() {
        return revenue[0];
    }

    /** {@code S_max}: surplus of the surplus end. */
    public double surplusMax() {
        return surplus[surplus.length - 1];
    }

    /**
     * Kalai–Smorodinsky: the frontier point with {@code R / R_max = S / S_max}. The function
     * {@code R/R_max - S/S_max} falls monotonically along the polyline, so its root is found on
     * the one edge where it changes sign. With a degenerate ideal point (a single-point frontier)
     * that point is returned.
     */
    public BargainingSolution kalaiSmorodinsky() {
        int last = revenue.length - 1;
        double rMax = revenueMax();
        double sMax = surplusMax();
        if (last == 0) {
            return vertex(KALAI_SMORODINSKY, 0);
        }
        if (rMax <= 0 || sMax <= 0) {
            throw new IllegalStateException("a frontier with several vertices has R_max > 0 and S_max > 0");
        }
        for (int i = 0; i < last; i++) {
            double g0 = revenue[i] / rMax - surplus[i] / sMax;
            double g1 = revenue[i + 1] / rMax - surplus[i + 1] / sMax;
            if (g0 >= 0 && g1 <= 0) {
                double s = g0 == g1 ? 0 : g0 / (g0 - g1);
                return at(KALAI_SMORODINSKY, i, s);
            }
        }
        throw new IllegalStateException("the frontier polyline is not monotone; KS root not bracketed");
    }

    /** Nash with the seller and each of the {@code n} buyers as players: maximise {@code R · S^n}. */
    public BargainingSolution nash(int buyers) {
        return weightedNash(NASH, 1, buyers);
    }

    /** Cross-side Nash with the two sides as players: maximise {@code R · S}. */
    public BargainingSolution crossSideNash() {
        return weightedNash(CROSS_SIDE_NASH, 1, 1);
    }

    /**
     * Maximiser of {@code α log R + β log S} over the polyline: on each edge
     * {@code P(s) = a + s (b - a)} the objective is concave and its maximiser is the clipped root of
     * {@code α d_R / R(s) + β d_S / S(s) = 0}; the best edge wins (ties: the first, nearer the
     * revenue end).
     */
    public BargainingSolution weightedNash(String concept, double alpha, double beta) {
        int last = revenue.length - 1;
        if (last == 0) {
            return vertex(concept, 0);
        }
        int bestEdge = -1;
        double bestPos = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < last; i++) {
            double dr = revenue[i + 1] - revenue[i];
            double ds = surplus[i + 1] - surplus[i];
            double s;
            if (dr == 0 || ds == 0) {
                s = value(alpha, beta, revenue[i + 1], surplus[i + 1]) > value(alpha, beta, revenue[i], surplus[i]) ? 1 : 0;
            } else {
                s = -(alpha * dr * surplus[i] + beta * ds * revenue[i]) / ((alpha + beta) * dr * ds);
                s = Math.max(0, Math.min(1, s));
            }
            double v = value(alpha, beta, revenue[i] + s * dr, surplus[i] + s * ds);
            if (v > bestValue) {
                bestValue = v;
                bestEdge = i;
                bestPos = s;
            }
        }
        if (bestEdge < 0) {
            throw new IllegalStateException("a frontier with several vertices has points with R > 0 and S > 0");
        }
        return at(concept, bestEdge, bestPos);
    }

    private static double value(double alpha, double beta, double r, double s) {
        if (r <= 0 || s <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return alpha * Math.log(r) + beta * Math.log(s);
    }

    private BargainingSolution vertex(String concept, int i) {
        return solution(concept, revenue[i], surplus[i], i, 0);
    }

    private BargainingSolution at(String concept, int edge, double s) {
        double r = revenue[edge] + s * (revenue[edge + 1] - revenue[edge]);
        double u = surplus[edge] + s * (surplus[edge + 1] - surplus[edge]);
        return solution(concept, r, u, edge, s);
    }

    private BargainingSolution solution(String concept, double r, double u, int edge, double s) {
        double ratio = welfareMax > 0 ? (r + u) / welfareMax : 1.0;
        return new BargainingSolution(concept, r, u, ratio, edge, s);
    }
}
