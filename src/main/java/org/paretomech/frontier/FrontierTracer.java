package org.paretomech.frontier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.paretomech.instance.Instance;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.Certificate;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.LpSolver;

/**
 * Traces the Pareto frontier of an instance with a {@link FrontierEngine} (MATH §4): lexicographic
 * ends, then exact vertices by dichotomic (Aneja–Nair) search, or a crude uniform grid of weights.
 * Every point passes a {@link Certificate} before it is used; a failed solve raises
 * {@link SolverFailureException}, never a silent number.
 */
public final class FrontierTracer {

    private final FrontierEngine engine;
    private final Tolerances tolerances;

    /** A tracer using {@code engine}; {@code tolerances} decide when points coincide. */
    public FrontierTracer(FrontierEngine engine, Tolerances tolerances) {
        this.engine = engine;
        this.tolerances = tolerances;
    }

    /**
     * An LP tracer that solves with the first backend of {@code backends} and, when it returns no
     * solution or a solution that fails the certificate, retries with the next one.
     */
    public FrontierTracer(List<LpSolver> backends, Tolerances tolerances) {
        this(new LpEngine(backends, tolerances), tolerances);
    }

    /** An LP tracer with a single backend and no fallback. */
    public FrontierTracer(LpSolver backend, Tolerances tolerances) {
        this(List.of(backend), tolerances);
    }

    /** The engine. */
    public FrontierEngine engine() {
        return engine;
    }

    /** Maximises {@code weights·(R, S)}; the result is certified. */
    public FrontierPoint solve(Instance instance, Weights weights) {
        return engine.maximise(instance, weights);
    }

    /** Maximises {@code first}, then {@code second} among the maximisers of {@code first}. */
    public FrontierPoint solveLexicographic(Instance instance, Weights first, Weights second) {
        return engine.lexicographic(instance, first, second);
    }

