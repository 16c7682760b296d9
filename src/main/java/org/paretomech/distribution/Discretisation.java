package org.paretomech.distribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * Discretisation of a {@link ContinuousFamily} into a {@link DiscreteDistribution} (MATH §8).
 *
 * <p><b>Bins.</b> The range {@code [lo, hi]} (by default the support) is cut into {@code K} bins:
 * <ul>
 *   <li>{@link Binning#EQUAL_WIDTH}: edges {@code e_j = lo + j (hi - lo)/K}; the mass of a bin is
 *       a difference of the CDF, or of the upper tail {@code 1 - F} for bins above the median,
 *       so that small tail masses keep their relative accuracy;</li>
 *   <li>{@link Binning#EQUAL_PROBABILITY}: edges {@code e_j = Q(j/K)}, bin {@code j} holds the
 *       quantiles {@code [j/K, (j+1)/K)} and gets mass exactly {@code 1/K}; edges above the median
 *       are computed from the upper tail {@code 1 - j/K}.</li>
 * </ul>
 * Default: equal-width on the support of a bounded family, equal-probability otherwise. MATH §8:
 * the tail mass of an unbounded family is never dumped on the last point. Equal-width bins on an
 * unbounded family need an explicit {@code hi}; the mass above {@code hi} (and below {@code lo})
 * is then dropped and the rest renormalised, i.e. the family is <em>truncated</em> to
 * {@code [lo, hi]}. With equal-probability bins, a given {@code lo}/{@code hi} truncates in the same
 * way and the bins hold equal shares of the truncated distribution.
 *
 * <p><b>Points</b> ({@link Scheme}): the bin's lower edge (a certified lower bound on the
 * continuous optimum, O(h²) error), its midpoint, its conditional mean, or its upper edge (an
 * upper estimate).
 *
 * <p><b>Equal revenue.</b> The atom of mass {@code 1/H} at {@code H} is its own (top) support
 * point; the {@code K} bins cover the continuous part on {@code [1, H)}, so the result has up to
 * {@code K + 1} points.
 *
 * <p><b>Clean-up.</b> Bins of zero mass (outside the support, or whose mass underflows) are
 * dropped; points that coincide (e.g. the right edge of the top equal-revenue bin and the atom,
 * or edges that round to the same double for huge {@code K}) are merged by adding their masses,
 * so values are strictly increasing. Everything is deterministic.
 */
public final class Discretisation {

    /** Largest number of bins accepted. */
    public static final int MAX_POINTS = 10_000_000;

    private Discretisation() {
    }

    /** Where a bin's support point sits. */
    public enum Scheme {
        /** The bin's lower edge: values rounded down; a lower bound on continuous revenue. */
        LEFT("left"),
        /**
         * The bin's midpoint in the coordinate of the binning: {@code (e_j + e_{j+1})/2} for
         * equal-width bins, the quantile {@code Q((j + 1/2)/K)} (the bin's conditional median) for
         * equal-probability bins, which stays finite for the unbounded last bin.
         */
        MID("mid"),
        /** The conditional mean {@code E[V | e_j <= V < e_{j+1}]} (closed form per family). */
        MEAN("mean"),
        /** The bin's upper edge: values rounded up; an upper estimate. */
        RIGHT("right");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        /** The label used on the command line and in {@code source}, e.g. {@code left}. */
        public String label() {
            return label;
        }

        /**
         * The scheme with this label (ignoring case and surrounding blanks).
         *
         * @throws IllegalArgumentException listing the accepted labels
         */
        public static Scheme parse(String label) {
            for (Scheme s : values()) {
                if (label != null && s.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new IllegalArgumentException("scheme \"" + label + "\" is unknown; use one of left, mid, mean, right");
        }
    }

    /** How the range is cut into bins. */
    public enum Binning {
        /** {@code K} bins of equal width on {@code [lo, hi]}. */
        EQUAL_WIDTH("equal-width"),
        /** {@code K} bins of equal probability {@code 1/K}: bin {@code j} holds quantiles {@code [j/K, (j+1)/K)}. */
        EQUAL_PROBABILITY("equal-probability");

        private final String label;

        Binning(String label) {
            this.label = label;
        }

        /** The label used on the command line and in {@code source}, e.g. {@code equal-width}. */
        public String label() {
            return label;
        }

        /**
         * The binning with this label (ignoring case and surrounding blanks).
         *
         * @throws IllegalArgumentException listing the accepted labels
         */
        public static Binning parse(String label) {
            for (Binning b : values()) {
                if (label != null && b.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return b;
                }
            }
            throw new IllegalArgumentException(
                    "binning \"" + label + "\" is unknown; use one of equal-width, equal-probability");
        }
    }

    /**
     * What to do. Checked on construction; the checks that depend on the family (a finite
     * {@code hi} for equal-width bins on an unbounded support, a finite last edge for
     * {@code right}, a finite mean for {@code mean}) happen in {@link #discretise}.
     *
     * @param points  number of bins {@code K}, {@code 1 <= K <=} {@link #MAX_POINTS}
     * @param scheme  where each bin's point sits
     * @param binning the binning, or empty for the default (equal-width on a bounded support,
     *                equal-probability on an unbounded one)
     * @param lo      lower end of the binned range, finite and {@code >= 0}; empty for the lower end
     *                of the support
     * @param hi      upper end, finite and {@code > lo}; empty for the upper end of the support
     */
    public record Options(int points, Scheme scheme, Optional<Binning> binning, OptionalDouble lo, OptionalDouble hi) {

        /** Validates the arguments, quoting the bad value and the fix. */
        public Options {
            if (points < 1) {
                throw new IllegalArgumentException("points = " + points + "; use at least 1");
            }
            if (points > MAX_POINTS) {
                throw new IllegalArgumentException("points = " + points + " exceeds the limit " + MAX_POINTS
                        + "; use at most " + MAX_POINTS + " (a convergence study K, 2K, 4K, ... says more than "
                        + "one huge grid)");
            }
            if (scheme == null) {
                throw new IllegalArgumentException("scheme is null; use one of left, mid, mean, right");
            }
            if (binning == null || lo == null || hi == null) {
                throw new IllegalArgumentException("binning, lo and hi must be Optional values (possibly empty), not null");
            }
            if (lo.isPresent()) {
                double l = lo.getAsDouble();
                if (!Double.isFinite(l)) {
                    throw new IllegalArgumentException("lo = " + NumberText.exact(l)
                            + " is not a finite number; give a finite lo >= 0 or omit it");
                }
                if (l < 0) {
                    throw new IllegalArgumentException("lo = " + NumberText.exact(l)
                            + " is negative; values are non-negative, give lo >= 0 or omit it");
                }
            }
            if (hi.isPresent()) {
                double h = hi.getAsDouble();
                if (!Double.isFinite(h)) {
                    throw new IllegalArgumentException("hi = " + NumberText.exact(h)
                            + " is not a finite number; give a finite hi or omit it to bin the whole support");
                }
                if (lo.isPresent() && !(h > lo.getAsDouble())) {
                    throw new IllegalArgumentException("hi = " + NumberText.exact(h) + " must be > lo = "
                            + NumberText.exact(lo.getAsDouble()) + "; give hi > lo");
                }
                if (h <= 0) {
                    throw new IllegalArgumentException("hi = " + NumberText.exact(h) + " must be > 0; give hi > lo >= 0");
                }
            }
        }

        /** {@code K} bins with the given scheme, default binning, whole support. */
        public static Options of(int points, Scheme scheme) {
            return new Options(points, scheme, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }

        /** The same options with the given binning. */
        public Options withBinning(Binning b) {
            if (b == null) {
                throw new IllegalArgumentException("binning is null; use equal-width or equal-probability");
            }
            return new Options(points, scheme, Optional.of(b), lo, hi);
        }

        /** The same options with the given lower end of the range. */
        public Options withLo(double value) {
            return new Options(points, scheme, binning, OptionalDouble.of(value), hi);
        }

        /** The same options with the given upper end of the range (truncation for unbounded families). */
        public Options withHi(double value) {
            return new Options(points, scheme, binning, lo, OptionalDouble.of(value));
        }
    }

    /** {@link #discretise(ContinuousFamily, Options)} with the default binning on the whole support. */
    public static DiscretisedFamily discretise(ContinuousFamily family, int points, Scheme scheme) {
        return discretise(family, Options.of(points, scheme));
    }

    /**
     * Discretises {@code family} as described in the class comment.
     *
     * <p>Accuracy: bin masses are exact up to rounding of the CDF (a few ulps relative to the
     * smaller tail); equal-probability edges carry the quantile error
     * {@link ContinuousFamily#INVERSE_ACCURACY}; {@code mean} points are closed forms (partial
     * expectations via the size-biased law), so the discrete mean telescopes to the continuous
     * mean up to rounding. The conditional mean of a very narrow bin loses relative accuracy
     * (about {@code 1e-16 / mass}) and is clamped into its bin.
     *
     * @throws IllegalArgumentException for equal-width bins on an unbounded support without
     *                                  {@code hi}; for {@code right} or {@code mean} when the last
     *                                  bin is unbounded and its edge or mean is infinite; for a
     *                                  range {@code [lo, hi]} that carries no mass
     */
    public static DiscretisedFamily discretise(ContinuousFamily family, Options options) {
        if (family == null) {
            throw new IllegalArgumentException("family is null; build one with ContinuousFamily.of(name, parameters)");
        }
        if (options == null) {
            throw new IllegalArgumentException("options are null; use Discretisation.Options.of(points, scheme)");
        }
        return new Run(family, options).run();
    }

    /** One discretisation: the resolved range and masses, then a single pass over the bins. */
    private static final class Run {
        private final ContinuousFamily family;
        private final int k;
        private final Scheme scheme;
        private final Binning binning;
        private final boolean defaultBinning;
        private final double lo;
        private final double hi;
        private final double first;
        private final double last;
        private final double below;
        private final double above;
        private final double inRange;
        private final double atom;
        private final boolean atomKept;
        private final double truncated;
        private final double median;

        private double[] values;
        private double[] masses;
        private int count;
        private int dropped;
        private int merged;

        Run(ContinuousFamily family, Options options) {
            this.family = family;
            this.k = options.points();
            this.scheme = options.scheme();
            this.defaultBinning = options.binning().isEmpty();
            this.binning = options.binning().orElse(family.bounded() ? Binning.EQUAL_WIDTH : Binning.EQUAL_PROBABILITY);
            double supLo = family.supportLowerBound();
            double supHi = family.supportUpperBound();
            this.lo = options.lo().orElse(supLo);
            this.hi = options.hi().orElse(supHi);
            if (binning == Binning.EQUAL_WIDTH && hi == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "equal-width bins need a finite upper end, but %s has the unbounded support [%s, +inf); "
                                + "give \"range\": [lo, hi] (e.g. hi = the 0.999 quantile %s; the mass above hi is dropped "
                                + "and the rest renormalised) or use equal-probability bins",
                        family.describe(), NumberText.exact(supLo), NumberText.approx(family.quantile(0.999))));
            }
            if (!(hi > lo)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the range [lo, hi] = [%s, %s] is empty (%s has the support [%s, %s]); give lo < hi",
                        NumberText.exact(lo), NumberText.exact(hi), family.describe(), NumberText.exact(supLo),
                        NumberText.exact(supHi)));
            }
            this.first = Math.max(lo, supLo);
            this.last = Math.min(hi, supHi);
            this.atom = family.upperAtomMass();
            this.atomKept = atom > 0 && lo <= supHi && supHi <= hi;
            this.below = family.continuousCdf(lo);
            this.above = hi == Double.POSITIVE_INFINITY ? 0.0 : family.continuousSurvival(hi);
            this.inRange = first < last ? family.continuousMassBetween(first, last) : 0.0;
            double kept = inRange + (atomKept ? atom : 0.0);
            if (!(kept > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the range [%s, %s] carries no mass of %s; choose a range that meets the support [%s, %s]",
                        NumberText.exact(lo), NumberText.exact(hi), family.describe(),
                        NumberText.exact(supLo), NumberText.exact(supHi)));
            }
            this.truncated = below + above + (atom > 0 && !atomKept ? atom : 0.0);
            this.median = family.continuousQuantile(0.5 * family.continuousMass());
            if (last == Double.POSITIVE_INFINITY && scheme == Scheme.RIGHT) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "scheme right puts the top point at the upper edge of the last bin [%s, +inf) of %s, "
                                + "which is infinite; use left, mid or mean, or give \"range\": [lo, hi] to truncate",
                        NumberText.approx(edge(k - 1)), family.describe()));
            }
            if (last == Double.POSITIVE_INFINITY && scheme == Scheme.MEAN && !(family.mean() < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "scheme mean needs the conditional mean of the last bin [%s, +inf), but %s has an infinite "
                                + "mean (E[V] = +inf); use left or mid, or give \"range\": [lo, hi] to truncate",
                        NumberText.approx(edge(k - 1)), family.describe()));
            }
        }

        DiscretisedFamily run() {
            values = new double[k + 1];
            masses = new double[k + 1];
            if (inRange > 0) {
                bins();
            } else {
                dropped = k;
            }
            if (atomKept) {
                insertAtom(family.supportUpperBound(), atom);
            }
            double[] v = Arrays.copyOf(values, count);
            double[] m = Arrays.copyOf(masses, count);
            values = null;
            masses = null;
            checkRepresentable(v);
            DiscreteDistribution distribution = DiscreteDistribution.ofWeights(v, m);
            return new DiscretisedFamily(family, distribution, binning, scheme, k, binning == Binning.EQUAL_WIDTH ? lo : first,
                    binning == Binning.EQUAL_WIDTH ? hi : last, truncated, dropped, merged, source(distribution.size()));
        }

        /**
         * The range checks of {@link DiscreteDistribution} ({@link DiscreteDistribution#MAX_VALUE},
         * {@link DiscreteDistribution#MIN_LARGEST_VALUE}, {@link DiscreteDistribution#MIN_RELATIVE_SPACING}),
         * made here so that the advice is about the family and its grid (points, binning, range,
         * parameters) rather than about editing explicit values.
         */
        private void checkRepresentable(double[] v) {
            if (v.length == 0) {
                return;
            }
            double max = v[v.length - 1];
            String grid = String.format(Locale.ROOT, "%s on K = %d %s bins (%s points)", family.describe(), k,
                    binning.label(), scheme.label());
            if (max > DiscreteDistribution.MAX_VALUE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s reaches the value %s, above %s, where double precision no longer holds the sums this "
                                + "tool forms; cut the tail with a \"range\" such as [%s, %s], "
                                + "use fewer \"points\", or rescale the family (a smaller scale, a larger rate)",
                        grid, NumberText.approx(max), NumberText.exact(DiscreteDistribution.MAX_VALUE),
                        NumberText.exact(Math.max(lo, family.supportLowerBound())),
                        NumberText.approx(Math.min(q999(), DiscreteDistribution.MAX_VALUE))));
            }
            if (max > 0 && max < DiscreteDistribution.MIN_LARGEST_VALUE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s has its largest value %s below %s, where revenue and surplus would underflow; "
                                + "rescale the family (a larger scale or hi, a smaller rate)", grid, NumberText.approx(max),
                        NumberText.exact(DiscreteDistribution.MIN_LARGEST_VALUE)));
            }
            for (int j = 1; j < v.length; j++) {
                if (v[j] - v[j - 1] < DiscreteDistribution.MIN_RELATIVE_SPACING * max) {
                    String binningFix = binning == Binning.EQUAL_PROBABILITY
                            ? String.format(Locale.ROOT, "\"binning\": \"equal-width\" with a \"range\" such as "
                                    + "[%s, %s] (the 0.999 quantile; equal-width points are evenly spaced), ",
                                    NumberText.exact(Math.max(lo, family.supportLowerBound())), NumberText.approx(q999()))
                            : "";
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s puts points %d and %d at %s and %s, closer than %s of the largest value %s, which "
                                    + "double precision cannot resolve; discretise it differently: %sfewer \"points\" "
                                    + "than %d, or a less extreme parameter",
                            grid, j - 1, j, NumberText.approx(v[j - 1]), NumberText.approx(v[j]),
                            NumberText.exact(DiscreteDistribution.MIN_RELATIVE_SPACING), NumberText.approx(max),
                            binningFix, k));
                }
            }
        }

        /** The 0.999 quantile of the family within the requested range (for the advice). */
        private double q999() {
            return Math.min(hi, family.quantile(0.999));
        }

        private void bins() {
            double a = edge(0);
            double tailA = binning == Binning.EQUAL_WIDTH ? tail(a) : 0.0;
            double nominal = inRange / k;
            for (int j = 0; j < k; j++) {
                double b = Math.max(a, edge(j + 1));
                double mass;
                if (binning == Binning.EQUAL_WIDTH) {
                    double tailB = tail(b);
                    mass = massBetween(a, tailA, b, tailB);
                    tailA = tailB;
                } else {
                    mass = nominal;
                }
                if (mass > 0) {
                    append(point(j, a, b), mass);
                } else {
                    dropped++;
                }
                a = b;
            }
        }

        /** Edge {@code e_j}; equal-probability edges are clamped into {@code [first, last]}. */
        private double edge(int j) {
            if (binning == Binning.EQUAL_WIDTH) {
                return j == k ? hi : lo + (hi - lo) * j / k;
            }
            if (j == 0) {
                return first;
            }
            if (j == k) {
                return last;
            }
            return clamp(levelToValue(j), first, last);
        }

        /** {@code Q} at the level {@code below + (inRange) x/K}, via the upper tail above the median. */
        private double levelToValue(double x) {
            double level = below + inRange * x / k;
            if (level <= 0.5 * family.continuousMass()) {
                return family.continuousQuantile(level);
            }
            return family.continuousInverseSurvival(above + inRange * (k - x) / k);
        }

        /** The smaller tail at {@code v}: {@code F(v)} at or below the median, {@code 1 - F(v)} above. */
        private double tail(double v) {
            return v <= median ? family.continuousCdf(v) : family.continuousSurvival(v);
        }

        private double massBetween(double a, double tailA, double b, double tailB) {
            boolean aLower = a <= median;
            boolean bLower = b <= median;
            if (aLower && bLower) {
                return tailB - tailA;
            }
            if (!aLower && !bLower) {
                return tailA - tailB;
            }
            return family.continuousMass() - tailA - tailB;
        }

        private double point(int j, double a, double b) {
            return switch (scheme) {
                case LEFT -> a;
                case RIGHT -> b;
                case MID -> binning == Binning.EQUAL_WIDTH ? a + (b - a) / 2 : clamp(levelToValue(j + 0.5), a, b);
                case MEAN -> {
                    double m = family.continuousConditionalMean(a, b);
                    if (!Double.isFinite(m)) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                                "scheme mean: the conditional mean of the bin [%s, %s] of %s %s; use left or mid",
                                NumberText.approx(a), NumberText.approx(b), family.describe(),
                                Double.isNaN(m) ? "cannot be evaluated (its mass underflows)" : "is infinite"));
                    }
                    yield m;
                }
            };
        }

        private void append(double value, double mass) {
            if (count > 0 && value == values[count - 1]) {
                masses[count - 1] += mass;
                merged++;
                return;
            }
            if (count > 0 && value < values[count - 1]) {
                throw new IllegalStateException("discretisation produced decreasing values " + values[count - 1]
                        + " then " + value + " for " + family.describe());
            }
            values[count] = value;
            masses[count] = mass;
            count++;
        }

        private void insertAtom(double value, double mass) {
            int at = Arrays.binarySearch(values, 0, count, value);
            if (at >= 0) {
                masses[at] += mass;
                merged++;
                return;
            }
            int insert = -at - 1;
            System.arraycopy(values, insert, values, insert + 1, count - insert);
            System.arraycopy(masses, insert, masses, insert + 1, count - insert);
            values[insert] = value;
            masses[insert] = mass;
            count++;
        }

        private String source(int size) {
            StringJoiner s = new StringJoiner("; ");
            boolean continuousPart = atom > 0;
            String range = binning == Binning.EQUAL_WIDTH ? interval(lo, hi) : interval(first, last);
            String bins;
            if (binning == Binning.EQUAL_WIDTH) {
                bins = String.format(Locale.ROOT, "K = %d equal-width bins of width %s on %s", k,
                        NumberText.approx((hi - lo) / k), range);
            } else {
                String of = continuousPart ? " of the continuous part" : "";
                if (truncated > 0) {
                    of += " of the distribution truncated to " + range;
                }
                double share = inRange / (inRange + (atomKept ? atom : 0.0)) / k;
                String mass = continuousPart ? "mass " + NumberText.approx(share) + " each" : "mass 1/K each";
                bins = String.format(Locale.ROOT,
                        "K = %d equal-probability bins on %s (bin j holds the quantiles [j/K, (j+1)/K)%s, %s)",
                        k, range, of, mass);
            }
            if (defaultBinning) {
                bins += family.bounded() ? " (default for a bounded support)" : " (default for an unbounded support)";
            }
            s.add(family.describe() + " discretised: " + bins);
            s.add("points at " + schemeText());
            if (truncated > 0) {
                StringJoiner parts = new StringJoiner(", ");
                if (below > 0) {
                    parts.add(NumberText.approx(below) + " below " + NumberText.exact(lo));
                }
                if (above > 0) {
                    parts.add(NumberText.approx(above) + " above " + NumberText.exact(hi));
                }
                if (atom > 0 && !atomKept) {
                    parts.add("the atom " + NumberText.approx(atom) + " at " + NumberText.exact(family.supportUpperBound()));
                }
                s.add("truncated to " + interval(lo, hi) + ": mass " + NumberText.approx(truncated) + " dropped ("
                        + parts + "), masses renormalised");
            } else {
                s.add("no truncation");
            }
            if (atomKept) {
                s.add("atom of mass 1/H = " + NumberText.approx(atom) + " at H = "
                        + NumberText.exact(family.supportUpperBound()) + " kept as its own top point");
            }
            if (dropped > 0) {
                s.add(dropped + (dropped == 1 ? " empty bin dropped" : " empty bins dropped"));
            }
            if (merged > 0) {
                s.add(merged + (merged == 1 ? " point merged" : " points merged")
                        + " into an equal neighbour (masses added)");
            }
            s.add(size + " support points");
            return s.toString();
        }

        private static String interval(double from, double to) {
            return "[" + NumberText.exact(from) + ", "
                    + (to == Double.POSITIVE_INFINITY ? "+inf)" : NumberText.exact(to) + "]");
        }

        private String schemeText() {
            return switch (scheme) {
                case LEFT -> "the bin left edges (left)";
                case RIGHT -> "the bin right edges (right)";
                case MID -> binning == Binning.EQUAL_WIDTH ? "the bin midpoints (mid)"
                        : "the bin probability midpoints Q((j+1/2)/K) (mid)";
                case MEAN -> "the bin conditional means (mean)";
            };
        }
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
