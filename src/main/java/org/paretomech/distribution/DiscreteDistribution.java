package org.paretomech.distribution;

import java.util.Arrays;
import java.util.Locale;

/**
 * A discrete value distribution: support {@code v_1 < ... < v_K}, {@code v_1 >= 0}, masses
 * {@code f_j > 0} summing to one (MATH §1). Indices in this API are zero-based: {@code value(0)}
 * is {@code v_1}.
 *
 * <p>Instances are immutable. Masses are stored renormalised to sum to one exactly (up to
 * rounding) after validation; the upper tails {@code 1 - F_{j-1}} are accumulated from the top
 * so that tiny tail masses keep their relative accuracy.
 */
public final class DiscreteDistribution {

    /** Largest accepted value: beyond it sums of products lose the digits the certificate needs. */
    public static final double MAX_VALUE = 1e15;
    /** Smallest accepted positive largest value: below it R and S underflow. */
    public static final double MIN_LARGEST_VALUE = 1e-100;
    /**
     * Smallest accepted spacing between support points relative to the largest value: the problem
     * is normalised by the largest value, and spacings below this are lost in its rounding.
     */
    public static final double MIN_RELATIVE_SPACING = 1e-13;

    /** Largest deviation of the given probabilities' sum from one that {@link #of} accepts. */
    public static final double PROBABILITY_SUM_TOLERANCE = 1e-9;

    private final double[] values;
    private final double[] masses;
    private final double[] cumulative;
    private final double[] upperTail;

