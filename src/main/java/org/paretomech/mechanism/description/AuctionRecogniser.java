package org.paretomech.mechanism.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.oracle.IronedClass;
import org.paretomech.oracle.IroningOracle;

/**
 * Says which auction a mechanism is (MATH §3, "mechanism recogniser"), either from the ironed
 * classes of an oracle solution ({@link #describe(Instance, IroningOracle.Solution)}) or from any
 * interim mechanism, e.g. an LP solution, which has no classes
 * ({@link #describe(Instance, InterimMechanism, RecognitionTolerance)}). The definitions are those
 * of {@link AuctionDescription}; both routes give the same description of an oracle solution
 * (tested on every vertex of the bundled frontiers).
 */
public final class AuctionRecogniser {

    private AuctionRecogniser() {
    }

    /**
     * Describes an oracle solution from its classes: the reserve is the lowest support point of the
     * lowest allocated class, the pooled intervals are the allocated classes of more than one point
     * (none when {@code k >= n}, where every allocated type gets a unit), the payment side is the
     * oracle's ({@link PaymentSide#BOTH_EXTREMES} when the two coincide). Zero payments and
     * efficiency are read from the solution's mechanism with {@link RecognitionTolerance#DEFAULT}.
     *
     * @throws IllegalArgumentException if the classes do not partition the support of
     *                                  {@code instance} into consecutive runs, lowest first, with
     *                                  the allocated ones on top
     */
    public static AuctionDescription describe(Instance instance, IroningOracle.Solution solution) {
        DiscreteDistribution d = instance.distribution();
        int n = instance.buyers();
        int k = instance.units();
        List<IronedClass> classes = solution.classes();
        checkClasses(classes, d.size());
        InterimMechanism m = solution.mechanism();
        RecognitionTolerance tol = RecognitionTolerance.DEFAULT;
        PaymentSide side = paymentSide(instance, m, tol) == PaymentSide.BOTH_EXTREMES ? PaymentSide.BOTH_EXTREMES
                : PaymentSide.of(solution.revenueSide());
        List<IronedClass> served = classes.stream().filter(IronedClass::allocated).toList();
        if (served.isEmpty()) {
            return new AuctionDescription(AuctionDescription.Kind.NO_SALE, n, k, OptionalInt.empty(),
                    OptionalDouble.empty(), 0, List.of(), side, true, false, tol);
        }
        int r = served.get(0).first();
        List<PooledInterval> pooled = new ArrayList<>();
        if (k < n) {
            for (IronedClass c : served) {
                if (c.pooled()) {
                    pooled.add(new PooledInterval(c.first(), c.last(), d.value(c.first()), d.value(c.last()),
                            c.winProbability()));
                }
            }
        }
        boolean zero = zeroPayments(d, m, tol);
        boolean efficient = efficientAbove(instance, m, r, tol);
        AuctionDescription.Kind kind;
        if (r == 0 && zero && (served.size() == 1 || k >= n)) {
            kind = AuctionDescription.Kind.FREE_LOTTERY;
            pooled.clear();
        } else if (pooled.isEmpty()) {
            kind = AuctionDescription.Kind.SECOND_PRICE_WITH_RESERVE;
        } else {
            kind = AuctionDescription.Kind.POOLED;
        }
        // With k >= n every allocated type gets a unit: the classes collapse into one.
        int classCount = k >= n ? 1 : served.size();
        return new AuctionDescription(kind, n, k, OptionalInt.of(r), OptionalDouble.of(d.value(r)), classCount,
                pooled, side, zero, efficient, tol);
    }

    /**
     * {@link #describe(Instance, InterimMechanism, RecognitionTolerance)} with
     * {@link RecognitionTolerance#DEFAULT}, for mechanisms computed to rounding (oracle, closed-form
     * auctions). For LP solutions use {@link RecognitionTolerance#certified}.
     */
    public static AuctionDescription describe(Instance instance, InterimMechanism mechanism) {
        return describe(instance, mechanism, RecognitionTolerance.DEFAULT);
    }

