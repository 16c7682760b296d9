package org.paretomech.bruteforce;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * Seeded random tiny instances and weight directions for the brute-force comparison. Everything is
 * a function of the seed, so a failing case is reproduced by its seed alone (printed in its name).
 */
final class RandomInstances {

    private RandomInstances() {
    }

    /**
     * A random instance with {@code n} buyers, {@code k} units, {@code K} support points and the given
     * transfer rule. {@code zeroBottom} chooses {@code v_1 = 0} or {@code v_1 > 0}. Spacings are drawn
     * independently from a wide range (one of them sometimes tiny), values are multiplied by a random
     * scale in [0.3, 30] to exercise the program's normalisation, masses are uniform in [0.1, 1]
     * then normalised.
     */
    static Instance instance(long seed, int n, int k, int supportSize, TransferMode mode, boolean zeroBottom) {
        Random rnd = new Random(seed);
        double scaleFactor = 0.3 * Math.pow(100, rnd.nextDouble());
        double[] values = new double[supportSize];
        double[] masses = new double[supportSize];
        values[0] = zeroBottom ? 0 : 0.05 + 2 * rnd.nextDouble();
        int tinySpacing = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(Math.max(1, supportSize - 1)) : -1;
        for (int j = 1; j < supportSize; j++) {
            double spacing = j == tinySpacing ? 0.01 + 0.02 * rnd.nextDouble() : 0.05 + 2.5 * rnd.nextDouble();
            values[j] = values[j - 1] + spacing;
        }
        double sum = 0;
        for (int j = 0; j < supportSize; j++) {
            values[j] *= scaleFactor;
            masses[j] = 0.1 + 0.9 * rnd.nextDouble();
            sum += masses[j];
        }
        for (int j = 0; j < supportSize; j++) {
            masses[j] /= sum;
        }
        DiscreteDistribution d = DiscreteDistribution.of(values, masses);
        String name = String.format(Locale.ROOT, "seed%d_n%d_k%d_K%d_%s", seed, n, k, supportSize, mode.label());
        return new Instance(name, n, k, mode, d, "random (RandomInstances, seed " + seed + ")");
    }

    /**
     * Weight directions, each scaled so that its larger component is one: pure revenue, pure
     * surplus, exactly equal weights, the two sides just off the welfare diagonal, and
     * {@code randomCount} random angles in [0, π/2].
     */
    static double[][] weights(long seed, int randomCount) {
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        double[][] w = new double[5 + randomCount][];
        w[0] = new double[] {1, 0};
        w[1] = new double[] {0, 1};
        w[2] = new double[] {1, 1};
        w[3] = new double[] {1, 1 - 1e-3};
        w[4] = new double[] {1 - 1e-3, 1};
        for (int i = 0; i < randomCount; i++) {
            double angle = rnd.nextDouble() * Math.PI / 2;
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            double m = Math.max(c, s);
            w[5 + i] = new double[] {c / m, s / m};
        }
        return w;
    }

    /** The instance written out in full, for failure messages. */
    static String describe(Instance instance) {
        DiscreteDistribution d = instance.distribution();
        return String.format(Locale.ROOT, "%s: n=%d, k=%d, %s, values=%s, masses=%s", instance.name(),
                instance.buyers(), instance.units(), instance.transfers().label(), format(d.values()),
                format(d.masses()));
    }

    private static String format(double[] a) {
        return Arrays.stream(a).mapToObj(x -> String.format(Locale.ROOT, "%.17g", x))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
