package org.paretomech.frontier;

import java.util.List;
import java.util.Objects;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;

/**
 * A certified point of the revenue–surplus frontier: the mechanism that attains it, the weights
 * whose solve produced it, and the certificate that verified it. Revenue and surplus are the
 * certificate's recomputed values, never the solver's objective.
 *
 * @param mechanism   the mechanism
 * @param weights     the weights of the solve that produced it
 * @param certificate the passed certificate
 * @param backend     the LP backend that produced it
 * @param fallbacks   what failed before that backend succeeded (empty if the first one did)
 */
public record FrontierPoint(InterimMechanism mechanism, Weights weights, Certificate certificate, String backend,
                            List<String> fallbacks) {

    public FrontierPoint {
        fallbacks = List.copyOf(fallbacks);
        Objects.requireNonNull(mechanism);
        Objects.requireNonNull(weights);
        Objects.requireNonNull(certificate);
        if (!certificate.passed()) {
            throw new IllegalArgumentException("a frontier point needs a passed certificate: " + certificate.violations());
        }
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
}
