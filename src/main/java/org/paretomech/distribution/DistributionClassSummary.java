package org.paretomech.distribution;

/**
 * Which of the classical shape conditions a <em>continuous</em> value distribution satisfies
 * (MATH §7 gives the discrete versions that the solver actually uses):
 * <ul>
 *   <li>{@code regular}: the virtual value {@code φ(v) = v - (1 - F(v))/f(v)} is non-decreasing
 *       on the support (weakly: a constant {@code φ}, as for the equal-revenue family, counts,
 *       and the {@code note} says "boundary");</li>
 *   <li>{@code mhr}: the hazard rate {@code f/(1 - F)} is non-decreasing, i.e. the information rent
 *       {@code (1 - F)/f} is non-increasing;</li>
 *   <li>{@code antiMhr}: the hazard rate is non-increasing.</li>
 * </ul>
 * MHR implies regular ({@code φ = v - (1-F)/f} is then a sum of non-decreasing terms), so
 * {@code mhr && !regular} is rejected. The exponential is the one family that is both MHR and
 * anti-MHR.
 *
 * @param regular {@code φ} is non-decreasing on the support
 * @param mhr     the hazard rate is non-decreasing
 * @param antiMhr the hazard rate is non-increasing
 * @param note    one sentence with the reason (which quantity is monotone, where it fails)
 */
public record DistributionClassSummary(boolean regular, boolean mhr, boolean antiMhr, String note) {

    /** Checks that {@code note} is present and that {@code mhr} implies {@code regular}. */
    public DistributionClassSummary {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("note is empty; say why the class holds or fails");
        }
        if (mhr && !regular) {
            throw new IllegalArgumentException(
                    "mhr = true with regular = false is impossible (MHR implies regular); fix the summary: " + note);
        }
    }

    /**
     * A short label such as {@code "regular, MHR"}, {@code "regular, MHR, anti-MHR"} or
     * {@code "not regular, anti-MHR"}.
     */
    public String label() {
        StringBuilder sb = new StringBuilder(regular ? "regular" : "not regular");
        if (mhr) {
            sb.append(", MHR");
        }
        if (antiMhr) {
            sb.append(", anti-MHR");
        }
        if (!mhr && !antiMhr) {
            sb.append(", neither MHR nor anti-MHR");
        }
        return sb.toString();
    }
}
