package org.paretomech.oracle;

import java.util.ArrayList;
import java.util.List;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.InterimMechanism;

/**
 * The exact combinatorial solution of the weighted reduced-form problem (MATH §3), with no LP:
 * choose the payment extreme by side, iron the per-type weights against the masses (greatest
 * convex minorant, computed as a weighted pool-adjacent-violators pass in O(K)), and serve the
 * highest classes with uniform tie-breaking.
 *
 * <p>Side: revenue side ({@code λ_S <= λ_R}) uses {@code u_1 = 0, u_j - u_{j-1} = Δ_j x_{j-1}} and
 * weights {@code w_j = λ_R v_j + (λ_S - λ_R) g⁻_j}; buyer side uses
 * {@code u_j - u_{j-1} = Δ_j x_j} with {@code u_1 = v_1 x_1} (no-subsidy) or {@code 0}, and
 * {@code g⁺_j}. Products {@code f_j w_j} are formed without dividing by {@code f_j}, so tiny masses
 * do not blow up.
 */
public final class IroningOracle {

    /**
     * Ironed weights within this fraction of the largest |weight·mass| scale are treated as zero
     * when deciding whether a class is served: they are ties at the level of rounding in the
     * cumulative sums.
     */
    public static final double ZERO_WEIGHT = 1e-12;

    private IroningOracle() {
    }

    /**
     * The optimal mechanism for {@code weights}. A class with ironed weight zero is served when
     * {@code serveZeroClasses} is true (used for the lexicographic revenue end, where serving it
     * keeps revenue and adds surplus) or when {@code λ_S > 0} (MATH §3).
     */
    public static Solution maximise(Instance instance, Weights weights, boolean serveZeroClasses) {
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        int n = instance.buyers();
        int k = instance.units();
        boolean revenueSide = weights.surplus() <= weights.revenue();
        double lr = weights.revenue();
        double ls = weights.surplus();
        boolean noSubsidy = instance.transfers() == TransferMode.NO_SUBSIDY;

        // fw[j] = f_j w_j.
        double[] fw = new double[kk];
        double scale = 0;
        for (int j = 0; j < kk; j++) {
            double rent;
            if (revenueSide) {
                rent = j + 1 < kk ? (d.value(j + 1) - d.value(j)) * d.strictUpperTail(j) : 0.0;
            } else {
                double delta = j == 0 ? (noSubsidy ? d.value(0) : 0.0) : d.value(j) - d.value(j - 1);
                rent = delta * d.upperTail(j);
            }
            fw[j] = lr * d.mass(j) * d.value(j) + (ls - lr) * rent;
            scale = Math.max(scale, Math.abs(fw[j]) / d.mass(j));
        }

        // Weighted PAVA: blocks with (sum f w, sum f), merged while a block's mean is not above its left neighbour's.
        int[] start = new int[kk];
        double[] sumFw = new double[kk];
        double[] sumF = new double[kk];
        int top = -1;
        for (int j = 0; j < kk; j++) {
            top++;
            start[top] = j;
            sumFw[top] = fw[j];
            sumF[top] = d.mass(j);
            while (top > 0 && sumFw[top - 1] * sumF[top] > sumFw[top] * sumF[top - 1]) {
                sumFw[top - 1] += sumFw[top];
                sumF[top - 1] += sumF[top];
                top--;
            }
        }
        double zero = ZERO_WEIGHT * Math.max(scale, Double.MIN_NORMAL);
        boolean serveZero = serveZeroClasses || ls > 0;
        List<IronedClass> classes = new ArrayList<>(top + 1);
        double[] x = new double[kk];
        for (int c = 0; c <= top; c++) {
            int first = start[c];
            int last = c < top ? start[c + 1] - 1 : kk - 1;
            double mean = sumFw[c] / sumF[c];
            boolean serve = mean > zero || (Math.abs(mean) <= zero && serveZero);
            double win = 0;
            if (serve) {
                double below = d.cdfBelow(first);
                double above = d.strictUpperTail(last);
                win = BorderBounds.classWinProbability(n, k, below, sumF[c], above);
                for (int j = first; j <= last; j++) {
                    x[j] = win;
                }
            }
            classes.add(new IronedClass(first, last, Math.abs(mean) <= zero ? 0.0 : mean, serve, win));
        }
        double[] u = new double[kk];
        if (revenueSide) {
            for (int j = 1; j < kk; j++) {
                u[j] = u[j - 1] + (d.value(j) - d.value(j - 1)) * x[j - 1];
            }
        } else {
            u[0] = noSubsidy ? d.value(0) * x[0] : 0.0;
            for (int j = 1; j < kk; j++) {
                u[j] = u[j - 1] + (d.value(j) - d.value(j - 1)) * x[j];
            }
        }
        return new Solution(InterimMechanism.of(x, u), classes, revenueSide);
    }

    /**
     * The oracle's answer.
     *
     * @param mechanism   the optimal interim mechanism
     * @param classes     the ironed classes, lowest first
     * @param revenueSide whether the revenue-side payment extreme was used
     */
    public record Solution(InterimMechanism mechanism, List<IronedClass> classes, boolean revenueSide) {
        public Solution {
            classes = List.copyOf(classes);
        }
    }
}
