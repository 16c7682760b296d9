package org.paretomech.distribution.classification;

/**
 * The worst violation of a monotonicity condition: the pair of support points {@code from < to}
 * (zero-based indices, both {@code < K - 1}, i.e. {@code j < K} one-based) over which the tested
 * sequence moves furthest in the wrong direction. For a non-decreasing condition that is
 * {@code max_{i < j} (s_i - s_j)}, the largest drop; it is twice the sup-distance from the sequence
 * to the nearest monotone one, so many tiny steps that add up are caught, unlike a check of
 * adjacent pairs only.
 *
 * @param from         zero-based index where the offending stretch starts (the running extreme)
 * @param to           zero-based index where it ends, {@code > from}
 * @param fromValue    support value {@code v} at {@code from}
 * @param toValue      support value {@code v} at {@code to}
 * @param fromQuantity the tested quantity ({@code φ} or {@code g⁻}) at {@code from}
 * @param toQuantity   the tested quantity at {@code to}
 * @param size         {@code |s_from - s_to|}, in value units, {@code > 0}
 * @param relativeSize {@code size} divided by the value range {@code v_K - v_1}
 */
public record ShapeViolation(int from, int to, double fromValue, double toValue, double fromQuantity,
                             double toQuantity, double size, double relativeSize) {

    /** Checks {@code 0 <= from < to} and a positive size. */
    public ShapeViolation {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a violation spans indices from < to; got " + from + ", " + to);
        }
        if (!(size > 0) || !(relativeSize > 0)) {
            throw new IllegalArgumentException("a violation has a positive size; got " + size + " (relative " + relativeSize + ")");
        }
    }
}
