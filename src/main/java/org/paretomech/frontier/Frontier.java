package org.paretomech.frontier;

import java.util.List;
import org.paretomech.instance.Instance;

/**
 * The Pareto frontier of (revenue, surplus) of an instance as a concave polyline, revenue end
 * first (MATH §4).
 *
 * @param instance       the instance
 * @param vertices       certified vertices ordered by decreasing revenue and increasing surplus
 * @param unresolved     edges whose interior could not be searched (empty when the trace is complete)
 * @param engine         name of the engine that produced the points
 * @param method         {@code dichotomic} (exact vertices) or {@code grid-N} (weights grid)
 * @param lpSolves       number of weighted solves used (LP solves or oracle calls)
 * @param certifiedGap   upper bound on how far the true frontier can lie outside this polyline,
 *                       measured along each edge's normal, in value units
 * @param welfareMax     {@code W*}, the expected value of the efficient allocation (closed form)
 * @param millis         wall-clock time of the trace
 */
public record Frontier(Instance instance, List<FrontierPoint> vertices, List<UnresolvedSegment> unresolved, String engine, String method, int lpSolves,
                       double certifiedGap, double welfareMax, long millis) {

    public Frontier {
        vertices = List.copyOf(vertices);
        unresolved = List.copyOf(unresolved);
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("a frontier has at least one vertex");
        }
    }

    /** Whether every edge of the polyline was verified. */
    public boolean complete() {
        return unresolved.isEmpty();
    }

    /** The revenue end: maximal revenue, ties broken by maximal surplus. */
    public FrontierPoint revenueEnd() {
        return vertices.get(0);
    }

    /** The surplus end: maximal surplus, ties broken by maximal revenue. */
    public FrontierPoint surplusEnd() {
        return vertices.get(vertices.size() - 1);
    }

    /** {@code R_max}. */
    public double revenueMax() {
        return revenueEnd().revenue();
    }

    /** {@code S_max}. */
    public double surplusMax() {
        return surplusEnd().surplus();
    }
}
