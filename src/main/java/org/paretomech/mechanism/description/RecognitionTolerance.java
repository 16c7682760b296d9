package org.paretomech.mechanism.description;

import java.util.Locale;
import org.paretomech.numeric.Tolerances;

/**
 * How closely {@link AuctionRecogniser} compares numbers of an interim mechanism:
 * <ul>
 *   <li>two allocation probabilities {@code a, b} are equal iff
 *       {@code |a - b| <= absolute + relative · max(|a|, |b|)};</li>
 *   <li>a type is allocated iff {@code x_j > absolute};</li>
 *   <li>utilities and payments are equal (or zero) iff they differ by at most
 *       {@code (absolute + relative) · v_K}.</li>
 * </ul>
 * The relative part matters because interim probabilities of low types are legitimately tiny: with
 * {@code n} buyers the efficient {@code x_j} is about {@code F_j^{n-1}}, below {@code 1e-9} for the
 * lowest few of 400 points already at {@code n = 5}, so a purely absolute test would move the
 * reserve.
 *
 * @param relative relative part, in {@code [0, 1e-3)}
 * @param absolute absolute part (probabilities, and utilities over {@code v_K}), in {@code [0, 1e-3)}
 */
public record RecognitionTolerance(double relative, double absolute) {

    /**
     * For mechanisms computed to rounding (the oracle, closed-form auctions): relative
     * {@code 1e-9}, absolute 0, so only exact zeros are unallocated. The oracle's {@code x} and
     * {@code u} are exact to about {@code 1e-15} relative, six orders below.
     */
    public static final RecognitionTolerance DEFAULT = new RecognitionTolerance(1e-9, 0.0);

    /** Checks both parts lie in {@code [0, 1e-3)}. */
    public RecognitionTolerance {
        if (!(relative >= 0 && relative < 1e-3) || !(absolute >= 0 && absolute < 1e-3)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "recognition tolerance (relative %s, absolute %s) is out of range; expected both in [0, 1e-3), "
                            + "e.g. RecognitionTolerance.DEFAULT", relative, absolute));
        }
    }

    /**
     * For mechanisms certified only to {@code tolerances} (LP solutions): relative {@code 1e-9}
     * plus absolute {@link Tolerances#feasibility()} ({@code 1e-8} by default). Types whose
     * allocation is below that are reported as unallocated: the LP does not resolve them.
     */
    public static RecognitionTolerance certified(Tolerances tolerances) {
        return new RecognitionTolerance(DEFAULT.relative, tolerances.feasibility());
    }

    /** Whether two probabilities are equal under this tolerance. */
    public boolean sameProbability(double a, double b) {
        return Math.abs(a - b) <= absolute + relative * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Whether {@code x_j} counts as allocated. */
    public boolean allocated(double x) {
        return x > absolute;
    }

    /** Whether a utility or payment difference is zero, given the largest support value {@code scale}. */
    public boolean negligibleAmount(double amount, double scale) {
        return Math.abs(amount) <= (absolute + relative) * scale;
    }
}
