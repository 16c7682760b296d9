package org.paretomech.mechanism.description;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Which auction sits at a point of the frontier, read off its ironed classes or its interim
 * allocation (MATH §3, "mechanism recogniser"). Built by {@link AuctionRecogniser}; immutable.
 *
 * <p>Vocabulary, for a symmetric mechanism that gives the units to the highest <em>classes</em>
 * (maximal runs of support points treated as equal bids) with uniform tie-breaking:
 * <ul>
 *   <li><b>allocated types</b>: support points with {@code x_j > 0} (above
 *       {@link RecognitionTolerance#absolute()}, which is 0 for oracle solutions); by monotonicity
 *       they are {@code v_r, ..., v_K};</li>
 *   <li><b>reserve</b>: {@code v_r}, the value of the lowest allocated support point (the lowest
 *       allocated class starts there); with {@code r = 1} (every type allocated) there is no
 *       reserve in effect;</li>
 *   <li><b>pooled interval</b>: an allocated class of more than one support point,
 *       {@code [v_first, v_last]}. When {@code k >= n} every allocated type gets a unit whatever
 *       the classes, so no interval is reported as pooled.</li>
 * </ul>
 *
 * @param kind                  the shape, see {@link Kind}
 * @param buyers                {@code n}
 * @param units                 {@code k}
 * @param reserveIndex          zero-based index {@code r} of the lowest allocated support point; empty
 *                              for {@link Kind#NO_SALE}
 * @param reserve               {@code v_r}; empty for {@link Kind#NO_SALE}
 * @param servedClasses         number of allocated classes (for a mechanism given by its interim
 *                              allocation: number of maximal runs of equal {@code x_j}); 1 when
 *                              {@code k >= n}, where every allocated type gets a unit
 * @param pooledIntervals       the pooled intervals, lowest first (empty unless {@link Kind#POOLED})
 * @param paymentSide           which IC payments accompany the allocation
 * @param zeroPayments          whether every interim payment {@code p_j = v_j x_j - u_j} is zero
 *                              (under {@code tolerance}, relative to the largest value)
 * @param efficientAboveReserve whether {@code x_j} equals the efficient allocation (the {@code k}
 *                              highest values win, ties uniform,
 *                              {@link org.paretomech.mechanism.BorderBounds#classWinProbability}
 *                              per support point) for every allocated type, within {@code tolerance}
 * @param tolerance             the tolerance used for these comparisons
 */
public record AuctionDescription(Kind kind, int buyers, int units, OptionalInt reserveIndex, OptionalDouble reserve,
                                 int servedClasses, List<PooledInterval> pooledIntervals, PaymentSide paymentSide,
                                 boolean zeroPayments, boolean efficientAboveReserve,
                                 RecognitionTolerance tolerance) {

    /** Most pooled intervals {@link #text()} lists one by one. */
    public static final int LISTED_INTERVALS = 4;

    /**
     * The shape of the mechanism. The kinds are disjoint; {@link AuctionRecogniser} documents the
     * order of its tests.
     */
    public enum Kind {
        /** Nothing is allocated: {@code x_j = 0} for every type. */
        NO_SALE,
        /**
         * Every type is allocated, all with the same probability (one class covering the whole
         * support, or {@code k >= n}), and every payment is zero: a lottery of the {@code k} units
         * among all bidders at no charge.
         */
        FREE_LOTTERY,
        /**
         * "Second-price auction with reserve {@code r}": no pooled allocated class, i.e. the
         * allocation is the efficient one above the reserve (the {@code k} highest bids at or above
         * {@code r} win, exact ties broken uniformly), whatever the payments. For {@code k > 1} it
         * is the uniform-price ({@code (k+1)}-st price) auction.
         */
        SECOND_PRICE_WITH_RESERVE,
        /**
         * At least one allocated class holds more than one support point: bids within each pooled
         * interval count as equal. Pooling at the bottom of the allocated range only (the lowest
         * allocated class is the one pooled interval, with a higher class above it) is the
         * "indirect Vickrey" shape, see {@link AuctionDescription#indirectVickrey()}.
         */
        POOLED,
        /**
         * Only for a mechanism given by its interim allocation: {@code x} is not the allocation of
         * any class auction (highest classes win, uniform ties), e.g. a mixture of two auctions
         * (a non-vertex point of a frontier edge).
         */
        UNRECOGNISED
    }

    /** Copies the list and checks that the fields agree with the kind. */
    public AuctionDescription {
        pooledIntervals = List.copyOf(pooledIntervals);
        if (kind == null || paymentSide == null || reserveIndex == null || reserve == null || tolerance == null) {
            throw new IllegalArgumentException("kind, paymentSide, reserveIndex, reserve and tolerance must be given");
        }
        if ((kind == Kind.NO_SALE) != reserveIndex.isEmpty() || reserveIndex.isPresent() != reserve.isPresent()) {
            throw new IllegalArgumentException("a reserve is present exactly when something is sold; kind " + kind
                    + ", reserveIndex " + reserveIndex + ", reserve " + reserve);
        }
        if ((kind == Kind.POOLED) != !pooledIntervals.isEmpty() && kind != Kind.UNRECOGNISED) {
            throw new IllegalArgumentException("pooled intervals are listed exactly for kind POOLED; kind " + kind
                    + " has " + pooledIntervals.size());
        }
        if (buyers < 1 || units < 1 || units > buyers) {
            throw new IllegalArgumentException("buyers = " + buyers + ", units = " + units + "; expected 1 <= units <= buyers");
        }
    }

    /**
     * Whether this is the "indirect Vickrey" shape (MATH §3; the buyer-side shape the paper finds
     * for MHR distributions): kind {@link Kind#POOLED}, the only pooled interval is the lowest
     * allocated class, and at least one allocated class lies above it, so low bids share a lottery
     * while high bids compete as in a second-price auction. A lone allocated value {@code v_1 = 0}
     * below the pool ({@link #zeroBidServedSeparately()}) does not count: its value is zero, so
     * serving it changes no surplus, and on the buyer side it moves no one's payment.
     */
    public boolean indirectVickrey() {
        if (kind != Kind.POOLED || pooledIntervals.size() != 1) {
            return false;
        }
        int lowClasses = zeroBidServedSeparately() ? 1 : 0;
        int bottom = reserveIndex.getAsInt() + lowClasses;
        return pooledIntervals.get(0).first() == bottom && servedClasses > 1 + lowClasses;
    }

    /**
     * Whether the lowest allocated class is the single value {@code v_1 = 0} with higher classes
     * above it: zero bids are served only with units nobody else takes (typical of the surplus
     * side with no-subsidy, where serving a zero value is free).
     */
    public boolean zeroBidServedSeparately() {
        return reserveIndex.isPresent() && reserveIndex.getAsInt() == 0 && reserve.getAsDouble() == 0
                && servedClasses > 1 && (pooledIntervals.isEmpty() || pooledIntervals.get(0).first() > 0);
    }

    /**
     * A sentence a person understands, about the allocation (the payment rule is
     * {@link PaymentSide#description()}). Examples: {@code "second-price auction, reserve 182"},
     * {@code "second-price auction, reserve 0.5, bids in [0.5, 0.62] pooled"},
     * {@code "second-price auction, reserve 150, bids in [150, 168], [170, 173], [175, 199] and 12 more
     * intervals pooled"},
     * {@code "second-price auction, no reserve"} (every type allocated),
     * {@code "lottery among bids of at least 2"} (one pooled class above a reserve),
     * {@code "free lottery among positive bids; bids of 0 get only units left over"} (one pooled
     * class above a separately served zero value), {@code "free lottery among all bidders"},
     * {@code "no sale"}. With zero payments an auction
     * reads {@code "free allocation to the highest bid, ..."}; with {@code k > 1} units
     * {@code "uniform-price auction of 2 units, ..."}; with {@code k >= n}
     * {@code "every bid of at least r gets a unit"}. Numbers have six significant digits.
     */
    public String text() {
        if (kind == Kind.NO_SALE) {
            return "no sale";
        }
        int r = reserveIndex.getAsInt();
        String from = r == 0 ? "all bidders" : "bids of at least " + number(reserve.getAsDouble());
        if (kind == Kind.FREE_LOTTERY) {
            return units >= buyers ? "every bidder gets a unit for free"
                    : units == 1 ? "free lottery among all bidders" : "free lottery of " + units + " units among all bidders";
        }
        if (kind == Kind.UNRECOGNISED) {
            return "not a class auction (e.g. a mixture of auctions); allocated from " + number(reserve.getAsDouble());
        }
        String free = zeroPayments ? " for free" : "";
        if (units >= buyers) {
            return (r == 0 ? "every bidder gets a unit" : "every bid of at least " + number(reserve.getAsDouble())
                    + " gets a unit") + free;
        }
        String lottery = (zeroPayments ? "free " : "") + (units == 1 ? "lottery" : "lottery of " + units + " units");
        if (kind == Kind.POOLED && servedClasses == 1) {
            return lottery + " among " + from;
        }
        if (kind == Kind.POOLED && servedClasses == 2 && zeroBidServedSeparately() && pooledIntervals.size() == 1) {
            return lottery + " among positive bids; bids of 0 get only units left over";
        }
        StringBuilder sb = new StringBuilder();
        if (zeroPayments) {
            sb.append(units == 1 ? "free allocation to the highest bid" : "free allocation of " + units + " units to the highest bids");
        } else {
            sb.append(units == 1 ? "second-price auction" : "uniform-price auction of " + units + " units");
        }
        sb.append(r == 0 ? ", no reserve" : ", reserve " + number(reserve.getAsDouble()));
        if (!pooledIntervals.isEmpty()) {
            sb.append(", bids in ").append(listIntervals()).append(" pooled");
        }
        return sb.toString();
    }

    /**
     * {@code [a, b]}, {@code [a, b] and [c, d]}, {@code [a, b], [c, d] and [e, f]}; beyond
     * {@link #LISTED_INTERVALS} intervals the first ones and how many more (all are in
     * {@link #pooledIntervals()}).
     */
    private String listIntervals() {
        List<String> texts = pooledIntervals.stream().map(PooledInterval::text).collect(Collectors.toList());
        if (texts.size() > LISTED_INTERVALS) {
            int more = texts.size() - (LISTED_INTERVALS - 1);
            texts = new java.util.ArrayList<>(texts.subList(0, LISTED_INTERVALS - 1));
            texts.add(more + " more intervals");
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }

    /** Six significant digits, trailing zeros removed, no exponent for ordinary magnitudes. */
    static String number(double x) {
        if (x == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : "e" + Integer.parseInt(s.substring(e + 1));
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
