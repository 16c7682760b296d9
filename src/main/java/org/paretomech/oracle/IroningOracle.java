package org.paretomech.oracle;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
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
 * {@code g⁺_j}. Products {@code f_j g_j} are formed without dividing by {@code f_j}, so tiny masses
 * do not blow up.
 *
 * <p>An instance is prepared once ({@link #prepare}): information rents and the win probability
 * of every single support point are computed up front, so a call costs a few passes over
 * {@code K} doubles and no transcendental function. A prepared oracle is thread-safe (concurrent
 * calls take separate working arrays).
 */
public final class IroningOracle {

    /**
     * A class's ironed weight is treated as zero, when deciding whether it is served, if it lies
     * within this fraction of the mass-weighted mean of its members' |weights|: a tie at the level
     * of rounding in its own sums. (Scaling by the largest |weight| over all types was wrong: the rent
     * of a 1e-12 mass made that scale 1e12 and a class with virtual value -0.5 counted as zero.)
     */
    public static final double ZERO_WEIGHT = 1e-12;

    private final Instance instance;
    private final double[] values;
    private final double[] masses;
    private final double[] massValue;
    private final double[] rentRevenueSide;
    private final double[] rentBuyerSide;
    private final double[] singleWin;
    /** Idle PAVA stacks; a call takes one (or makes one) and returns it, so concurrent calls never share. */
    private final ConcurrentLinkedDeque<Scratch> idle = new ConcurrentLinkedDeque<>();

    private IroningOracle(Instance instance) {
        this.instance = instance;
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        int n = instance.buyers();
        int k = instance.units();
        boolean noSubsidy = instance.transfers() == TransferMode.NO_SUBSIDY;
        values = d.values();
        masses = d.masses();
        massValue = new double[kk];
        rentRevenueSide = new double[kk];
        rentBuyerSide = new double[kk];
        singleWin = new double[kk];
        for (int j = 0; j < kk; j++) {
            massValue[j] = masses[j] * values[j];
            // f_j g⁻_j = (v_{j+1} - v_j)(1 - F_j); f_j g⁺_j = Δ_j (1 - F_{j-1}), Δ_1 = v_1 or 0.
            rentRevenueSide[j] = j + 1 < kk ? (values[j + 1] - values[j]) * d.strictUpperTail(j) : 0.0;
            double delta = j == 0 ? (noSubsidy ? values[0] : 0.0) : values[j] - values[j - 1];
            rentBuyerSide[j] = delta * d.upperTail(j);
            singleWin[j] = BorderBounds.classWinProbability(n, k, d.cdfBelow(j), masses[j], d.strictUpperTail(j));
        }
    }

    /** Precomputes the instance's rents and single-point win probabilities. */
    public static IroningOracle prepare(Instance instance) {
        return new IroningOracle(instance);
    }

    /** {@code prepare(instance).maximise(weights, serveZeroClasses)}. */
    public static Solution maximise(Instance instance, Weights weights, boolean serveZeroClasses) {
        return prepare(instance).maximise(weights, serveZeroClasses);
    }

    /** The prepared instance. */
    public Instance instance() {
        return instance;
    }

    /**
     * The optimal mechanism for {@code weights} with its ironed classes. A class with ironed weight
     * zero is served when {@code serveZeroClasses} is true (used for the lexicographic revenue end,
     * where serving it keeps revenue and adds surplus) or when {@code λ_S > 0} (MATH §3).
     */
    public Solution maximise(Weights weights, boolean serveZeroClasses) {
        ClassRecord record = new ClassRecord();
        InterimMechanism m = solve(weights, serveZeroClasses, record);
        return new Solution(m, record.freeze(values.length), weights.surplus() <= weights.revenue());
    }

    /**
     * The mechanism of {@link #maximise} alone, without materialising the ironed classes: what a
     * frontier trace needs, at a lower cost per call.
     */
    public InterimMechanism mechanism(Weights weights, boolean serveZeroClasses) {
        return solve(weights, serveZeroClasses, null);
    }

    private InterimMechanism solve(Weights weights, boolean serveZeroClasses, ClassRecord record) {
        int kk = values.length;
        boolean revenueSide = weights.surplus() <= weights.revenue();
        double lr = weights.revenue();
        double ls = weights.surplus();
        double[] rent = revenueSide ? rentRevenueSide : rentBuyerSide;

        // Weighted PAVA over (Σ f w, Σ f) blocks; merge while the left block's mean exceeds the right's.
        // The open block lives in locals; closed blocks on the per-thread stacks.
        Scratch pava = idle.poll();
        if (pava == null) {
            pava = new Scratch(kk);
        }
        int[] start = pava.start;
        double[] sumFw = pava.sumFw;
        double[] sumF = pava.sumF;
        int top = -1;
        int openStart = 0;
        double openFw = 0;
        double openF = 0;
        double largest = 0;
        for (int j = 0; j < kk; j++) {
            double f = masses[j];
            double fw = lr * massValue[j] + (ls - lr) * rent[j];
            double abs = Math.abs(fw);
            if (abs > largest * f) {
                largest = abs / f;
            }
            if (j > 0) {
                top++;
                start[top] = openStart;
                sumFw[top] = openFw;
                sumF[top] = openF;
            }
            openStart = j;
            openFw = fw;
            openF = f;
            while (top >= 0 && sumFw[top] * openF > openFw * sumF[top]) {
                openFw = sumFw[top] + openFw;
                openF = sumF[top] + openF;
                openStart = start[top];
                top--;
            }
        }
        top++;
        start[top] = openStart;
        sumFw[top] = openFw;
        sumF[top] = openF;
        // A class's own zero threshold is at most this (its members' mean |weight| <= the largest).
        double zeroBound = ZERO_WEIGHT * largest;
        double[] rentUsed = rent;
        int classes = top + 1;
        boolean serveZero = serveZeroClasses || ls > 0;
        boolean noSubsidy = instance.transfers() == TransferMode.NO_SUBSIDY;
        if (record != null) {
            record.allocate(classes);
        }
        InterimMechanism mechanism = InterimMechanism.compute(kk, (x, u) -> {
            // One pass over the classes: x is constant on each; u follows the side's payment extreme.
            double previousX = 0;
            double utility = 0;
            for (int c = 0; c < classes; c++) {
                int first = start[c];
                int end = c + 1 < classes ? start[c + 1] : kk;
                double m = sumFw[c] / sumF[c];
                double zero = Math.abs(m) <= zeroBound ? zeroThreshold(first, end, lr, ls, rentUsed, sumF[c]) : 0.0;
                boolean served = m > zero || (Math.abs(m) <= zero && serveZero);
                double xc = !served ? 0.0 : end - first == 1 ? singleWin[first] : pooledWin(first, end - 1);
                if (record != null) {
                    record.set(c, first, Math.abs(m) <= zero ? 0.0 : m, served, xc);
                }
                for (int j = first; j < end; j++) {
                    if (j == 0) {
                        utility = !revenueSide && noSubsidy ? values[0] * xc : 0.0;
                    } else {
                        utility += (values[j] - values[j - 1]) * (revenueSide ? previousX : xc);
                    }
                    x[j] = xc;
                    u[j] = utility;
                    previousX = xc;
                }
            }
        });
        idle.push(pava);
        return mechanism;
    }

    /** The ironed classes of one call, filled during the mechanism pass. */
    private static final class ClassRecord {
        private int[] start;
        private double[] mean;
        private boolean[] served;
        private double[] win;

        void allocate(int classes) {
            start = new int[classes];
            mean = new double[classes];
            served = new boolean[classes];
            win = new double[classes];
        }

        void set(int c, int first, double ironedMean, boolean isServed, double winProbability) {
            start[c] = first;
            mean[c] = ironedMean;
            served[c] = isServed;
            win[c] = winProbability;
        }

        List<IronedClass> freeze(int size) {
            return new Classes(start, start.length, size, mean, served, win);
        }
    }

    /**
     * {@link #ZERO_WEIGHT} times the mass-weighted mean |weight| of types {@code first..end-1}
     * (computed only for classes whose ironed weight is near zero).
     */
    private double zeroThreshold(int first, int end, double lr, double ls, double[] rent, double mass) {
        double sumAbs = 0;
        for (int j = first; j < end; j++) {
            sumAbs += Math.abs(lr * massValue[j] + (ls - lr) * rent[j]);
        }
        return ZERO_WEIGHT * sumAbs / mass;
    }

    /**
     * Win probability of the pooled class {@code first..last}: the mass-weighted mean of its members'
     * single-point win probabilities. With {@code B} the expected number of units won by a set of
     * probability {@code T} (MATH §2.1), {@code f_j s_j = (B(H_j + f_j) - B(H_j)) / n} telescopes over
     * the class to {@code (B(H + q) - B(H)) / n}, the pooled formula of MATH §3; the sum of positive
     * terms has no cancellation and costs no transcendental functions.
     */
    private double pooledWin(int first, int last) {
        double weighted = 0;
        double mass = 0;
        for (int j = first; j <= last; j++) {
            weighted += masses[j] * singleWin[j];
            mass += masses[j];
        }
        return Math.min(1.0, weighted / mass);
    }

    /**
     * Stacks of the pool-adjacent-violators pass, reused across calls: allocating three arrays of
     * K per call would dominate the cost of a call at large K.
     */
    private static final class Scratch {
        final int[] start;
        final double[] sumFw;
        final double[] sumF;

        Scratch(int size) {
            start = new int[size];
            sumFw = new double[size];
            sumF = new double[size];
        }
    }

    /** The ironed classes as a compact, immutable list view (no object per class until asked). */
    private static final class Classes extends AbstractList<IronedClass> {
        private final int[] start;
        private final int count;
        private final int size;
        private final double[] mean;
        private final boolean[] served;
        private final double[] win;

        Classes(int[] start, int count, int size, double[] mean, boolean[] served, double[] win) {
            this.start = start;
            this.count = count;
            this.size = size;
            this.mean = mean;
            this.served = served;
            this.win = win;
        }

        @Override
        public IronedClass get(int c) {
            if (c < 0 || c >= count) {
                throw new IndexOutOfBoundsException(c);
            }
            int last = c + 1 < count ? start[c + 1] - 1 : size - 1;
            return new IronedClass(start[c], last, mean[c], served[c], win[c]);
        }

        @Override
        public int size() {
            return count;
        }
    }

    /**
     * The oracle's answer.
     *
     * @param mechanism   the optimal interim mechanism
     * @param classes     the ironed classes, lowest first (an unmodifiable list)
     * @param revenueSide whether the revenue-side payment extreme was used
     */
    public record Solution(InterimMechanism mechanism, List<IronedClass> classes, boolean revenueSide) {
    }
}
