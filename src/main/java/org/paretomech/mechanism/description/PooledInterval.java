package org.paretomech.mechanism.description;

/**
 * A pooled bid interval: consecutive allocated support points {@code v_first .. v_last} (more than
 * one) that are treated as equal bids, so each member wins with the same probability.
 *
 * @param first          zero-based index of the lowest support point of the interval
 * @param last           zero-based index of the highest support point (inclusive), {@code > first}
 * @param low            {@code v_first}
 * @param high           {@code v_last}
 * @param winProbability interim probability that a member wins a unit
 */
public record PooledInterval(int first, int last, double low, double high, double winProbability) {

    /** Checks {@code 0 <= first < last} and {@code low < high}. */
    public PooledInterval {
        if (first < 0 || last <= first) {
            throw new IllegalArgumentException("a pooled interval holds at least two support points; got indices "
                    + first + ".." + last);
        }
        if (!(low < high)) {
            throw new IllegalArgumentException("pooled interval [" + low + ", " + high + "] is empty; expected low < high");
        }
    }

    /** Number of support points in the interval. */
    public int size() {
        return last - first + 1;
    }

    /** {@code [low, high]} with six significant digits, e.g. {@code [0.5, 0.62]}. */
    public String text() {
        return "[" + AuctionDescription.number(low) + ", " + AuctionDescription.number(high) + "]";
    }
}
