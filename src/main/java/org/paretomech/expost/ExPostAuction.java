package org.paretomech.expost;

import java.util.List;
import java.util.Locale;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.description.PaymentSide;
import org.paretomech.oracle.IronedClass;
import org.paretomech.oracle.IroningOracle;

/**
 * An auction written out in full for a small instance: for every value profile
 * {@code (t_1, ..., t_n)} (support indices, all {@code K^n} of them) the probability
 * {@code a_i(t)} that buyer {@code i} gets a unit and her payment {@code p_i(t)}. Immutable.
 *
 * <p>{@link #implement} builds the ex-post (dominant-strategy) auction behind a vertex of the
 * oracle (MATH §3):
 * <ul>
 *   <li><b>Allocation.</b> Each buyer's type falls in one ironed class. The {@code k} units go to
 *       the buyers in the highest allocated classes: going down from the top class, a class whose
 *       {@code c} members all fit in the {@code m} units left gets one unit each; otherwise each
 *       member gets {@code m / c} (uniform random tie-breaking), and lower classes get nothing.
 *       Buyers in unallocated classes never win. Averaged over the others this is exactly
 *       {@code E[clip((k - A)/(T + 1), 0, 1)]}, the oracle's {@code x_j}.</li>
 *   <li><b>Payments (discrete payment identity).</b> Fix buyer {@code i} and the others'
 *       profile {@code t_-i}; write {@code a(l) = a_i(l, t_-i)}, non-decreasing in the own index
 *       {@code l} because classes are ordered and the allocated ones lie on top, and
 *       {@code U(l) = v_l a(l) - p_i(l, t_-i)}. With discrete types, truth-telling is a dominant
 *       strategy iff {@code a} is non-decreasing and
 *       {@code Δ_l a(l-1) <= U(l) - U(l-1) <= Δ_l a(l)} for every {@code l >= 2}
 *       ({@code Δ_l = v_l - v_{l-1}}; the local conditions imply the global ones for monotone
 *       {@code a}, as in MATH §2.3). The two ends of this chain, profile by profile:
 *       <ul>
 *         <li>revenue side: {@code U(1) = 0}, {@code U(l) = U(l-1) + Δ_l a(l-1)}, i.e.
 *             {@code p_i(t) = v_t a(t) - Σ_{l < t} (v_{l+1} - v_l) a(l) = Σ_{l <= t} v_l (a(l) - a(l-1))}
 *             ({@code a(0) = 0}): each increment of winning probability is paid at the lowest
 *             support value that obtains it, the discrete critical value rounded up to the
 *             support;</li>
 *         <li>buyer side: {@code U(l) = U(l-1) + Δ_l a(l)} with {@code U(1) = v_1 a(1)}
 *             (no-subsidy) or {@code 0} (zero-lowest-utility), i.e.
 *             {@code p_i(t) = Σ_{2 <= l <= t} v_{l-1} (a(l) - a(l-1))} plus {@code v_1 a(1)} under
 *             zero-lowest-utility: each increment is paid at the support value just below.</li>
 *       </ul>
 *       Since the others' values are independent of {@code v_i}, averaging over {@code t_-i}
 *       turns each chain into the oracle's interim chain with {@code x_l = E[a(l)]}, so the
 *       interim utilities are exactly the oracle's {@code u_j}.</li>
 * </ul>
 * Consequences, checked by {@link ExPostVerifier}: ex-post IR ({@code U(1) >= 0} and the
 * increments are non-negative); payments are non-decreasing in the own value
 * ({@code p(l) - p(l-1) = v_l (a(l) - a(l-1))} on the revenue side, {@code v_{l-1}(a(l) - a(l-1))}
 * on the buyer side) and {@code p(1) >= 0}, so payments are never negative on either side and in
 * either transfer mode (values are {@code >= 0}); under zero-lowest-utility the lowest type gets
 * zero utility in every profile, under no-subsidy on the buyer side it pays nothing.
 *
 * <p>Size limit: {@code n <=} {@link #MAX_BUYERS} and {@code K <=} {@link #MAX_SUPPORT}, at most
 * {@code 6^4 = 1296} profiles; the verifier's enumeration of misreports is then
 * {@code n K^{n+1} <= 31104} comparisons.
 */
public final class ExPostAuction {

    /** Largest number of buyers {@code n} for which auctions are written out. */
    public static final int MAX_BUYERS = 4;
    /** Largest support size {@code K} for which auctions are written out. */
    public static final int MAX_SUPPORT = 6;

    private final Instance instance;
    private final double[][] allocation;
    private final double[][] payment;

    private ExPostAuction(Instance instance, double[][] allocation, double[][] payment) {
        this.instance = instance;
        this.allocation = allocation;
        this.payment = payment;
    }