    /**
     * The exact frontier: lexicographic ends and every vertex between them by dichotomic search.
     * The ends must solve (else {@link SolverFailureException}); an edge whose weighted problem no
     * backend solves is kept as a straight edge and listed in {@link Frontier#unresolved()}.
     */
    public Frontier trace(Instance instance) {
        long start = System.nanoTime();
        int before = engine.solves();
        FrontierPoint a = solveLexicographic(instance, Weights.REVENUE, Weights.SURPLUS);
        FrontierPoint b = solveLexicographic(instance, Weights.SURPLUS, Weights.REVENUE);
        double welfareMax = efficientWelfare(instance);
        double scale = welfareMax > 0 ? welfareMax : 1.0;
        List<FrontierPoint> out = new ArrayList<>();
        List<UnresolvedSegment> unresolved = new ArrayList<>();
        double gap = 0;
        if (sameOutcome(a, b, scale)) {
            // A single-point frontier at the engine's resolution; keep whichever solve landed closer
            // to it, and certify no more than the distance to the other.
            gap = Math.hypot(a.revenue() - b.revenue(), a.surplus() - b.surplus());
            b = a.welfare() >= b.welfare() ? a : b;
        } else {
            Deque<FrontierPoint[]> stack = new ArrayDeque<>();
            stack.push(new FrontierPoint[] {a, b});
            while (!stack.isEmpty()) {
                FrontierPoint[] seg = stack.pop();
                FrontierPoint left = seg[0];
                FrontierPoint right = seg[1];
                Weights w = edgeNormal(left, right);
                if (w == null) {
                    out.add(left);
                    continue;
                }
                FrontierPoint c;
                try {
                    c = solve(instance, w);
                } catch (SolverFailureException e) {
                    unresolved.add(new UnresolvedSegment(left.revenue(), left.surplus(), right.revenue(),
                            right.surplus(), e.getMessage()));
                    out.add(left);
                    continue;
                }
                double improvement = (w.value(c.revenue(), c.surplus()) - w.value(left.revenue(), left.surplus()))
                        / (w.revenue() + w.surplus());
                if (improvement > tolerances.vertex() * scale && !sameOutcome(c, left, scale)
                        && !sameOutcome(c, right, scale)) {
                    stack.push(new FrontierPoint[] {c, right});
                    stack.push(new FrontierPoint[] {left, c});
                } else {
                    gap = Math.max(gap, Math.max(0, improvement));
                    out.add(left);
                }
            }
        }
        out.add(b);
        List<FrontierPoint> vertices = pruneCollinear(out, scale);
        return new Frontier(instance, vertices, unresolved, engine.name(), "dichotomic", engine.solves() - before, gap,
                welfareMax, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The crude alternative: lexicographic ends plus {@code count} evenly spaced weights
     * {@code (1 - α, α)}; the polyline is the upper hull of what they found. Its
     * {@link Frontier#certifiedGap()} bounds what it may have missed, from the supporting lines.
     */
    public Frontier grid(Instance instance, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("--weights " + count + " is too small; use at least 2 grid points");
        }
        long start = System.nanoTime();
        int before = engine.solves();
        double welfareMax = efficientWelfare(instance);
        double scale = welfareMax > 0 ? welfareMax : 1.0;
        List<FrontierPoint> found = new ArrayList<>();
        found.add(solveLexicographic(instance, Weights.REVENUE, Weights.SURPLUS));
        for (int i = 1; i < count - 1; i++) {
            double alpha = (double) i / (count - 1);
            found.add(solve(instance, new Weights(1 - alpha, alpha)));
        }
        found.add(solveLexicographic(instance, Weights.SURPLUS, Weights.REVENUE));
        List<FrontierPoint> hull = upperHull(found, scale);
        double gap = 0;
        for (int i = 0; i + 1 < hull.size(); i++) {
            gap = Math.max(gap, wedgeGap(hull.get(i), hull.get(i + 1)));
        }
        return new Frontier(instance, hull, List.of(), engine.name(), "grid-" + count, engine.solves() - before, gap,
                welfareMax, (System.nanoTime() - start) / 1_000_000);
    }

    /** The scale used to turn relative tolerances into absolute ones: {@code W*}, or 1 if zero. */
    static double welfareScale(Instance instance) {
        double w = efficientWelfare(instance);
        return w > 0 ? w : 1.0;
    }

    private static double efficientWelfare(Instance instance) {
        return BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units());
    }

    /**
     * Whether two points are indistinguishable at the accuracy the engine certifies: within
     * {@link FrontierEngine#resolution} times {@code W*} in both coordinates (for LP backends
     * {@link Tolerances#feasibility()}). (An LP backend's
     * solutions may sit that far inside the polygon: ojAlgo's second lexicographic stage was seen
     * returning a non-vertex 1.5e-9 W* short of the optimum.)
     */
    private boolean sameOutcome(FrontierPoint p, FrontierPoint q, double scale) {
        double tol = engine.resolution(tolerances) * scale;
        return Math.abs(p.revenue() - q.revenue()) <= tol && Math.abs(p.surplus() - q.surplus()) <= tol;
    }

    /** Normal {@code (S_b - S_a, R_a - R_b)} of the edge from {@code a} to {@code b}, or null if degenerate. */
    private static Weights edgeNormal(FrontierPoint a, FrontierPoint b) {
        double lr = b.surplus() - a.surplus();
        double ls = a.revenue() - b.revenue();
        if (!(lr > 0) || !(ls > 0)) {
            return null;
        }
        return new Weights(lr / (lr + ls), ls / (lr + ls));
    }

    /**
     * Keeps the Pareto vertices of a sequence ordered from the revenue end: drops points that add
     * no surplus over the previous one (weakly dominated, within {@link #sameOutcome} accuracy),
     * points they dominate, and points on or below the chord of their neighbours.
     */
    private List<FrontierPoint> pruneCollinear(List<FrontierPoint> pts, double scale) {
        double tol = engine.resolution(tolerances) * scale;
        List<FrontierPoint> out = new ArrayList<>();
        for (FrontierPoint p : pts) {
            if (!out.isEmpty() && p.surplus() <= out.get(out.size() - 1).surplus() + tol) {
                continue;
            }
            while (!out.isEmpty() && out.get(out.size() - 1).revenue() <= p.revenue() + tol) {
                out.remove(out.size() - 1);
            }
            while (out.size() >= 2 && !strictlyAbove(out.get(out.size() - 2), out.get(out.size() - 1), p, scale)) {
                out.remove(out.size() - 1);
            }
            out.add(p);
        }
        return out;
    }

    /** Whether {@code m} lies strictly above the chord from {@code a} to {@code c} (a real vertex). */
    private boolean strictlyAbove(FrontierPoint a, FrontierPoint m, FrontierPoint c, double scale) {
        double dr = c.revenue() - a.revenue();
        double ds = c.surplus() - a.surplus();
        double len = Math.hypot(dr, ds);
        if (len == 0) {
            return false;
        }
        // The chord runs towards lower revenue and higher surplus, so (ds, -dr) points away from the origin.
        double dist = (ds * (m.revenue() - a.revenue()) - dr * (m.surplus() - a.surplus())) / len;
        return dist > tolerances.vertex() * scale;
    }

    private List<FrontierPoint> upperHull(List<FrontierPoint> found, double scale) {
        List<FrontierPoint> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble(FrontierPoint::revenue).reversed()
                .thenComparingDouble(FrontierPoint::surplus));
        // Keep only Pareto-efficient points between the two ends, then the concave hull.
        FrontierPoint first = found.get(0);
        FrontierPoint last = found.get(found.size() - 1);
        List<FrontierPoint> between = new ArrayList<>();
        between.add(first);
        for (FrontierPoint p : sorted) {
            if (p != first && p != last && p.revenue() < first.revenue() && p.surplus() > first.surplus()
                    && p.revenue() > last.revenue() && p.surplus() < last.surplus()) {
                between.add(p);
            }
        }
        between.add(last);
        return pruneCollinear(between, scale);
    }

    /** Height of the triangle between an edge and the supporting lines of its two end solves. */
    private static double wedgeGap(FrontierPoint a, FrontierPoint b) {
        Weights wa = a.weights();
        Weights wb = b.weights();
        double ca = wa.value(a.revenue(), a.surplus());
        double cb = wb.value(b.revenue(), b.surplus());
        double det = wa.revenue() * wb.surplus() - wa.surplus() * wb.revenue();
        if (Math.abs(det) < 1e-300) {
            return 0;
        }
        double apexR = (ca * wb.surplus() - cb * wa.surplus()) / det;
        double apexS = (wa.revenue() * cb - wb.revenue() * ca) / det;
        double nr = b.surplus() - a.surplus();
        double ns = a.revenue() - b.revenue();
        double len = Math.hypot(nr, ns);
        if (len == 0) {
            return 0;
        }
        return Math.max(0, (nr * (apexR - a.revenue()) + ns * (apexS - a.surplus())) / len);
    }
}
