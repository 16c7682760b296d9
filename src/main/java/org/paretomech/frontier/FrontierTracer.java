package org.paretomech.frontier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.paretomech.instance.Instance;
import org.paretomech.lp.LinearProgram;
import org.paretomech.lp.ReducedFormProgram;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.LpResult;
import org.paretomech.solver.LpSolver;

/**
 * Traces the Pareto frontier of an instance with an LP backend (MATH §4): lexicographic ends, then
 * exact vertices by dichotomic (Aneja–Nair) search, or a crude uniform grid of weights. Every
 * solution passes a {@link Certificate} before it is used; a failed solve raises
 * {@link SolverFailureException}, never a silent number.
 */
public final class FrontierTracer {

    private final List<LpSolver> backends;
    private final Tolerances tolerances;
    private IntConsumer progress = solves -> { };

    /**
     * A tracer that solves with the first backend of {@code backends} and, when it returns no
     * solution or a solution that fails the certificate, retries with the next one.
     */
    public FrontierTracer(List<LpSolver> backends, Tolerances tolerances) {
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("at least one LP backend is needed");
        }
        this.backends = List.copyOf(backends);
        this.tolerances = tolerances;
    }

    /** A tracer with a single backend and no fallback. */
    public FrontierTracer(LpSolver backend, Tolerances tolerances) {
        this(List.of(backend), tolerances);
    }

    /** Sets a callback told the number of LP solves done so far, after each solve. */
    public FrontierTracer onProgress(IntConsumer listener) {
        this.progress = listener;
        return this;
    }

    /** Maximises {@code weights·(R, S)}; the result is certified. */
    public FrontierPoint solve(Instance instance, Weights weights) {
        ReducedFormProgram rf = new ReducedFormProgram(instance);
        return solve(rf, rf.build(weights), weights, "weights " + describe(weights));
    }

    /**
     * Maximises {@code first}, then {@code second} with {@code first} held at its optimum minus
     * {@link Tolerances#lexicographic()} times the welfare scale.
     */
    public FrontierPoint solveLexicographic(Instance instance, Weights first, Weights second) {
        ReducedFormProgram rf = new ReducedFormProgram(instance);
        FrontierPoint p = solve(rf, rf.build(first), first, "lexicographic stage 1, " + describe(first));
        double optimum = first.value(p.revenue(), p.surplus());
        double slack = tolerances.lexicographic() * welfareScale(instance) * (first.revenue() + first.surplus());
        LinearProgram second2 = rf.build(second, first, optimum - slack);
        FrontierPoint q = solve(rf, second2, second, "lexicographic stage 2, " + describe(second));
        return second.value(q.revenue(), q.surplus()) >= second.value(p.revenue(), p.surplus()) ? q : p;
    }

    /** The exact frontier: lexicographic ends and every vertex between them by dichotomic search. */
    public Frontier trace(Instance instance) {
        long start = System.nanoTime();
        counter = 0;
        FrontierPoint a = solveLexicographic(instance, Weights.REVENUE, Weights.SURPLUS);
        FrontierPoint b = solveLexicographic(instance, Weights.SURPLUS, Weights.REVENUE);
        double scale = welfareScale(instance);
        List<FrontierPoint> out = new ArrayList<>();
        double gap = 0;
        if (!sameOutcome(a, b, scale)) {
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
                FrontierPoint c = solve(instance, w);
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
        return new Frontier(instance, vertices, "dichotomic", counter, gap,
                BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units()),
                (System.nanoTime() - start) / 1_000_000);
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
        counter = 0;
        double scale = welfareScale(instance);
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
        return new Frontier(instance, hull, "grid-" + count, counter, gap,
                BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units()),
                (System.nanoTime() - start) / 1_000_000);
    }

    private int counter;

    private FrontierPoint solve(ReducedFormProgram rf, LinearProgram program, Weights weights, String what) {
        Instance instance = rf.instance();
        List<String> failures = new ArrayList<>();
        for (LpSolver backend : backends) {
            LpResult result = backend.solve(program);
            counter++;
            progress.accept(counter);
            if (!result.status().hasSolution()) {
                failures.add(String.format(Locale.ROOT, "%s returned %s (%s)", backend.name(), result.status(),
                        result.message()));
                continue;
            }
            InterimMechanism m = rf.mechanism(result.primal());
            Certificate cert = Certificate.check(instance, m, tolerances);
            if (!cert.passed()) {
                failures.add(String.format(Locale.ROOT, "%s's solution failed the certificate (max violation %.2e: %s)",
                        backend.name(), cert.maxViolation(), cert.violations().get(0)));
                continue;
            }
            return new FrontierPoint(m, weights, cert, backend.name(), failures);
        }
        throw new SolverFailureException(String.format(Locale.ROOT, "%s: no backend solved %s: %s",
                instance.name(), what, String.join("; ", failures)));
    }

    private static String describe(Weights w) {
        return String.format(Locale.ROOT, "(λ_R, λ_S) = (%.6g, %.6g)", w.revenue(), w.surplus());
    }

    /** The scale used to turn relative tolerances into absolute ones: {@code W*}, or 1 if zero. */
    static double welfareScale(Instance instance) {
        double w = BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units());
        return w > 0 ? w : 1.0;
    }

    private boolean sameOutcome(FrontierPoint p, FrontierPoint q, double scale) {
        double tol = tolerances.vertex() * scale;
        return Math.abs(p.revenue() - q.revenue()) <= tol && Math.abs(p.surplus() - q.surplus()) <= tol;
    }

    /** Normal {@code (S_b - S_a, R_a - R_b)} of the edge from {@code a} to {@code b}, or null if degenerate. */
    private static Weights edgeNormal(FrontierPoint a, FrontierPoint b) {
        double lr = b.surplus() - a.surplus();
        double ls = a.revenue() - b.revenue();
        if (!(lr > 0) || !(ls > 0)) {
            return null;
        }
        return new Weights(lr, ls);
    }

    private List<FrontierPoint> pruneCollinear(List<FrontierPoint> pts, double scale) {
        List<FrontierPoint> out = new ArrayList<>();
        for (FrontierPoint p : pts) {
            if (!out.isEmpty() && sameOutcome(out.get(out.size() - 1), p, scale)) {
                continue;
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