    /** The ex-post auction of an oracle solution, with its classes and payment side. */
    public static ExPostAuction implement(Instance instance, IroningOracle.Solution solution) {
        return implement(instance, solution.classes(), PaymentSide.of(solution.revenueSide()));
    }

    /**
     * The ex-post auction that serves the highest allocated {@code classes} with uniform
     * tie-breaking and charges the payments of {@code side}, as described in the class comment.
     *
     * @throws IllegalArgumentException beyond the size limit, for a side other than revenue or buyer,
     *                                  or for classes that do not cover the support in consecutive
     *                                  runs (lowest first) with the allocated ones on top
     */
    public static ExPostAuction implement(Instance instance, List<IronedClass> classes, PaymentSide side) {
        checkSize(instance);
        if (side != PaymentSide.REVENUE_SIDE && side != PaymentSide.BUYER_SIDE) {
            throw new IllegalArgumentException("payment side " + side + " is not a payment rule; "
                    + "use REVENUE_SIDE or BUYER_SIDE (they give the same payments when the extremes coincide)");
        }
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        int n = instance.buyers();
        int[] classOf = classIndex(classes, kk);
        boolean[] served = new boolean[classes.size()];
        for (int c = 0; c < served.length; c++) {
            served[c] = classes.get(c).allocated();
        }
        int profiles = power(kk, n);
        double[][] a = new double[profiles][];
        for (int p = 0; p < profiles; p++) {
            a[p] = allocate(types(p, n, kk), classOf, served, instance.units());
        }
        boolean noSubsidy = instance.transfers() == TransferMode.NO_SUBSIDY;
        double[][] pay = new double[profiles][n];
        for (int p = 0; p < profiles; p++) {
            int[] t = types(p, n, kk);
            for (int i = 0; i < n; i++) {
                int stride = power(kk, i);
                int base = p - t[i] * stride;
                // U(own) along the chain of own types 0..t[i], others fixed.
                double u;
                if (side == PaymentSide.REVENUE_SIDE) {
                    u = 0;
                    for (int l = 1; l <= t[i]; l++) {
                        u += (d.value(l) - d.value(l - 1)) * a[base + (l - 1) * stride][i];
                    }
                } else {
                    u = noSubsidy ? d.value(0) * a[base][i] : 0.0;
                    for (int l = 1; l <= t[i]; l++) {
                        u += (d.value(l) - d.value(l - 1)) * a[base + l * stride][i];
                    }
                }
                pay[p][i] = d.value(t[i]) * a[p][i] - u;
            }
        }
        return new ExPostAuction(instance, a, pay);
    }

    /**
     * An auction given by explicit tables (e.g. a deliberately wrong one, to see the verifier
     * fail): {@code allocation[profile][buyer]} and {@code payment[profile][buyer]}, profiles
     * numbered as in {@link #profileIndex}.
     *
     * @throws IllegalArgumentException beyond the size limit or for tables of the wrong shape
     */
    public static ExPostAuction of(Instance instance, double[][] allocation, double[][] payment) {
        checkSize(instance);
        int profiles = power(instance.supportSize(), instance.buyers());
        if (allocation.length != profiles || payment.length != profiles) {
            throw new IllegalArgumentException("tables have " + allocation.length + " and " + payment.length
                    + " rows; expected one per profile, K^n = " + profiles);
        }
        double[][] a = new double[profiles][];
        double[][] p = new double[profiles][];
        for (int q = 0; q < profiles; q++) {
            if (allocation[q].length != instance.buyers() || payment[q].length != instance.buyers()) {
                throw new IllegalArgumentException("profile " + q + " has " + allocation[q].length + " allocations and "
                        + payment[q].length + " payments; expected one per buyer, n = " + instance.buyers());
            }
            a[q] = allocation[q].clone();
            p[q] = payment[q].clone();
        }
        return new ExPostAuction(instance, a, p);
    }

