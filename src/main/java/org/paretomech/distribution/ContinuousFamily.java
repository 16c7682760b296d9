package org.paretomech.distribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An immutable continuous value family with its parameters (MATH §8), the input of
 * {@link Discretisation}. All families are supported on the non-negative reals:
 *
 * <table>
 *   <caption>Families and parameters (defaults in brackets; no default means required)</caption>
 *   <tr><th>name</th><th>parameters</th><th>law</th></tr>
 *   <tr><td>{@code uniform}</td><td>{@code lo} [0] {@code >= 0}, {@code hi} [1] {@code > lo}</td>
 *       <td>{@code F(v) = (v - lo)/(hi - lo)} on {@code [lo, hi]}</td></tr>
 *   <tr><td>{@code exponential}</td><td>{@code rate} [1] {@code > 0}</td>
 *       <td>{@code F(v) = 1 - e^(-rate v)}</td></tr>
 *   <tr><td>{@code weibull}</td><td>{@code shape > 0}, {@code scale} [1] {@code > 0}</td>
 *       <td>{@code F(v) = 1 - exp(-(v/scale)^shape)}</td></tr>
 *   <tr><td>{@code gamma}</td><td>{@code shape > 0}, {@code scale} [1] {@code > 0}</td>
 *       <td>density {@code v^(shape-1) e^(-v/scale) / (Γ(shape) scale^shape)}</td></tr>
 *   <tr><td>{@code lognormal}</td><td>{@code mu} [0] finite, {@code sigma} {@code > 0}</td>
 *       <td>{@code ln V ~ N(mu, sigma²)}</td></tr>
 *   <tr><td>{@code lomax}</td><td>{@code shape} (α) {@code > 0}, {@code scale} (λ) [1] {@code > 0}</td>
 *       <td>{@code F(v) = 1 - (1 + v/λ)^(-α)}, {@code v >= 0}</td></tr>
 *   <tr><td>{@code pareto}</td><td>{@code shape} (α) {@code > 0}, {@code scale} (x_m) [1] {@code > 0}</td>
 *       <td>{@code F(v) = 1 - (x_m/v)^α}, {@code v >= x_m}</td></tr>
 *   <tr><td>{@code beta}</td><td>{@code alpha > 0}, {@code beta > 0}</td>
 *       <td>density {@code v^(alpha-1) (1-v)^(beta-1) / B(alpha, beta)} on {@code [0, 1]}</td></tr>
 *   <tr><td>{@code equal-revenue}</td><td>{@code hi} (H) {@code > 1}</td>
 *       <td>{@code F(v) = 1 - 1/v} on {@code [1, H)}, atom of mass {@code 1/H} at {@code H}</td></tr>
 * </table>
 *
 * <p>Which parameters have defaults: only those that shift or rescale the law ({@code scale},
 * {@code rate}, the uniform range {@code lo}/{@code hi}, the log-normal location {@code mu}), so a
 * default never changes the law's shape, only its units. Every parameter that sets the shape
 * (Weibull, gamma, Lomax and Pareto {@code shape}, beta {@code alpha} and {@code beta}, log-normal
 * {@code sigma}, equal-revenue {@code hi}) must be given: no value of it is a natural default, and
 * the regular/MHR/anti-MHR class a study is about depends on it.
 *
 * <p>Evaluation uses Commons Math 3.6.1 special functions; see {@link #INVERSE_ACCURACY} for the
 * accuracy of the quantile function. The other functions are accurate to a few ulps relative to
 * the value of the tail they return ({@link #cdf} for the lower tail, {@link #survival} for the
 * upper tail), with one caveat: Commons Math's regularized incomplete gamma function (used by
 * gamma, and by the Weibull conditional means) loses relative accuracy roughly in proportion to
 * its first argument, about {@code shape · 1e-16} (2e-13 at shape 1000, 1e-10 at shape 10^6,
 * checked against mpmath).
 *
 * <p>Two families are equal when they have the same name and the same parameter values (defaults
 * filled in).
 */
public final class ContinuousFamily {

    /**
     * Accuracy of {@link #quantile} where it is not closed form (gamma, beta: Brent's method in
     * {@code ln v}; log-normal: Newton's method on {@code ln Φ}): absolute on {@code ln v}, i.e.
     * relative on {@code v} about {@code 1e-15 (1 + 2|ln v|)}. The other families invert in closed
     * form with {@code log1p}/{@code expm1} and are accurate to a few ulps.
     */
    public static final double INVERSE_ACCURACY = FamilyLaw.INVERSE_ACCURACY;

    private enum Constraint {
        POSITIVE("> 0"), NON_NEGATIVE(">= 0 (values are non-negative)"), FINITE("finite"), ABOVE_ONE("> 1");

        final String text;

        Constraint(String text) {
            this.text = text;
        }

        boolean accepts(double x) {
            return switch (this) {
                case POSITIVE -> x > 0;
                case NON_NEGATIVE -> x >= 0;
                case FINITE -> true;
                case ABOVE_ONE -> x > 1;
            };
        }
    }

    private record Parameter(String name, double defaultValue, Constraint constraint, double example) {
        boolean required() {
            return Double.isNaN(defaultValue);
        }
    }

    private static Parameter required(String name, Constraint constraint, double example) {
        return new Parameter(name, Double.NaN, constraint, example);
    }

    private static Parameter optional(String name, double defaultValue, Constraint constraint) {
        return new Parameter(name, defaultValue, constraint, defaultValue);
    }

    private enum Kind {
        UNIFORM("uniform", true, List.of(optional("lo", 0, Constraint.NON_NEGATIVE),
                optional("hi", 1, Constraint.FINITE)), p -> new FamilyLaw.Uniform(p[0], p[1])),
        EXPONENTIAL("exponential", false, List.of(optional("rate", 1, Constraint.POSITIVE)),
                p -> new FamilyLaw.Exponential(p[0])),
        WEIBULL("weibull", false, List.of(required("shape", Constraint.POSITIVE, 1.5),
                optional("scale", 1, Constraint.POSITIVE)), p -> new FamilyLaw.Weibull(p[0], p[1])),
        GAMMA("gamma", false, List.of(required("shape", Constraint.POSITIVE, 2),
                optional("scale", 1, Constraint.POSITIVE)), p -> new FamilyLaw.GammaLaw(p[0], p[1])),
        LOGNORMAL("lognormal", false, List.of(optional("mu", 0, Constraint.FINITE),
                required("sigma", Constraint.POSITIVE, 0.8)), p -> new FamilyLaw.LogNormal(p[0], p[1])),
        LOMAX("lomax", false, List.of(required("shape", Constraint.POSITIVE, 3),
                optional("scale", 1, Constraint.POSITIVE)), p -> new FamilyLaw.Lomax(p[0], p[1])),
        PARETO("pareto", false, List.of(required("shape", Constraint.POSITIVE, 3),
                optional("scale", 1, Constraint.POSITIVE)), p -> new FamilyLaw.Pareto(p[0], p[1])),
        BETA("beta", true, List.of(required("alpha", Constraint.POSITIVE, 2),
                required("beta", Constraint.POSITIVE, 2)), p -> new FamilyLaw.BetaLaw(p[0], p[1])),
        EQUAL_REVENUE("equal-revenue", true, List.of(required("hi", Constraint.ABOVE_ONE, 10)),
                p -> new FamilyLaw.EqualRevenue(p[0]));

        final String label;
        final boolean bounded;
        final List<Parameter> parameters;
        final Function<double[], FamilyLaw> factory;

        Kind(String label, boolean bounded, List<Parameter> parameters, Function<double[], FamilyLaw> factory) {
            this.label = label;
            this.bounded = bounded;
            this.parameters = parameters;
            this.factory = factory;
        }

        List<String> parameterNames() {
            return parameters.stream().map(Parameter::name).toList();
        }
    }

    private final Kind kind;
    private final Map<String, Double> parameters;
    private final FamilyLaw law;

    private ContinuousFamily(Kind kind, Map<String, Double> parameters, FamilyLaw law) {
        this.kind = kind;
        this.parameters = parameters;
        this.law = law;
    }

    /**
     * Validates and builds a family. Names are matched ignoring case and surrounding blanks;
     * parameters not given take their default (see the class table).
     *
     * @param name       one of {@link #familyNames()}
     * @param parameters parameter values by name (any map; iteration order does not matter)
     * @throws IllegalArgumentException for an unknown family or parameter name, a missing required
     *                                  parameter or a value out of range, quoting the value and the fix
     */
    public static ContinuousFamily of(String name, Map<String, Double> parameters) {
        Kind kind = kindOf(name);
        if (parameters == null) {
            throw new IllegalArgumentException(kind.label + " parameters are null; give an empty map to use the defaults");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(nullSafe(kind, parameters)).entrySet()) {
            if (!kind.parameterNames().contains(e.getKey())) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s parameter \"%s\" is unknown; %s takes %s%s", kind.label, e.getKey(), kind.label,
                        String.join(", ", kind.parameterNames()), suggestion(e.getKey(), kind.parameterNames())));
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        double[] array = new double[kind.parameters.size()];
        int i = 0;
        for (Parameter p : kind.parameters) {
            Double given = parameters.get(p.name());
            double x;
            if (given == null) {
                if (p.required()) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s parameter %s is missing; it sets the shape of the law, so it has no default: give "
                                    + "%s %s, e.g. %s(%s=%s), or \"%s\": %s in an instance's \"family\"",
                            kind.label, p.name(), p.name(), p.constraint().text, kind.label, p.name(),
                            NumberText.exact(p.example()), p.name(), NumberText.exact(p.example())));
                }
                x = p.defaultValue();
            } else {
                x = given;
            }
            if (!Double.isFinite(x) || !p.constraint().accepts(x)) {
                String requirement = p.constraint() == Constraint.FINITE ? "a finite number"
                        : Double.isFinite(x) ? p.constraint().text : "a finite number " + p.constraint().text;
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s parameter %s = %s must be %s",
                        kind.label, p.name(), Double.isNaN(x) ? "NaN" : NumberText.exact(x), requirement));
            }
            values.put(p.name(), x);
            array[i++] = x;
        }
        if (kind == Kind.UNIFORM && !(array[1] > array[0])) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "uniform parameter hi = %s must be > lo = %s; give hi > lo",
                    NumberText.exact(array[1]), NumberText.exact(array[0])));
        }
        return new ContinuousFamily(kind, Collections.unmodifiableMap(values), kind.factory.apply(array));
    }

    /** {@link #of(String, Map)} with every parameter at its default (fails if one is required). */
    public static ContinuousFamily of(String name) {
        return of(name, Map.of());
    }

    /**
     * Parses the text form written by {@link #describe()}: {@code name} or
     * {@code name(key=value, key=value)}, e.g. {@code weibull(shape=1.3, scale=1)}.
     *
     * @throws IllegalArgumentException quoting the text, for malformed text or invalid parameters
     */
    public static ContinuousFamily parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("family text is empty; write e.g. weibull(shape=1.3)");
        }
        String t = text.strip();
        int open = t.indexOf('(');
        if (open < 0) {
            return of(t);
        }
        if (!t.endsWith(")")) {
            throw new IllegalArgumentException("family text \"" + text + "\" lacks the closing ')'; write e.g. "
                    + "weibull(shape=1.3, scale=1)");
        }
        String name = t.substring(0, open);
        String body = t.substring(open + 1, t.length() - 1).strip();
        Map<String, Double> values = new LinkedHashMap<>();
        if (!body.isEmpty()) {
            for (String item : body.split(",")) {
                int eq = item.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("family text \"" + text + "\": \"" + item.strip()
                            + "\" is not key=value; write e.g. weibull(shape=1.3, scale=1)");
                }
                String key = item.substring(0, eq).strip();
                String value = item.substring(eq + 1).strip();
                double x;
                try {
                    x = value.equals("+inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("family text \"" + text + "\": " + key + " = \"" + value
                            + "\" is not a number; give a decimal number such as 1.3", e);
                }
                if (values.put(key, x) != null) {
                    throw new IllegalArgumentException("family text \"" + text + "\" gives " + key
                            + " twice; give each parameter once");
                }
            }
        }
        return of(name, values);
    }

    /**
     * The parameters that family {@code name} requires (those without a default), each with an
     * example value, in the order of the class table; empty when every parameter has a default.
     *
     * @throws IllegalArgumentException for an unknown family name
     */
    public static Map<String, Double> requiredParameters(String name) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Parameter p : kindOf(name).parameters) {
            if (p.required()) {
                out.put(p.name(), p.example());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The accepted family names, in the order of the class table. */
    public static List<String> familyNames() {
        List<String> names = new ArrayList<>();
        for (Kind k : Kind.values()) {
            names.add(k.label);
        }
        return List.copyOf(names);
    }

    private static Map<String, Double> nullSafe(Kind kind, Map<String, Double> parameters) {
        for (String key : parameters.keySet()) {
            if (key == null) {
                throw new IllegalArgumentException(kind.label + " has a parameter without a name; use "
                        + String.join(", ", kind.parameterNames()));
            }
        }
        return parameters;
    }

    private static Kind kindOf(String name) {
        if (name == null) {
            throw new IllegalArgumentException("family name is null; use one of " + String.join(", ", familyNames()));
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.label.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "family \"%s\" is unknown; use one of %s%s",
                name, String.join(", ", familyNames()), suggestion(key, familyNames())));
    }

    /** {@code " Maybe \"x\"?"} for the closest candidate within edit distance 2, else empty. */
    private static String suggestion(String given, List<String> candidates) {
        TreeSet<String> close = new TreeSet<>();
        int best = 3;
        for (String c : candidates) {
            int d = editDistance(given.toLowerCase(Locale.ROOT), c);
            if (d < best) {
                best = d;
                close.clear();
            }
            if (d == best) {
                close.add(c);
            }
        }
        return close.isEmpty() ? "" : ". Maybe \"" + close.first() + "\"?";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // ---------------------------------------------------------------------------------------
    // Accessors

    /** The family name, e.g. {@code weibull}. */
    public String name() {
        return kind.label;
    }

    /** All parameters, defaults filled in, in the order of the class table (unmodifiable). */
    public Map<String, Double> parameters() {
        return parameters;
    }

    /**
     * The value of one parameter.
     *
     * @throws IllegalArgumentException if this family has no such parameter
     */
    public double parameter(String name) {
        Double x = parameters.get(name);
        if (x == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has no parameter \"%s\"; it takes %s",
                    kind.label, name, String.join(", ", kind.parameterNames())));
        }
        return x;
    }

    /** {@code F(v) = P(V <= v)}; 0 below the support, 1 at and above its upper end. */
    public double cdf(double v) {
        checkArgument(v);
        if (v < law.lower()) {
            return 0.0;
        }
        if (v >= law.upper()) {
            return 1.0;
        }
        return law.cdf(v);
    }

    /**
     * {@code P(V > v) = 1 - F(v)}, evaluated directly so that small upper tails keep their
     * relative accuracy (for the equal-revenue family it includes the atom at {@code H}).
     */
    public double survival(double v) {
        checkArgument(v);
        if (v < law.lower()) {
            return 1.0;
        }
        if (v >= law.upper()) {
            return 0.0;
        }
        return law.survival(v) + law.atomMass();
    }

    /**
     * The quantile {@code Q(p) = inf{v : F(v) >= p}}: the lower end of the support for
     * {@code p = 0}, the upper end (possibly {@code +inf}) for {@code p = 1}, and {@code H} for
     * every {@code p > 1 - 1/H} in the equal-revenue family. Upper quantiles are computed from
     * the upper tail {@code 1 - p}. Accuracy: {@link #INVERSE_ACCURACY}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= p <= 1}
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability p = " + NumberText.exact(p)
                    + " is outside [0, 1]; give a probability");
        }
        if (p == 0) {
            return law.lower();
        }
        double continuousMass = 1 - law.atomMass();
        if (p >= continuousMass) {
            return law.upper();
        }
        return p <= 0.5 ? law.quantile(p) : law.inverseSurvival(continuousMass - p);
    }

    /**
     * The density {@code f(v)} of the continuous part: 0 outside the support, {@code +inf} where it
     * diverges at an end of the support (gamma and Weibull with shape {@code < 1} at 0, beta with
     * a parameter {@code < 1}). The equal-revenue atom is not a density: it is reported by
     * {@link #upperAtomMass()}.
     */
    public double density(double v) {
        checkArgument(v);
        if (v < law.lower() || v > law.upper() || (law.atomMass() > 0 && v == law.upper())) {
            return 0.0;
        }
        return law.density(v);
    }

    /** {@code E[V]}, atom included; {@code +inf} for Lomax and Pareto with shape {@code <= 1}. */
    public double mean() {
        return law.mean();
    }

    /** Lower end of the support ({@code lo}, 0, {@code x_m} or 1). */
    public double supportLowerBound() {
        return law.lower();
    }

    /** Upper end of the support; {@code +inf} for the unbounded families. */
    public double supportUpperBound() {
        return law.upper();
    }

    /** Whether the support is bounded (uniform, beta, equal-revenue). */
    public boolean bounded() {
        return kind.bounded;
    }

    /** Mass of the atom at {@link #supportUpperBound()}: {@code 1/H} for equal-revenue, else 0. */
    public double upperAtomMass() {
        return law.atomMass();
    }

    /** The text form, e.g. {@code weibull(shape=1.3, scale=1)}; {@link #parse} reads it back. */
    public String describe() {
        StringJoiner j = new StringJoiner(", ", kind.label + "(", ")");
        parameters.forEach((k, v) -> j.add(k + "=" + NumberText.exact(v)));
        return j.toString();
    }

    /**
     * Which of regular / MHR / anti-MHR the continuous family satisfies, with the reason (MATH §7
     * asks to report it next to the discrete test). Summary of the theory used:
     * <ul>
     *   <li>uniform: hazard {@code 1/(hi - v)} increases: MHR and regular;</li>
     *   <li>exponential: constant hazard: MHR, anti-MHR and regular;</li>
     *   <li>Weibull: hazard {@code ∝ v^(k-1)}; {@code k >= 1} MHR (regular), {@code k <= 1}
     *       anti-MHR; for {@code k < 1} not regular, since
     *       {@code φ(v) = v - (λ^k/k) v^(1-k)} has {@code φ'(v) -> -inf} as {@code v -> 0};</li>
     *   <li>gamma: {@code k >= 1} log-concave density, MHR (regular); {@code k <= 1} decreasing
     *       hazard (anti-MHR); {@code k < 1} not regular (the density diverges at 0, so
     *       {@code (1 - F)/f} rises with infinite slope and {@code φ} first decreases);</li>
     *   <li>log-normal: hazard rises then falls (neither MHR nor anti-MHR). With
     *       {@code v = exp(mu + sigma z)} and the normal Mills ratio {@code R(z) = (1 - Φ(z))/φ(z)},
     *       {@code d/dv [(1 - F)/f] = (z + sigma) R(z) - 1}, so {@code φ'(v) = 2 - (z + sigma) R(z)}
     *       and the family is regular iff {@code sup_z (z + sigma) R(z) <= 2}, i.e. iff
     *       {@code sigma <= 1.5176193992} (the supremum grows with sigma; threshold computed with
     *       SciPy and re-checked in the tests), whatever {@code mu};</li>
     *   <li>Lomax: hazard {@code α/(λ + v)}: anti-MHR; {@code φ = v(1 - 1/α) - λ/α}: regular iff
     *       {@code α >= 1} ({@code α = 1} at the boundary, {@code φ} constant);</li>
     *   <li>Pareto: hazard {@code α/v}: anti-MHR; {@code φ = v(1 - 1/α)}: regular iff
     *       {@code α >= 1} (boundary at 1);</li>
     *   <li>beta: MHR (hence regular) iff {@code alpha >= 1} (log-concave density when both
     *       parameters are {@code >= 1}, increasing density when {@code beta < 1}); for
     *       {@code alpha < 1} neither; never anti-MHR (bounded support: the hazard diverges);</li>
     *   <li>equal revenue: {@code φ = 0} on {@code [1, H)}: regular only at the boundary;
     *       hazard {@code 1/v} decreases there (anti-MHR), not MHR.</li>
     * </ul>
     */
    public DistributionClassSummary continuousClass() {
        return law.classSummary();
    }

    // ---------------------------------------------------------------------------------------
    // The continuous part, for Discretisation (arguments anywhere on the real line)

    /** Total mass of the continuous part: {@code 1 - upperAtomMass()}. */
    double continuousMass() {
        return 1 - law.atomMass();
    }

    /** Mass of the continuous part on {@code (-inf, v]}. */
    double continuousCdf(double v) {
        if (v <= law.lower()) {
            return 0.0;
        }
        if (v >= law.upper()) {
            return continuousMass();
        }
        return law.cdf(v);
    }

    /** Mass of the continuous part on {@code (v, +inf)}. */
    double continuousSurvival(double v) {
        if (v <= law.lower()) {
            return continuousMass();
        }
        if (v >= law.upper()) {
            return 0.0;
        }
        return law.survival(v);
    }

    /** The {@code v} with {@code continuousCdf(v) = p}, {@code 0 <= p <= continuousMass()}. */
    double continuousQuantile(double p) {
        if (p <= 0) {
            return law.lower();
        }
        if (p >= continuousMass()) {
            return law.upper();
        }
        return law.quantile(p);
    }

    /** The {@code v} with {@code continuousSurvival(v) = s}, {@code 0 <= s <= continuousMass()}. */
    double continuousInverseSurvival(double s) {
        if (s <= 0) {
            return law.upper();
        }
        if (s >= continuousMass()) {
            return law.lower();
        }
        return law.inverseSurvival(s);
    }

    /**
     * Mass of the continuous part on {@code [a, b]} (b may be {@code +inf}), as a difference of
     * lower tails when {@code a} is below the median and of upper tails otherwise.
     */
    double continuousMassBetween(double a, double b) {
        double below = continuousCdf(a);
        if (below <= 0.5 * continuousMass()) {
            return b == Double.POSITIVE_INFINITY ? continuousMass() - below : continuousCdf(b) - below;
        }
        return continuousSurvival(a) - continuousSurvival(b);
    }

    /**
     * {@code E[V | a <= V <= b]} under the continuous part restricted to the support, in closed
     * form (see {@link FamilyLaw#conditionalMean}); NaN if {@code [a, b]} misses the support,
     * {@code +inf} when it diverges.
     */
    double continuousConditionalMean(double a, double b) {
        double lo = Math.max(a, law.lower());
        double hi = Math.min(b, law.upper());
        if (!(lo < hi)) {
            return Double.NaN;
        }
        return law.conditionalMean(lo, hi);
    }

    private static void checkArgument(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("value v = NaN; give a number");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContinuousFamily f && f.kind == kind && f.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, parameters);
    }

    /** Same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
