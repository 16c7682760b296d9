package org.paretomech.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.paretomech.bargaining.Bargaining;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.numeric.Tolerances;

/**
 * The data of {@code frontiers.png}: the frontiers of the rows an experiment selects for overlay
 * ({@link Experiment#overlayPoints()}), each divided by its own efficient welfare {@code W*} so that
 * rows of different scale share the axes {@code R / W*} and {@code S / W*}.
 *
 * <p>{@code rows.jsonl} keeps no vertices, so the selected rows are solved again, exactly as
 * {@link SweepRunner#compute} solves them (ironing engine, dichotomic search, {@link Tolerances#DEFAULT}),
 * which is deterministic: the polyline is the row's frontier and the three marked solutions are the
 * row's KS, Nash and cross-side Nash points. Nothing is written to the sweep's row files. Rows that
 * failed in the sweep are left out (and named), as is a row whose {@code W*} is zero.
 */
public final class FrontierOverlay {

    /**
     * One selected row's frontier in welfare units.
     *
     * @param point         the grid point
     * @param buyers        its {@code n} (for an instance row that keeps its file's {@code n}, the file's)
     * @param welfareMax    its {@code W*}
     * @param frontier      the vertices as {@code {R / W*, S / W*}}, revenue end first
     * @param ks            the Kalai–Smorodinsky point {@code {R / W*, S / W*}}
     * @param nash          the Nash ({@code R S^n}) point
     * @param crossSideNash the cross-side Nash ({@code R S}) point
     */
    public record Curve(SweepPoint point, int buyers, double welfareMax, List<double[]> frontier, double[] ks,
                        double[] nash, double[] crossSideNash) {

        /** Copies the list and the arrays. */
        public Curve {
            frontier = frontier.stream().map(double[]::clone).toList();
            ks = ks.clone();
            nash = nash.clone();
            crossSideNash = crossSideNash.clone();
        }
    }

    /**
     * What the overlay shows.
     *
     * @param curves  the solved rows, in grid order
     * @param leftOut selected rows not drawn, each as {@link SweepPoint#describe()}{@code : reason}
     */
    public record Overlay(List<Curve> curves, List<String> leftOut) {
        /** Copies the lists. */
        public Overlay {
            curves = List.copyOf(curves);
            leftOut = List.copyOf(leftOut);
        }
    }

    private FrontierOverlay() {
    }

    /**
     * Solves the rows {@code experiment} selects for overlay on {@code threads} threads.
     *
     * @param experiment the experiment (its {@code "overlay"} was validated when it was parsed)
     * @param rows       the sweep's rows; a selected row that is missing or failed is left out
     * @param threads    worker threads, at least 1
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public static Overlay of(Experiment experiment, List<SweepRow> rows, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "threads = %d; use at least 1 thread", threads));
        }
        Map<String, SweepRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        List<SweepPoint> selected = experiment.overlayPoints();
        List<String> leftOut = new ArrayList<>();
        List<SweepPoint> todo = new ArrayList<>();
        for (SweepPoint p : selected) {
            SweepRow r = byKey.get(p.key());
            if (r == null || !r.ok()) {
                leftOut.add(name(p) + ": " + (r == null ? "not computed" : r.status()));
            } else {
                todo.add(p);
            }
        }
        List<Curve> curves = new ArrayList<>();
        if (todo.isEmpty()) {
            return new Overlay(curves, leftOut);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
            Thread t = new Thread(r, "overlay-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Curve>> futures = new ArrayList<>();
            for (SweepPoint p : todo) {
                futures.add(pool.submit(() -> solve(p)));
            }
            for (int i = 0; i < todo.size(); i++) {
                try {
                    curves.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    leftOut.add(name(todo.get(i)) + ": " + (c.getMessage() == null ? c.toString() : c.getMessage()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("solving the overlay rows was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Overlay(curves, leftOut);
    }

    /**
     * Traces one row's exact frontier as {@link SweepRunner#compute} does and divides it by {@code W*}.
     *
     * @throws IllegalArgumentException when the point cannot be discretised or {@code W* = 0}
     * @throws java.io.UncheckedIOException when its instance file cannot be read
     */
    public static Curve solve(SweepPoint point) {
        Instance instance = point.instance();
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(instance);
        double w = f.welfareMax();
        if (!(w > 0)) {
            throw new IllegalArgumentException("the efficient welfare W* is 0, so the frontier cannot be scaled by it");
        }
        List<double[]> vertices = new ArrayList<>();
        for (FrontierPoint v : f.vertices()) {
            vertices.add(new double[] {v.revenue(), v.surplus()});
        }
        Bargaining b = Bargaining.of(vertices, w);
        List<double[]> scaled = vertices.stream().map(v -> new double[] {v[0] / w, v[1] / w}).toList();
        return new Curve(point, instance.buyers(), w, scaled, scaled(b.kalaiSmorodinsky(), w),
                scaled(b.nash(instance.buyers()), w), scaled(b.crossSideNash(), w));
    }

    private static double[] scaled(BargainingSolution s, double w) {
        return new double[] {s.revenue() / w, s.surplus() / w};
    }

    private static String name(SweepPoint p) {
        return p.describe();
    }
}
