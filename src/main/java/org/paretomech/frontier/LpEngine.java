package org.paretomech.frontier;

import java.util.ArrayList;
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
 * Frontier engine backed by the reduced-form LP of MATH §2. Each solve goes to the first backend;
 * when it returns no solution or one that fails the {@link Certificate}, the next backend is
 * tried, and what failed is recorded in the point's {@code fallbacks}. If every backend fails,
 * {@link SolverFailureException} is thrown: no number from a failed solve is ever used.
 */
public final class LpEngine implements FrontierEngine {

    private final List<LpSolver> backends;
    private final Tolerances tolerances;
    private IntConsumer progress = solves -> { };
    private int solves;

    /** An engine trying {@code backends} in order. */
    public LpEngine(List<LpSolver> backends, Tolerances tolerances) {
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("at least one LP backend is needed");
        }
        this.backends = List.copyOf(backends);
        this.tolerances = tolerances;
    }

    /** Sets a callback told the number of LP solves so far, after each solve. */
    public LpEngine onProgress(IntConsumer listener) {
        this.progress = listener;
        return this;
    }

    @Override
    public String name() {
        return "lp/" + backends.get(0).name();
    }

    @Override
    public int solves() {
        return solves;
    }

    @Override
    public FrontierPoint maximise(Instance instance, Weights weights) {
        ReducedFormProgram rf = new ReducedFormProgram(instance);
        return solve(rf, rf.build(weights), weights, "weights " + describe(weights));
    }

    /**
     * Maximises {@code first}, then {@code second} with {@code first} held at its optimum minus
     * {@link Tolerances#lexicographic()} times the welfare scale.
     */
    @Override
    public FrontierPoint lexicographic(Instance instance, Weights first, Weights second) {
        ReducedFormProgram rf = new ReducedFormProgram(instance);
        FrontierPoint p = solve(rf, rf.build(first), first, "lexicographic stage 1, " + describe(first));
        double optimum = first.value(p.revenue(), p.surplus());
        double w = BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units());
        double slack = tolerances.lexicographic() * (w > 0 ? w : 1.0) * (first.revenue() + first.surplus());
        FrontierPoint q;
        try {
            q = solve(rf, rf.build(second, first, optimum - slack), second, "lexicographic stage 2, " + describe(second));
        } catch (SolverFailureException e) {
            // Stage 1's optimum carries the backend's feasibility error, so a floor that tight can be
            // infeasible for the backend: widen it to the certificate's tolerance, and failing that
            // keep the stage-1 point (its tie-break unapplied) and say so.
            double wide = tolerances.feasibility() * (w > 0 ? w : 1.0) * (first.revenue() + first.surplus());
            try {
                q = solve(rf, rf.build(second, first, optimum - wide), second, "lexicographic stage 2 (floor widened)");
                q = withFallback(q, "stage 2 with the floor slack " + slack + " failed; widened to " + wide);
            } catch (SolverFailureException e2) {
                q = withFallback(p, "lexicographic stage 2 failed (" + e2.getMessage() + "); the stage-1 optimum "
                        + "is reported without its tie-break");
            }
        }
        FrontierPoint best = second.value(q.revenue(), q.surplus()) >= second.value(p.revenue(), p.surplus()) ? q : p;
        // Report the first objective as the point's weights: it is the supporting direction there.
        return new FrontierPoint(best.mechanism(), first, best.certificate(), best.backend(), best.fallbacks());
    }

    private FrontierPoint solve(ReducedFormProgram rf, LinearProgram program, Weights weights, String what) {
        Instance instance = rf.instance();
        List<String> failures = new ArrayList<>();
        for (LpSolver backend : backends) {
            LpResult result;
            try {
                result = backend.solve(program);
            } catch (RuntimeException | LinkageError e) {
                // A backend must not throw; if one does anyway, treat it as a failed solve.
                result = LpResult.failure(org.paretomech.solver.LpStatus.FAILED, backend.name(), 0, "threw " + e);
            }
            solves++;
            progress.accept(solves);
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

    private static FrontierPoint withFallback(FrontierPoint p, String note) {
        List<String> notes = new ArrayList<>(p.fallbacks());
        notes.add(note);
        return new FrontierPoint(p.mechanism(), p.weights(), p.certificate(), p.backend(), notes);
    }

    private static String describe(Weights w) {
        return String.format(Locale.ROOT, "(λ_R, λ_S) = (%.6g, %.6g)", w.revenue(), w.surplus());
    }
}