    /**
     * Throws unless {@code n <=} {@link #MAX_BUYERS} and {@code K <=} {@link #MAX_SUPPORT}.
     *
     * @throws IllegalArgumentException naming the limit
     */
    public static void checkSize(Instance instance) {
        if (instance.buyers() > MAX_BUYERS || instance.supportSize() > MAX_SUPPORT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "ex-post auctions are written out only for n <= %d buyers and K <= %d support points "
                            + "(at most %d value profiles); got n = %d, K = %d. For larger instances check the "
                            + "interim mechanism with Certificate.check instead",
                    MAX_BUYERS, MAX_SUPPORT, power(MAX_SUPPORT, MAX_BUYERS), instance.buyers(), instance.supportSize()));
        }
    }

    /** The instance. */
    public Instance instance() {
        return instance;
    }

    /** {@code n}. */
    public int buyers() {
        return instance.buyers();
    }

    /** {@code K}. */
    public int supportSize() {
        return instance.supportSize();
    }

    /** {@code K^n}. */
    public int profileCount() {
        return allocation.length;
    }

    /** The support index of buyer {@code i} in profile {@code p}: digit {@code i} of {@code p} in base {@code K}. */
    public int type(int profile, int buyer) {
        return profile / power(supportSize(), buyer) % supportSize();
    }

    /** The support indices of every buyer in profile {@code p}. */
    public int[] profile(int profile) {
        return types(profile, buyers(), supportSize());
    }

    /** The number of the profile with the given support indices: {@code Σ_i t_i K^i}. */
    public int profileIndex(int... types) {
        if (types.length != buyers()) {
            throw new IllegalArgumentException("a profile has " + buyers() + " types, got " + types.length);
        }
        int p = 0;
        for (int i = types.length - 1; i >= 0; i--) {
            if (types[i] < 0 || types[i] >= supportSize()) {
                throw new IllegalArgumentException("type " + types[i] + " of buyer " + i + " is outside 0.." + (supportSize() - 1));
            }
            p = p * supportSize() + types[i];
        }
        return p;
    }

    /** Profile {@code p} with buyer {@code i}'s type replaced by {@code type}. */
    public int withType(int profile, int buyer, int type) {
        int stride = power(supportSize(), buyer);
        return profile + (type - type(profile, buyer)) * stride;
    }

    /** Probability of profile {@code p}: {@code Π_i f_{t_i}}. */
    public double probability(int profile) {
        DiscreteDistribution d = instance.distribution();
        double q = 1;
        for (int i = 0; i < buyers(); i++) {
            q *= d.mass(type(profile, i));
        }
        return q;
    }

    /** {@code a_i(t)}: probability that buyer {@code i} gets a unit in profile {@code t}. */
    public double allocation(int profile, int buyer) {
        return allocation[profile][buyer];
    }

    /** {@code p_i(t)}: buyer {@code i}'s (expected, over the tie-breaking) payment in profile {@code t}. */
    public double payment(int profile, int buyer) {
        return payment[profile][buyer];
    }

    /** Deep copy of the allocation table, {@code [profile][buyer]}. */
    public double[][] allocations() {
        return deepCopy(allocation);
    }

    /** Deep copy of the payment table, {@code [profile][buyer]}. */
    public double[][] payments() {
        return deepCopy(payment);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Units to the highest allocated classes, ties within a class shared uniformly. */
    private static double[] allocate(int[] t, int[] classOf, boolean[] served, int k) {
        int n = t.length;
        double[] a = new double[n];
        int[] count = new int[served.length];
        for (int i = 0; i < n; i++) {
            count[classOf[t[i]]]++;
        }
        double[] share = new double[served.length];
        int left = k;
        for (int c = served.length - 1; c >= 0 && left > 0; c--) {
            if (!served[c] || count[c] == 0) {
                continue;
            }
            if (count[c] <= left) {
                share[c] = 1.0;
                left -= count[c];
            } else {
                share[c] = (double) left / count[c];
                left = 0;
            }
        }
        for (int i = 0; i < n; i++) {
            a[i] = share[classOf[t[i]]];
        }
        return a;
    }

    private static int[] classIndex(List<IronedClass> classes, int kk) {
        int[] classOf = new int[kk];
        int next = 0;
        boolean seenAllocated = false;
        for (int c = 0; c < classes.size(); c++) {
            IronedClass cl = classes.get(c);
            if (cl.first() != next || cl.last() < cl.first() || cl.last() >= kk) {
                throw new IllegalArgumentException("ironed classes must cover the support 0.." + (kk - 1)
                        + " in consecutive runs, lowest first; class " + cl + " does not start at " + next);
            }
            if (seenAllocated && !cl.allocated()) {
                throw new IllegalArgumentException("allocated classes must lie above unallocated ones; class " + cl
                        + " is unallocated above an allocated class (the allocation would not be monotone)");
            }
            seenAllocated |= cl.allocated();
            for (int j = cl.first(); j <= cl.last(); j++) {
                classOf[j] = c;
            }
            next = cl.last() + 1;
        }
        if (next != kk) {
            throw new IllegalArgumentException("ironed classes cover 0.." + (next - 1) + " but the support has " + kk + " points");
        }
        return classOf;
    }

    private static int[] types(int profile, int n, int kk) {
        int[] t = new int[n];
        int p = profile;
        for (int i = 0; i < n; i++) {
            t[i] = p % kk;
            p /= kk;
        }
        return t;
    }

    private static int power(int base, int exponent) {
        int r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= base;
        }
        return r;
    }
}
