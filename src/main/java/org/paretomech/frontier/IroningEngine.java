package org.paretomech.frontier;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.paretomech.instance.Instance;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.numeric.Tolerances;
import org.paretomech.oracle.IroningOracle;

/**
 * Frontier engine backed by the exact ironing oracle (MATH §3): O(K) per weight, no LP. Every
 * mechanism it returns passes the same {@link Certificate} as LP solutions.
 *
 * <p>Lexicographic ends: the revenue end serves classes whose ironed virtual value is zero (they
 * add surplus at no revenue cost); the surplus end already serves every class with non-negative
 * weight, and among surplus maximisers no other allocation has more revenue because the
 * remaining zero-weight classes are served.
 *
 * <p>Points keep no mechanism: each one rebuilds its mechanism from the prepared oracle when asked,
 * so a frontier costs O(K) memory for the oracle's tables plus O(1) per vertex.
 */
public final class IroningEngine implements FrontierEngine {

    /** Engine name. */
    public static final String NAME = "ironing";

    private final Tolerances tolerances;
    private IntConsumer progress = solves -> { };
    private int solves;
    private IroningOracle prepared;
    private double[] border;

    /** An engine checking its results against {@code tolerances}. */
    public IroningEngine(Tolerances tolerances) {
        this.tolerances = tolerances;
    }

    /** Sets a callback told the number of oracle calls so far, after each call. */
    public IroningEngine onProgress(IntConsumer listener) {
        this.progress = listener;
        return this;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FrontierPoint maximise(Instance instance, Weights weights) {
        return solve(instance, weights, false);
    }

    @Override
    public FrontierPoint lexicographic(Instance instance, Weights first, Weights second) {
        boolean revenueFirst = first.surplus() == 0 && second.revenue() == 0;
        boolean surplusFirst = first.revenue() == 0 && second.surplus() == 0;
        if (!revenueFirst && !surplusFirst) {
            throw new IllegalArgumentException("the ironing engine computes the two frontier ends only: "
                    + "(revenue, surplus) or (surplus, revenue)");
        }
        return solve(instance, first, servesZeroClasses(first));
    }

    /**
     * The oracle's solution, with its ironed classes, behind a point of a frontier this engine
     * traced: the same call that produced the point's mechanism.
     */
    public static IroningOracle.Solution solution(Instance instance, FrontierPoint point) {
        return IroningOracle.maximise(instance, point.weights(), servesZeroClasses(point.weights()));
    }

    /**
     * Whether the oracle serves zero-weight classes for {@code weights}: only at the lexicographic
     * revenue end ({@code λ_S = 0}), where they add surplus at no revenue cost. The tracer asks for
     * {@code λ_S = 0} only there.
     */
    private static boolean servesZeroClasses(Weights weights) {
        return weights.surplus() == 0;
    }

    /**
     * The oracle's points are exact up to the rounding of sums over K terms, far below an LP's
     * feasibility tolerance, so frontiers narrower than 1e-8 W* are still resolved (values
     * {1, 1 + 1e-9, 1 + 2e-9}: both ends differ by 4e-10 W*).
     */
    public static final double RESOLUTION = 1e-13;

    @Override
    public double resolution(Tolerances tolerances) {
        return Math.min(RESOLUTION, tolerances.feasibility());
    }

    @Override
    public int solves() {
        return solves;
    }

    private FrontierPoint solve(Instance instance, Weights weights, boolean serveZero) {
        if (prepared == null || prepared.instance() != instance) {
            prepared = IroningOracle.prepare(instance);
            border = BorderBounds.rightHandSides(instance.distribution(), instance.buyers(), instance.units());
        }
        IroningOracle oracle = prepared;
        InterimMechanism mechanism = oracle.mechanism(weights, serveZero);
        solves++;
        progress.accept(solves);
        Certificate cert = Certificate.check(instance, mechanism, border, tolerances);
        if (!cert.passed()) {
            throw new SolverFailureException(String.format(Locale.ROOT,
                    "%s: the ironing oracle's mechanism for weights (%.6g, %.6g) failed its certificate: %s",
                    instance.name(), weights.revenue(), weights.surplus(), String.join("; ", cert.violations())));
        }
        // Keep (R, S) and the certificate only; the oracle rebuilds the same mechanism on demand.
        return FrontierPoint.rebuilt(() -> oracle.mechanism(weights, serveZero), weights, cert, NAME,
                List.of());
    }
}
