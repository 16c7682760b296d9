package org.paretomech;

import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/** Small instances shared by tests. */
public final class TestInstances {

    private TestInstances() {
    }

    /** {@code U[0,1]} discretised on the left grid {@code j/K}, mass {@code 1/K}. */
    public static Instance uniformLeft(int k, int buyers) {
        double[] v = new double[k];
        double[] p = new double[k];
        for (int j = 0; j < k; j++) {
            v[j] = (double) j / k;
            p[j] = 1.0 / k;
        }
        return new Instance("uniform-left-" + k, buyers, 1, TransferMode.NO_SUBSIDY, DiscreteDistribution.of(v, p), "test");
    }

    /** Values {0, 1} with mass 1/2 each, n = 2, one unit, no-subsidy: computed by hand in FrontierTracerTest. */
    public static Instance twoPoint() {
        return new Instance("two-point", 2, 1, TransferMode.NO_SUBSIDY,
                DiscreteDistribution.of(new double[] {0, 1}, new double[] {0.5, 0.5}), "test");
    }

    /** An arbitrary instance from explicit arrays. */
    public static Instance of(int buyers, int units, TransferMode mode, double[] values, double[] probabilities) {
        return new Instance("test", buyers, units, mode, DiscreteDistribution.of(values, probabilities), "test");
    }
}