    private DiscreteDistribution(double[] values, double[] masses) {
        this.values = values;
        this.masses = masses;
        int k = values.length;
        this.cumulative = new double[k];
        this.upperTail = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += masses[j];
            cumulative[j] = sum;
        }
        double tail = 0;
        for (int j = k - 1; j >= 0; j--) {
            tail += masses[j];
            upperTail[j] = tail;
        }
        cumulative[k - 1] = 1.0;
        upperTail[0] = 1.0;
    }

    /**
     * Validates and builds a distribution from support values and probabilities.
     *
     * @param values        strictly increasing, finite, non-negative support points
     * @param probabilities finite, strictly positive masses summing to one within
     *                      {@link #PROBABILITY_SUM_TOLERANCE}
     * @throws IllegalArgumentException naming the offending value and the fix
     */
    public static DiscreteDistribution of(double[] values, double[] probabilities) {
        validateShape(values, probabilities, "probabilities");
        double sum = positiveSum(probabilities, "probabilities");
        if (Math.abs(sum - 1.0) > PROBABILITY_SUM_TOLERANCE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "probabilities sum to %.12g (K = %d); expected 1 within %.0e. "
                            + "Give \"counts\" instead of \"probabilities\" to have them normalised.",
                    sum, probabilities.length, PROBABILITY_SUM_TOLERANCE));
        }
        // Probabilities that already sum to 1 up to rounding are kept bit for bit, so that writing
        // an instance and reading it back reproduces it exactly.
        boolean exact = Math.abs(sum - 1.0) <= probabilities.length * Math.ulp(1.0);
        return new DiscreteDistribution(withoutNegativeZero(values), exact ? probabilities.clone() : normalise(probabilities, sum));
    }

    /**
     * Builds a distribution from support values and non-negative weights (counts or
     * unnormalised masses), normalising them to sum to one.
     */
    public static DiscreteDistribution ofWeights(double[] values, double[] weights) {
        validateShape(values, weights, "counts");
        double sum = positiveSum(weights, "counts");
        return new DiscreteDistribution(withoutNegativeZero(values), normalise(weights, sum));
    }

    /** A point mass at {@code value}. */
    public static DiscreteDistribution pointMass(double value) {
        return of(new double[] {value}, new double[] {1.0});
    }

    private static void validateShape(double[] values, double[] masses, String massName) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("\"values\" is empty; give at least one support point");
        }
        if (masses == null || masses.length != values.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "\"values\" has %d entries but \"%s\" has %d; give one %s per value",
                    values.length, massName, masses == null ? 0 : masses.length,
                    massName.equals("counts") ? "count" : "probability"));
        }
        for (int j = 0; j < values.length; j++) {
            double v = values[j];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "values[%d] = %s is not a finite number; give finite values", j, v));
            }
            if (v < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "values[%d] = %s is negative; values must be >= 0", j, fmt(v)));
            }
            if (v > MAX_VALUE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "values[%d] = %s is above %s, where double precision no longer holds the sums this tool "
                                + "forms; express the values in larger units (e.g. thousands)", j, fmt(v), fmt(MAX_VALUE)));
            }
            if (j > 0 && !(v > values[j - 1])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "values[%d] = %s is %s values[%d] = %s; values must be strictly increasing "
                                + "(sort them and merge duplicates, adding their masses)",
                        j, fmt(v), v == values[j - 1] ? "equal to" : "below", j - 1, fmt(values[j - 1])));
            }
        }
        validateRange(values);
    }

    private static void validateRange(double[] values) {
        double max = values[values.length - 1];
        if (max > 0 && max < MIN_LARGEST_VALUE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the largest value %s is below %s, where revenue and surplus would underflow in double "
                            + "precision; express the values in smaller units", fmt(max), fmt(MIN_LARGEST_VALUE)));
        }
        for (int j = 1; j < values.length; j++) {
            if (values[j] - values[j - 1] < MIN_RELATIVE_SPACING * max) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "values[%d] = %s and values[%d] = %s differ by less than %s of the largest value, which "
                                + "double precision cannot resolve; merge them (add their masses) or round the values",
                        j - 1, fmt(values[j - 1]), j, fmt(values[j]), fmt(MIN_RELATIVE_SPACING)));
            }
        }
    }

    private static double positiveSum(double[] masses, String name) {
        double sum = 0;
        for (int j = 0; j < masses.length; j++) {
            double m = masses[j];
            if (!Double.isFinite(m)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s[%d] = %s is not a finite number; give finite masses", name, j, m));
            }
            if (!(m > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s[%d] = %s is not positive; every support point needs a mass > 0 "
                                + "(drop points that carry no mass)", name, j, fmt(m)));
            }
            sum += m;
        }
        return sum;
    }

    /** A copy of {@code values} with {@code -0.0} (accepted as {@code >= 0}) stored as {@code 0.0}, so it never prints as "-0". */
    private static double[] withoutNegativeZero(double[] values) {
        double[] out = values.clone();
        for (int j = 0; j < out.length; j++) {
            if (out[j] == 0) {
                out[j] = 0.0;
            }
        }
        return out;
    }

    private static double[] normalise(double[] masses, double sum) {
        double[] out = new double[masses.length];
        for (int j = 0; j < masses.length; j++) {
            out[j] = masses[j] / sum;
        }
        return out;
    }

    /** Shortest text that reads back as {@code v}: {@code 3}, {@code 0.1}, {@code 5e300}, {@code 1.0000000000000002}. */
    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace(".0E", "E").replace("E", "e");
    }

    /** Number of support points {@code K}. */
    public int size() {
        return values.length;
    }

    /** Support point {@code v_{j+1}} (zero-based index). */
    public double value(int j) {
        return values[j];
    }

    /** Mass {@code f_{j+1}} (zero-based index). */
    public double mass(int j) {
        return masses[j];
    }

    /** {@code F_{j+1} = P(V <= v_{j+1})} (zero-based index). */
    public double cdf(int j) {
        return cumulative[j];
    }

    /** {@code P(V < v_{j+1}) = F_j}, zero for {@code j = 0}. */
    public double cdfBelow(int j) {
        return j == 0 ? 0.0 : cumulative[j - 1];
    }

    /** {@code P(V >= v_{j+1}) = 1 - F_j}, accumulated from the top for accuracy. */
    public double upperTail(int j) {
        return upperTail[j];
    }

    /** {@code P(V > v_{j+1}) = 1 - F_{j+1}}, zero for the top point. */
    public double strictUpperTail(int j) {
        return j + 1 < values.length ? upperTail[j + 1] : 0.0;
    }

    /** Largest support value {@code v_K}. */
    public double maxValue() {
        return values[values.length - 1];
    }

    /** Copy of the support values. */
    public double[] values() {
        return values.clone();
    }

    /** Copy of the masses. */
    public double[] masses() {
        return masses.clone();
    }

    /** Expected value {@code Σ f_j v_j}. */
    public double mean() {
        double s = 0;
        for (int j = 0; j < values.length; j++) {
            s += masses[j] * values[j];
        }
        return s;
    }

    /** The same distribution with every value multiplied by {@code factor > 0}. */
    public DiscreteDistribution scaled(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("scale factor " + factor + " must be finite and > 0");
        }
        double[] v = new double[values.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = values[j] * factor;
        }
        return new DiscreteDistribution(v, masses.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscreteDistribution d
                && Arrays.equals(values, d.values) && Arrays.equals(masses, d.masses);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(masses);
    }

    @Override
    public String toString() {
        return "DiscreteDistribution[K=" + values.length + ", support=[" + fmt(values[0]) + ", "
                + fmt(maxValue()) + "]]";
    }
}
