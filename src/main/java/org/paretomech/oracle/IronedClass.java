package org.paretomech.oracle;

/**
 * A maximal run of support points sharing one ironed weight (MATH §3): a pooled bid interval if it
 * holds more than one point.
 *
 * @param first        zero-based index of the lowest support point in the class
 * @param last         zero-based index of the highest support point in the class (inclusive)
 * @param ironedWeight the common ironed weight {@code w̄}
 * @param allocated    whether the class is served
 * @param winProbability interim probability that a member wins ({@code 0} if not allocated)
 */
public record IronedClass(int first, int last, double ironedWeight, boolean allocated, double winProbability) {

    /** Number of support points in the class. */
    public int size() {
        return last - first + 1;
    }

    /** Whether the class pools more than one support point. */
    public boolean pooled() {
        return last > first;
    }
}
