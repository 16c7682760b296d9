package org.paretomech.frontier;

import java.util.ArrayList;
import java.util.List;
import org.paretomech.instance.Instance;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.numeric.Tolerances;

/**
 * Compares two frontiers of the same instance through their support functions: for every edge
 * normal {@code λ} of either polyline, {@code max λ·p} over each polyline's vertices must agree.
 * Two concave polylines with equal support functions on all these directions are the same curve.
 */
public final class FrontierComparison {

    /**
     * Relative agreement (of {@code W*}) expected between engines on well-scaled instances: the
     * LP's points carry the backend's feasibility error, up to {@code Tolerances.feasibility()}
     * = 1e-8 on the program normalised by {@code v_max}. See {@link #tolerance(Instance, Tolerances)}
     * for the per-instance value.
     */
    public static final double AGREEMENT = 1e-8;

    /**
     * Agreement expected between engines on {@code instance}, relative to {@code W*}: certified
     * points satisfy every utility constraint to {@code feasibility} in units of
     * {@code max(v_j, E[v])} (see {@code Certificate}), so R and S per buyer are off by at most about
     * {@code 2 E[v] feasibility} per active constraint, {@code 2 n E[v] feasibility / W*} in units of
     * {@code W*}; a factor 10 covers the few constraints that meet at a vertex. (Seen: 1.03e-8 of
     * W* on n = 5, k = 4, v_max = 90.25.)
     */
    public static double tolerance(Instance instance, Tolerances tolerances) {
        double w = BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units());
        // The certificate checks each type's utilities to feasibility × max(v_j, E[v]); over n buyers
        // that moves R and S by at most about 2 n E[v] × feasibility (v_max here made the bound 1e2 W*
        // on values {1, 2, 3, 1e9}, so no discrepancy could fail it).
        double ratio = w > 0 ? 2 * instance.buyers() * instance.distribution().mean() / w : 1.0;
        return 10 * tolerances.feasibility() * Math.max(1.0, ratio);
    }

    private FrontierComparison() {
    }

    /** Largest support-function difference between {@code a} and {@code b}, relative to {@code W*}. */
    public static double largestDiscrepancy(Frontier a, Frontier b) {
        List<Weights> directions = new ArrayList<>();
        directions.add(Weights.REVENUE);
        directions.add(Weights.SURPLUS);
        addNormals(a, directions);
        addNormals(b, directions);
        double scale = a.welfareMax() > 0 ? a.welfareMax() : 1.0;
        double worst = 0;
        for (Weights w : directions) {
            double ha = support(a, w);
            double hb = support(b, w);
            worst = Math.max(worst, Math.abs(ha - hb) / (w.revenue() + w.surplus()) / scale);
        }
        // The ends are lexicographic optima: compare them directly too.
        worst = Math.max(worst, distance(a.revenueEnd(), b.revenueEnd()) / scale);
        worst = Math.max(worst, distance(a.surplusEnd(), b.surplusEnd()) / scale);
        return worst;
    }

    private static void addNormals(Frontier f, List<Weights> out) {
        List<FrontierPoint> v = f.vertices();
        for (int i = 0; i + 1 < v.size(); i++) {
            double lr = v.get(i + 1).surplus() - v.get(i).surplus();
            double ls = v.get(i).revenue() - v.get(i + 1).revenue();
            if (lr > 0 && ls > 0) {
                out.add(new Weights(lr, ls));
            }
        }
    }

    private static double support(Frontier f, Weights w) {
        double best = Double.NEGATIVE_INFINITY;
        for (FrontierPoint p : f.vertices()) {
            best = Math.max(best, w.value(p.revenue(), p.surplus()));
        }
        return best;
    }

    private static double distance(FrontierPoint p, FrontierPoint q) {
        return Math.max(Math.abs(p.revenue() - q.revenue()), Math.abs(p.surplus() - q.surplus()));
    }
}
