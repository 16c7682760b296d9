package org.paretomech.frontier;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;

/**
 * A certified point of the revenue–surplus frontier: the mechanism that attains it, the weights
 * whose solve produced it, and the certificate that verified it. Revenue and surplus are the
 * certificate's recomputed values, never the solver's objective.
 *
 * <p>A point either holds its mechanism or knows how to rebuild it. Points from the ironing oracle
 * keep only {@code (R, S)}, the weights and the certificate, and recompute the mechanism (O(K),
 * bit-identical, since the oracle is deterministic) each time {@link #mechanism()} is called, so a
 * frontier with V vertices costs O(K + V) memory instead of O(K·V).
 *
 * <p>Immutable.
 */
public final class FrontierPoint {

    private final InterimMechanism mechanism;
    private final Supplier<InterimMechanism> rebuild;
    private final Weights weights;
    private final Certificate certificate;
    private final String backend;
    private final List<String> fallbacks;

    /**
     * A point that keeps {@code mechanism}.
     *
     * @param mechanism   the mechanism
     * @param weights     the weights of the solve that produced it
     * @param certificate the passed certificate
     * @param backend     the engine or LP backend that produced it
     * @param fallbacks   what failed before that backend succeeded (empty if the first one did)
     */
    public FrontierPoint(InterimMechanism mechanism, Weights weights, Certificate certificate, String backend,
                         List<String> fallbacks) {
        this(Objects.requireNonNull(mechanism), null, weights, certificate, backend, fallbacks);
    }

    private FrontierPoint(InterimMechanism mechanism, Supplier<InterimMechanism> rebuild, Weights weights,
                          Certificate certificate, String backend, List<String> fallbacks) {
        this.mechanism = mechanism;
        this.rebuild = rebuild;
        this.weights = Objects.requireNonNull(weights);
        this.certificate = Objects.requireNonNull(certificate);
        this.backend = Objects.requireNonNull(backend);
        this.fallbacks = List.copyOf(fallbacks);
        if (!certificate.passed()) {
            throw new IllegalArgumentException("a frontier point needs a passed certificate: " + certificate.violations());
        }
    }

    /**
     * A point that does not keep its mechanism: {@code rebuild} must return, on every call, the
     * same mechanism that {@code certificate} verified (a deterministic recomputation).
     */
    public static FrontierPoint rebuilt(Supplier<InterimMechanism> rebuild, Weights weights, Certificate certificate,
                                        String backend, List<String> fallbacks) {
        return new FrontierPoint(null, Objects.requireNonNull(rebuild), weights, certificate, backend, fallbacks);
    }

    /** This point with {@code fallbacks} as its fallback notes (the mechanism is shared, not copied). */
    public FrontierPoint withFallbacks(List<String> fallbacks) {
        return new FrontierPoint(mechanism, rebuild, weights, certificate, backend, fallbacks);
    }

    /** The mechanism; recomputed on each call for points that do not keep it (O(K)). */
    public InterimMechanism mechanism() {
        return mechanism != null ? mechanism : Objects.requireNonNull(rebuild.get(), "rebuilt mechanism");
    }

    /** Whether {@link #mechanism()} is held in memory rather than recomputed. */
    public boolean keepsMechanism() {
        return mechanism != null;
    }

    /** The weights of the solve that produced this point. */
    public Weights weights() {
        return weights;
    }

    /** The passed certificate. */
    public Certificate certificate() {
        return certificate;
    }

    /** The engine or LP backend that produced this point. */
    public String backend() {
        return backend;
    }

    /** What failed before {@link #backend()} succeeded (empty if the first attempt did). */
    public List<String> fallbacks() {
        return fallbacks;
    }

    /** Expected revenue {@code R}. */
    public double revenue() {
        return certificate.revenue();
    }

    /** Expected total buyer surplus {@code S}. */
    public double surplus() {
        return certificate.surplus();
    }

    /** Welfare {@code R + S}. */
    public double welfare() {
        return certificate.welfare();
    }

    @Override
    public String toString() {
        return "FrontierPoint[R=" + revenue() + ", S=" + surplus() + ", weights=" + weights + ", backend=" + backend + "]";
    }
}