    /**
     * Describes an arbitrary (certified) interim mechanism {@code (x, u)} that carries no classes;
     * "equal" and "zero" are meant under {@code tol}.
     *
     * <ol>
     *   <li>Allocated types: {@code x_j > tol.absolute()}; they must form an upper set
     *       {@code r..K} (monotonicity), the reserve is {@code v_r}. None:
     *       {@link AuctionDescription.Kind#NO_SALE}.</li>
     *   <li>Runs: maximal runs of consecutive allocated types whose {@code x_j} equal the run's
     *       first {@code x}; they play the role of classes.</li>
     *   <li>Efficient above the reserve: {@code x_j} equals the efficient
     *       {@link #efficientAllocation}{@code (j)} for every {@code j >= r}. Then the kind is
     *       {@link AuctionDescription.Kind#FREE_LOTTERY} if moreover {@code r = 1}, there is one run
     *       and every payment is zero, else {@link AuctionDescription.Kind#SECOND_PRICE_WITH_RESERVE}.</li>
     *   <li>Otherwise each run {@code [a, b]} must be a class of a class auction (units to the
     *       highest runs, uniform ties): every {@code x_j} in it equals
     *       {@link BorderBounds#classWinProbability}{@code (n, k, F_{a-1}, f_a + ... + f_b, 1 - F_b)};
     *       then the runs of more than one point are the pooled intervals,
     *       {@link AuctionDescription.Kind#POOLED} (or {@code FREE_LOTTERY} as above), else
     *       {@link AuctionDescription.Kind#UNRECOGNISED}.</li>
     *   <li>Payments: {@link PaymentSide#BOTH_EXTREMES} if {@code u} follows both chains (then
     *       they coincide), {@link PaymentSide#REVENUE_SIDE} or {@link PaymentSide#BUYER_SIDE} (with
     *       the instance's transfer rule for {@code u_1}) if it follows one, else
     *       {@link PaymentSide#INTERMEDIATE}.</li>
     * </ol>
     * A class of weight exactly zero (e.g. the value 0 on the buyer side) may be served or not at
     * the same objective; the oracle serves it when {@code λ_S > 0}, an LP may not, and then the two
     * descriptions differ in the reserve.
     * Adjacent classes whose winning probabilities are equal under {@code tol} (possible only for
     * masses of about {@code tol}) are merged into one run.
     *
     * @throws IllegalArgumentException for a size mismatch or an allocation that is not monotone
     *                                  (allocated types not an upper set, beyond {@code tol}: an
     *                                  allocated type below the reserve whose {@code x} exceeds the
     *                                  unallocated one above it by more than {@code tol} allows)
     */
    public static AuctionDescription describe(Instance instance, InterimMechanism mechanism, RecognitionTolerance tol) {
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        int n = instance.buyers();
        int k = instance.units();
        if (mechanism.size() != kk) {
            throw new IllegalArgumentException("mechanism has " + mechanism.size() + " types, instance has " + kk);
        }
        PaymentSide side = paymentSide(instance, mechanism, tol);
        // The reserve is the bottom of the allocated upper set, found from the top: an LP mechanism
        // is monotone only up to its certificate's slack, so a type just above the allocation
        // threshold may sit below one just under it (Palm Pilot, ojAlgo: x = 1.6e-8 below 8.7e-9).
        // Such a type is unallocated noise; an allocated type below the reserve by more than the
        // tolerance is a mechanism that is not monotone at all.
        int top = kk;
        while (top > 0 && tol.allocated(mechanism.allocation(top - 1))) {
            top--;
        }
        int r = top < kk ? top : -1;
        double threshold = top > 0 ? mechanism.allocation(top - 1) : 0.0;
        for (int j = 0; j < top - 1; j++) {
            double x = mechanism.allocation(j);
            if (tol.allocated(x) && !tol.sameProbability(x, threshold) && x > threshold) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the allocation is not monotone: x[%d] = %.3g is allocated but x[%d] = %.3g above it is not; "
                                + "check the mechanism with Certificate.check first", j, x, top - 1, threshold));
            }
        }
        boolean zero = zeroPayments(d, mechanism, tol);
        if (r < 0) {
            return new AuctionDescription(AuctionDescription.Kind.NO_SALE, n, k, OptionalInt.empty(),
                    OptionalDouble.empty(), 0, List.of(), side, zero, false, tol);
        }
        List<int[]> runs = new ArrayList<>();
        int start = r;
        for (int j = r + 1; j <= kk; j++) {
            if (j == kk || !tol.sameProbability(mechanism.allocation(j), mechanism.allocation(start))) {
                runs.add(new int[] {start, j - 1});
                start = j;
            }
        }
        boolean efficient = efficientAbove(instance, mechanism, r, tol);
        boolean classAuction = efficient || classAuction(instance, mechanism, runs, tol);
        OptionalInt reserveIndex = OptionalInt.of(r);
        OptionalDouble reserve = OptionalDouble.of(d.value(r));
        if (classAuction && r == 0 && runs.size() == 1 && zero) {
            return new AuctionDescription(AuctionDescription.Kind.FREE_LOTTERY, n, k, reserveIndex, reserve, 1, List.of(),
                    side, true, efficient, tol);
        }
        if (efficient) {
            return new AuctionDescription(AuctionDescription.Kind.SECOND_PRICE_WITH_RESERVE, n, k, reserveIndex, reserve,
                    runs.size(), List.of(), side, zero, true, tol);
        }
        if (!classAuction) {
            return new AuctionDescription(AuctionDescription.Kind.UNRECOGNISED, n, k, reserveIndex, reserve, runs.size(),
                    List.of(), side, zero, false, tol);
        }
        List<PooledInterval> pooled = new ArrayList<>();
        for (int[] run : runs) {
            if (run[1] > run[0]) {
                pooled.add(new PooledInterval(run[0], run[1], d.value(run[0]), d.value(run[1]),
                        mechanism.allocation(run[0])));
            }
        }
        return new AuctionDescription(AuctionDescription.Kind.POOLED, n, k, reserveIndex, reserve, runs.size(), pooled,
                side, zero, false, tol);
    }

    /**
     * The efficient interim allocation of support point {@code j} (zero-based): the {@code k}
     * highest values win, exact ties broken uniformly,
     * {@code classWinProbability(n, k, F_{j-1}, f_j, 1 - F_j)}.
     */
    public static double efficientAllocation(Instance instance, int j) {
        DiscreteDistribution d = instance.distribution();
        return BorderBounds.classWinProbability(instance.buyers(), instance.units(), d.cdfBelow(j), d.mass(j),
                d.strictUpperTail(j));
    }

    private static boolean classAuction(Instance instance, InterimMechanism m, List<int[]> runs, RecognitionTolerance tol) {
        DiscreteDistribution d = instance.distribution();
        for (int[] run : runs) {
            double mass = 0;
            for (int j = run[0]; j <= run[1]; j++) {
                mass += d.mass(j);
            }
            double win = BorderBounds.classWinProbability(instance.buyers(), instance.units(), d.cdfBelow(run[0]), mass,
                    d.strictUpperTail(run[1]));
            for (int j = run[0]; j <= run[1]; j++) {
                if (!tol.sameProbability(m.allocation(j), win)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean efficientAbove(Instance instance, InterimMechanism m, int r, RecognitionTolerance tol) {
        for (int j = r; j < m.size(); j++) {
            if (!tol.sameProbability(m.allocation(j), efficientAllocation(instance, j))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code p_j = v_j x_j - u_j} is zero for every type. */
    private static boolean zeroPayments(DiscreteDistribution d, InterimMechanism m, RecognitionTolerance tol) {
        double scale = scale(d);
        for (int j = 0; j < m.size(); j++) {
            if (!tol.negligibleAmount(m.payment(d, j), scale)) {
                return false;
            }
        }
        return true;
    }

    private static PaymentSide paymentSide(Instance instance, InterimMechanism m, RecognitionTolerance tol) {
        DiscreteDistribution d = instance.distribution();
        double scale = scale(d);
        boolean revenue = tol.negligibleAmount(m.utility(0), scale);
        double u1 = instance.transfers() == TransferMode.NO_SUBSIDY ? d.value(0) * m.allocation(0) : 0.0;
        boolean buyer = tol.negligibleAmount(m.utility(0) - u1, scale);
        for (int j = 1; j < m.size(); j++) {
            double delta = d.value(j) - d.value(j - 1);
            double du = m.utility(j) - m.utility(j - 1);
            revenue &= tol.negligibleAmount(du - delta * m.allocation(j - 1), scale);
            buyer &= tol.negligibleAmount(du - delta * m.allocation(j), scale);
        }
        if (revenue && buyer) {
            return PaymentSide.BOTH_EXTREMES;
        }
        return revenue ? PaymentSide.REVENUE_SIDE : buyer ? PaymentSide.BUYER_SIDE : PaymentSide.INTERMEDIATE;
    }

    private static double scale(DiscreteDistribution d) {
        return d.maxValue() > 0 ? d.maxValue() : 1.0;
    }

    private static void checkClasses(List<IronedClass> classes, int kk) {
        int next = 0;
        boolean seenAllocated = false;
        for (IronedClass c : classes) {
            if (c.first() != next || c.last() < c.first() || c.last() >= kk) {
                throw new IllegalArgumentException("ironed classes must cover the support 0.." + (kk - 1)
                        + " in consecutive runs, lowest first; class " + c + " does not start at " + next);
            }
            if (seenAllocated && !c.allocated()) {
                throw new IllegalArgumentException("allocated classes must lie above unallocated ones; class " + c
                        + " is unallocated above an allocated class");
            }
            seenAllocated |= c.allocated();
            next = c.last() + 1;
        }
        if (next != kk) {
            throw new IllegalArgumentException("ironed classes cover 0.." + (next - 1) + " but the support has " + kk
                    + " points");
        }
    }
}
