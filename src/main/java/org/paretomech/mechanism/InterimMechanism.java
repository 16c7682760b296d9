package org.paretomech.mechanism;

import java.util.Arrays;
import java.util.function.BiConsumer;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * A symmetric mechanism in reduced form: for each support point {@code j}, the interim allocation
 * probability {@code x_j} and the interim utility {@code u_j = v_j x_j - p_j} (MATH §1).
 * Immutable; accessors return copies.
 */
public final class InterimMechanism {

    private final double[] allocation;
    private final double[] utility;

    private InterimMechanism(double[] allocation, double[] utility) {
        this.allocation = allocation;
        this.utility = utility;
    }

    /** A mechanism from its interim allocation {@code x} and interim utilities {@code u}. */
    public static InterimMechanism of(double[] allocation, double[] utility) {
        if (allocation.length != utility.length || allocation.length == 0) {
            throw new IllegalArgumentException("allocation and utility must be non-empty and of equal length, got "
                    + allocation.length + " and " + utility.length);
        }
        return new InterimMechanism(allocation.clone(), utility.clone());
    }

    /**
     * A mechanism whose arrays are filled in place by {@code filler}: it receives fresh zeroed
     * arrays {@code x} and {@code u} of length {@code size}, which the mechanism then owns (no copy;
     * the filler must not keep them). Used where a mechanism is recomputed often.
     */
    public static InterimMechanism compute(int size, BiConsumer<double[], double[]> filler) {
        if (size <= 0) {
            throw new IllegalArgumentException("a mechanism needs at least one type, got " + size);
        }
        double[] x = new double[size];
        double[] u = new double[size];
        filler.accept(x, u);
        return new InterimMechanism(x, u);
    }

    /** Number of types {@code K}. */
    public int size() {
        return allocation.length;
    }

    /** {@code x_j}. */
    public double allocation(int j) {
        return allocation[j];
    }

    /** {@code u_j}. */
    public double utility(int j) {
        return utility[j];
    }

    /** Interim payment {@code p_j = v_j x_j - u_j}. */
    public double payment(DiscreteDistribution d, int j) {
        return d.value(j) * allocation[j] - utility[j];
    }

    /** Copy of {@code x}. */
    public double[] allocations() {
        return allocation.clone();
    }

    /** Copy of {@code u}. */
    public double[] utilities() {
        return utility.clone();
    }

    /** Expected revenue {@code R = n Σ f_j p_j}. */
    public double revenue(DiscreteDistribution d, int buyers) {
        double r = 0;
        for (int j = 0; j < allocation.length; j++) {
            r += d.mass(j) * payment(d, j);
        }
        return buyers * r;
    }

    /** Expected total buyer surplus {@code S = n Σ f_j u_j}. */
    public double surplus(DiscreteDistribution d, int buyers) {
        double s = 0;
        for (int j = 0; j < utility.length; j++) {
            s += d.mass(j) * utility[j];
        }
        return buyers * s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InterimMechanism m
                && Arrays.equals(allocation, m.allocation) && Arrays.equals(utility, m.utility);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(allocation) + Arrays.hashCode(utility);
    }
}
