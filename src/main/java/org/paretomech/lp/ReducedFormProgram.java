package org.paretomech.lp;

import java.util.Locale;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.InterimMechanism;

/**
 * The reduced-form LP of MATH §2 for one instance, over variables {@code x_j} (interim allocation),
 * {@code u_j} (interim utility) and tail variables {@code t_j = n f_j x_j + t_{j+1}} that make the
 * Border constraints sparse ({@code n Σ_{i>=j} f_i x_i <= B_j} becomes the bound {@code t_j <= B_j}).
 * The tails carry the factor {@code n} so that their bounds are of order one whatever {@code n}:
 * with {@code t_j <= B_j / n} instead, every backend violated Border by 3e-8 to 5e-8 (in units of
 * expected units sold) at {@code n = 100}.
 *
 * <p>Values are divided by the largest support value before the program is built ("scale"), so
 * every coefficient of the allocation part is of order one; {@link #mechanism(double[])} maps a
 * solution back to original units. The objective is {@code (λ_R R + λ_S S) / scale}.
 *
 * <p>Layout: variable {@code j} is {@code x_j}, {@code K + j} is {@code u_j}, {@code 2K + j} is
 * {@code t_j}. Rows: tail definitions, monotonicity, the two local IC inequalities, the transfer
 * rule and optional objective floors for lexicographic solves.
 */
public final class ReducedFormProgram {

    private final Instance instance;
    private final double scale;

    /** The program for {@code instance}. */
    public ReducedFormProgram(Instance instance) {
        this.instance = instance;
        double max = instance.distribution().maxValue();
        this.scale = max > 0 ? max : 1.0;
    }

    /** The factor by which values are divided inside the program. */
    public double scale() {
        return scale;
    }

    /** The instance. */
    public Instance instance() {
        return instance;
    }

    /** The program maximising {@code weights}. */
    public LinearProgram build(Weights weights) {
        return build(weights, null, 0);
    }

    /**
     * The program maximising {@code weights} subject to the extra floor
     * {@code floorWeights·(R, S) >= floorValue} (in original units); {@code floorWeights} may be
     * {@code null} for none.
     */
    public LinearProgram build(Weights weights, Weights floorWeights, double floorValue) {
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        int n = instance.buyers();
        Weights w = weights.normalised();
        LinearProgram.Builder b = new LinearProgram.Builder(String.format(Locale.ROOT,
                "paretomech_%s_n%d_k%d", sanitise(instance.name()), n, instance.units()));
        double[] border = BorderBounds.rightHandSides(d, n, instance.units());
        for (int j = 0; j < kk; j++) {
            b.addVariable("x" + (j + 1), 0, 1, w.revenue() * n * d.mass(j) * d.value(j) / scale);
        }
        for (int j = 0; j < kk; j++) {
            double upperU = j == 0 && instance.transfers() == TransferMode.ZERO_LOWEST_UTILITY ? 0 : Double.POSITIVE_INFINITY;
            b.addVariable("u" + (j + 1), 0, upperU, (w.surplus() - w.revenue()) * n * d.mass(j));
        }
        for (int j = 0; j < kk; j++) {
            b.addVariable("t" + (j + 1), 0, border[j], 0);
        }
        for (int j = 0; j < kk; j++) {
            // t_j - n f_j x_j - t_{j+1} = 0: t_j = n Σ_{i>=j} f_i x_i is in units of expected units sold,
            // so its bound B_j is of order one and a backend's absolute tolerance is not multiplied by n.
            if (j + 1 < kk) {
                b.addRow("tail" + (j + 1), new int[] {t(j), x(j), t(j + 1)}, new double[] {1, -n * d.mass(j), -1}, 0, 0);
            } else {
                b.addRow("tail" + (j + 1), new int[] {t(j), x(j)}, new double[] {1, -n * d.mass(j)}, 0, 0);
            }
        }
        for (int j = 1; j < kk; j++) {
            double delta = (d.value(j) - d.value(j - 1)) / scale;
            b.addRow("mono" + (j + 1), new int[] {x(j - 1), x(j)}, new double[] {1, -1}, Double.NEGATIVE_INFINITY, 0);
            // u_j - u_{j-1} - Δ x_{j-1} >= 0
            b.addRow("icdown" + (j + 1), new int[] {u(j), u(j - 1), x(j - 1)}, new double[] {1, -1, -delta}, 0,
                    Double.POSITIVE_INFINITY);
            // u_j - u_{j-1} - Δ x_j <= 0
            b.addRow("icup" + (j + 1), new int[] {u(j), u(j - 1), x(j)}, new double[] {1, -1, -delta},
                    Double.NEGATIVE_INFINITY, 0);
        }
        if (instance.transfers() == TransferMode.NO_SUBSIDY) {
            b.addRow("nosubsidy", new int[] {u(0), x(0)}, new double[] {1, -d.value(0) / scale},
                    Double.NEGATIVE_INFINITY, 0);
        }
        if (floorWeights != null) {
            int[] idx = new int[2 * kk];
            double[] coef = new double[2 * kk];
            for (int j = 0; j < kk; j++) {
                idx[j] = x(j);
                coef[j] = floorWeights.revenue() * n * d.mass(j) * d.value(j) / scale;
                idx[kk + j] = u(j);
                coef[kk + j] = (floorWeights.surplus() - floorWeights.revenue()) * n * d.mass(j);
            }
            b.addRow("floor", idx, coef, floorValue / scale, Double.POSITIVE_INFINITY);
        }
        return b.build();
    }

    /** Maps a primal solution of a program built here back to a mechanism in original units. */
    public InterimMechanism mechanism(double[] primal) {
        int kk = instance.supportSize();
        if (primal.length < 3 * kk) {
            throw new IllegalArgumentException("primal solution has " + primal.length + " entries, expected " + 3 * kk);
        }
        double[] x = new double[kk];
        double[] u = new double[kk];
        for (int j = 0; j < kk; j++) {
            x[j] = primal[x(j)];
            u[j] = primal[u(j)] * scale;
        }
        return InterimMechanism.of(x, u);
    }

    private int x(int j) {
        return j;
    }

    private int u(int j) {
        return instance.supportSize() + j;
    }

    private int t(int j) {
        return 2 * instance.supportSize() + j;
    }

    private static String sanitise(String s) {
        String out = s.replaceAll("[^A-Za-z0-9_]+", "_");
        return out.isEmpty() ? "instance" : out;
    }
}
