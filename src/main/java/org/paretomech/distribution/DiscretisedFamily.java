package org.paretomech.distribution;

/**
 * The result of {@link Discretisation#discretise}: a discrete distribution together with a
 * record of how it was obtained from a continuous family.
 *
 * @param family        the continuous family that was discretised
 * @param distribution  the discrete distribution (strictly increasing values, positive masses
 *                      summing to one)
 * @param binning       the binning used (the requested one, or the default for the support)
 * @param scheme        where each bin's point sits
 * @param bins          the number {@code K} of bins requested (the equal-revenue atom comes on top)
 * @param lo            lower end of the range that was binned
 * @param hi            upper end of the range that was binned ({@code +inf} for equal-probability
 *                      bins of an unbounded family without truncation)
 * @param truncatedMass probability outside {@code [lo, hi]} that was dropped before the masses
 *                      were renormalised (0 when nothing was truncated)
 * @param droppedBins   bins that carried no mass and were left out
 * @param mergedPoints  points that fell on the value of a neighbour and were merged with it
 *                      (masses added), so that values stay strictly increasing
 * @param source        one line saying exactly what was done: family, binning, {@code K},
 *                      scheme, truncation and renormalisation, atom, dropped and merged bins
 */
public record DiscretisedFamily(ContinuousFamily family, DiscreteDistribution distribution,
                                Discretisation.Binning binning, Discretisation.Scheme scheme, int bins,
                                double lo, double hi, double truncatedMass, int droppedBins, int mergedPoints,
                                String source) {

    /** Checks presence of every component and the ranges of the counts and masses. */
    public DiscretisedFamily {
        if (family == null || distribution == null || binning == null || scheme == null) {
            throw new IllegalArgumentException("family, distribution, binning and scheme must all be given");
        }
        if (bins < 1 || droppedBins < 0 || mergedPoints < 0) {
            throw new IllegalArgumentException("bins = " + bins + ", droppedBins = " + droppedBins
                    + ", mergedPoints = " + mergedPoints + "; expected bins >= 1 and non-negative counts");
        }
        if (!(lo < hi) || Double.isNaN(lo)) {
            throw new IllegalArgumentException("range [" + NumberText.exact(lo) + ", " + NumberText.exact(hi)
                    + "] is empty; expected lo < hi");
        }
        if (!(truncatedMass >= 0 && truncatedMass < 1)) {
            throw new IllegalArgumentException("truncatedMass = " + NumberText.exact(truncatedMass)
                    + " is outside [0, 1)");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is empty; say how the distribution was obtained");
        }
    }

    /** Whether probability outside {@code [lo, hi]} was dropped and the rest renormalised. */
    public boolean truncated() {
        return truncatedMass > 0;
    }
}
