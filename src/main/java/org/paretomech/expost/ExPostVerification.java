package org.paretomech.expost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paretomech.instance.TransferMode;

/**
 * What {@link ExPostVerifier} found by enumerating every value profile. Violations are maxima over
 * all profiles (0 if none) and, except the two probability checks, are divided by the largest
 * support value {@code v_K} (or 1 if {@code v_K = 0}), as in the interim
 * {@link org.paretomech.mechanism.Certificate}.
 *
 * @param maxFeasibilityViolation largest {@code max(Σ_i a_i - k, -a_i, a_i - 1)} (probabilities)
 * @param maxICViolation          largest gain from a misreport, {@code max(0, U_i(lie) - U_i(truth))},
 *                                over buyers, true types, misreports and the others' profiles
 * @param maxIRViolation          largest {@code max(0, -U_i(t))}
 * @param maxNegativePayment      largest {@code max(0, -p_i(t))}; must be 0 under no-subsidy
 * @param maxLowestTypeUtility    largest {@code |U_i(t)|} with {@code t_i = 1} (the lowest type);
 *                                must be 0 under zero-lowest-utility
 * @param maxInterimMismatch      largest difference between the interim allocation and utility
 *                                (averaged over the others' profiles, for every buyer) and the
 *                                expected {@code x_j}, {@code u_j / v_K}
 * @param revenue                 {@code R} from the enumeration, {@code Σ_t P(t) Σ_i p_i(t)}
 * @param surplus                 {@code S} from the enumeration, {@code Σ_t P(t) Σ_i U_i(t)}
 * @param certifiedRevenue        {@code R} of the expected interim mechanism, from its certificate
 * @param certifiedSurplus        {@code S} of the expected interim mechanism, from its certificate
 * @param certificatePassed       whether the expected interim mechanism passed its certificate
 * @param transfers               the instance's transfer rule, which decides the transfer check
 * @param scale                   the normaliser {@code v_K}
 */
public record ExPostVerification(double maxFeasibilityViolation, double maxICViolation, double maxIRViolation,
                                 double maxNegativePayment, double maxLowestTypeUtility, double maxInterimMismatch,
                                 double revenue, double surplus, double certifiedRevenue, double certifiedSurplus,
                                 boolean certificatePassed, TransferMode transfers, double scale) {

    /**
     * Every check must hold to within {@code 1e-12} (normalised). The enumeration sums at most
     * {@code K^n = 1296} products of masses, and the oracle's chains at most {@code K} terms, so
     * rounding stays near {@code 1e-15}; a real error (a wrong payment, a misallocated unit) is of
     * the order of a spacing times a probability, far larger.
     */
    public static final double TOLERANCE = 1e-12;

    /** Whether every check passed: feasibility, DSIC, ex-post IR, the transfer rule, interim and (R, S) agreement. */
    public boolean passed() {
        return failures().isEmpty();
    }

    /** {@code |R - R_certified| / v_K}. */
    public double revenueMismatch() {
        return Math.abs(revenue - certifiedRevenue) / scale;
    }

    /** {@code |S - S_certified| / v_K}. */
    public double surplusMismatch() {
        return Math.abs(surplus - certifiedSurplus) / scale;
    }

    /** One line per failed check (empty if {@link #passed()}). */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        check(out, "feasibility", maxFeasibilityViolation);
        check(out, "dominant-strategy IC", maxICViolation);
        check(out, "ex-post IR", maxIRViolation);
        if (transfers == TransferMode.NO_SUBSIDY) {
            check(out, "no-subsidy (payments >= 0)", maxNegativePayment);
        } else {
            check(out, "zero-lowest-utility (U = 0 for the lowest type)", maxLowestTypeUtility);
        }
        check(out, "interim allocation and utilities", maxInterimMismatch);
        check(out, "revenue R", revenueMismatch());
        check(out, "surplus S", surplusMismatch());
        if (!certificatePassed) {
            out.add("the expected interim mechanism fails its certificate");
        }
        return out;
    }

    private static void check(List<String> out, String what, double violation) {
        if (!(violation <= TOLERANCE)) {
            out.add(String.format(Locale.ROOT, "%s violated by %.3g (normalised), tolerance %.0e", what, violation,
                    TOLERANCE));
        }
    }
}
