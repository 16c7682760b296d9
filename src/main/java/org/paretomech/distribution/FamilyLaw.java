package org.paretomech.distribution;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The numerical law behind a {@link ContinuousFamily}: the <em>absolutely continuous part</em> of
 * the distribution on {@code [lower, upper]} (a sub-probability measure of total mass
 * {@code 1 - atomMass()}) plus, for the truncated equal-revenue family only, an atom at
 * {@code upper}.
 *
 * <p>Callers ({@link ContinuousFamily}) clip arguments first: {@code v} lies in
 * {@code [lower, upper]}, probability levels lie strictly inside {@code (0, 1 - atomMass())}, and
 * {@code lower <= a < b <= upper} for conditional means.
 *
 * <p>Every law evaluates both tails directly ({@link #cdf} for the lower, {@link #survival} for
 * the upper) so that small tail probabilities keep their relative accuracy; callers pick the tail
 * that is below one half. Commons Math supplies the special functions (regularized incomplete
 * gamma and beta, {@code erfc}, log-gamma) and the Brent root finder. Its distribution classes are
 * not used directly: in 3.6.1 their inverse CDF for gamma, beta, log-normal and Pareto runs a
 * root finder with an <em>absolute</em> accuracy (1e-9 by default), the Weibull and exponential
 * CDFs cancel for small {@code v} ({@code 1 - exp(-t)} instead of {@code -expm1(-t)}), the gamma
 * density underflows to 0 at tiny {@code v} and the beta density throws at 0.
 */
sealed interface FamilyLaw {

    /**
     * Target accuracy of the iterative inverses (gamma, beta: Brent in {@code y = ln v}; normal:
     * Newton on {@code ln Φ}). It is an absolute accuracy on {@code ln v} (resp. {@code z}), i.e.
     * a relative accuracy on {@code v} of about {@code 1e-15 (1 + 2|ln v|)}: a few ulps for values
     * of order one, about 1e-12 for values near the underflow threshold.
     */
    double INVERSE_ACCURACY = 1e-15;

    /** Evaluation budget of one Brent solve; bracketing makes ~60 evaluations the worst case. */
    int MAX_SOLVER_EVALUATIONS = 1_000;

    /** Natural logarithms of the smallest normal and the largest finite double. */
    double LOG_MIN_VALUE = Math.log(Double.MIN_NORMAL);
    /** See {@link #LOG_MIN_VALUE}. */
    double LOG_MAX_VALUE = Math.log(Double.MAX_VALUE);

    /**
     * Log-normal families are regular iff {@code sigma <= SIGMA_REGULAR}. With
     * {@code v = exp(mu + sigma z)} and the normal Mills ratio {@code R(z) = (1 - Φ(z))/φ(z)},
     * {@code d/dv [(1 - F)/f] = (z + sigma) R(z) - 1}, so {@code φ'(v) = 2 - (z + sigma) R(z)}: the
     * family is regular iff {@code sup_z (z + sigma) R(z) <= 2}. The supremum increases with sigma;
     * it equals 2 at {@code sigma = 1.5176193992279574} (attained at {@code z = -0.5506}), computed
     * with SciPy ({@code erfcx} and Brent) and re-checked on a grid of {@code z} in the unit tests.
     */
    double SIGMA_REGULAR = 1.5176193992279574;

    double lower();

    double upper();

    /** Mass of the atom at {@link #upper()}; 0 except for the equal-revenue family. */
    default double atomMass() {
        return 0.0;
    }

    /** Mass of the continuous part on {@code [lower, v]}. */
    double cdf(double v);

    /** Mass of the continuous part on {@code (v, upper]} (the atom excluded). */
    double survival(double v);

    /** Density of the continuous part; {@code +inf} where it diverges at an end of the support. */
    double density(double v);

    /** The {@code v} with {@code cdf(v) = p}. */
    double quantile(double p);

    /** The {@code v} with {@code survival(v) = s}. */
    double inverseSurvival(double s);

    /** {@code E[V]} of the whole distribution (atom included); {@code +inf} when it diverges. */
    double mean();

    /**
     * {@code E[V | a <= V <= b]} under the continuous part, clamped into {@code [a, b]} (the clamp
     * only absorbs rounding: the exact value lies inside). {@code b} may be {@code +inf};
     * the result is {@code +inf} when the conditional mean diverges and NaN when the bin carries
     * no representable mass.
     */
    double conditionalMean(double a, double b);

    /** The continuous class of this law; see {@link DistributionClassSummary}. */
    DistributionClassSummary classSummary();

    // ---------------------------------------------------------------------------------------
    // Families

    /** Uniform on {@code [lo, hi]}. */
    record Uniform(double lo, double hi) implements FamilyLaw {
        @Override public double lower() {
            return lo;
        }

        @Override public double upper() {
            return hi;
        }

        @Override public double cdf(double v) {
            return (v - lo) / (hi - lo);
        }

        @Override public double survival(double v) {
            return (hi - v) / (hi - lo);
        }

        @Override public double density(double v) {
            return 1.0 / (hi - lo);
        }

        @Override public double quantile(double p) {
            return Math.min(hi, lo + p * (hi - lo));
        }

        @Override public double inverseSurvival(double s) {
            return Math.max(lo, hi - s * (hi - lo));
        }

        @Override public double mean() {
            return lo + (hi - lo) / 2;
        }

        @Override public double conditionalMean(double a, double b) {
            return a + (b - a) / 2;
        }

        @Override public DistributionClassSummary classSummary() {
            return new DistributionClassSummary(true, true, false,
                    "hazard 1/(hi - v) increases and the virtual value 2v - hi increases; bounded support, "
                            + "so the hazard diverges at hi and cannot be non-increasing");
        }
    }

    /** Exponential with rate {@code r}: {@code F(v) = 1 - exp(-r v)}. */
    record Exponential(double rate) implements FamilyLaw {
        @Override public double lower() {
            return 0.0;
        }

        @Override public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override public double cdf(double v) {
            return -Math.expm1(-rate * v);
        }

        @Override public double survival(double v) {
            return Math.exp(-rate * v);
        }

        @Override public double density(double v) {
            return rate * Math.exp(-rate * v);
        }

        @Override public double quantile(double p) {
            return -Math.log1p(-p) / rate;
        }

        @Override public double inverseSurvival(double s) {
            return -Math.log(s) / rate;
        }

        @Override public double mean() {
            return 1.0 / rate;
        }

        /** Memorylessness: {@code E[V - a | a <= V < a + w] = 1/r - w/expm1(r w)}. */
        @Override public double conditionalMean(double a, double b) {
            if (b == Double.POSITIVE_INFINITY) {
                return a + 1.0 / rate;
            }
            double w = b - a;
            if (!(w > 0)) {
                return a;
            }
            double offset = 1.0 / rate - w / Math.expm1(rate * w);
            return a + clamp(offset, 0.0, w);
        }

        @Override public DistributionClassSummary classSummary() {
            return new DistributionClassSummary(true, true, true,
                    "constant hazard rate = rate, so both MHR and anti-MHR; virtual value v - 1/rate increases");
        }
    }

    /** Weibull with shape {@code k} and scale {@code λ}: {@code F(v) = 1 - exp(-(v/λ)^k)}. */
    record Weibull(double shape, double scale) implements FamilyLaw {
        private double t(double v) {
            return Math.pow(v / scale, shape);
        }

        @Override public double lower() {
            return 0.0;
        }

        @Override public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override public double cdf(double v) {
            return -Math.expm1(-t(v));
        }

        @Override public double survival(double v) {
            return Math.exp(-t(v));
        }

        @Override public double density(double v) {
            if (v == 0) {
                return densityAtZero(shape, 1.0 / scale);
            }
            return Math.exp(Math.log(shape / scale) + (shape - 1) * Math.log(v / scale) - t(v));
        }

        @Override public double quantile(double p) {
            return scale * Math.pow(-Math.log1p(-p), 1.0 / shape);
        }

        @Override public double inverseSurvival(double s) {
            return scale * Math.pow(-Math.log(s), 1.0 / shape);
        }

        /** {@code λ Γ(1 + 1/k)}. */
        @Override public double mean() {
            return scale * Math.exp(Gamma.logGamma(1 + 1.0 / shape));
        }

        /**
         * Size-biased law: {@code ∫_0^x v dF = λ Γ(1+1/k) P(1 + 1/k, (x/λ)^k)} (substitute
         * {@code t = (v/λ)^k}).
         */
        @Override public double conditionalMean(double a, double b) {
            double c = 1 + 1.0 / shape;
            return sizeBiasedConditionalMean(this, mean(),
                    x -> Gamma.regularizedGammaP(c, t(x)), x -> Gamma.regularizedGammaQ(c, t(x)), a, b);
        }

        @Override public DistributionClassSummary classSummary() {
            if (shape == 1) {
                return new DistributionClassSummary(true, true, true,
                        "shape 1 is the exponential with rate 1/scale: constant hazard, so both MHR and anti-MHR; "
                                + "virtual value v - scale increases");
            }
            if (shape > 1) {
                return new DistributionClassSummary(true, true, false,
                        "hazard (k/λ)(v/λ)^(k-1) increases for shape k > 1: MHR, hence regular");
            }
            double from = scale * Math.pow((1 - shape) / shape, 1.0 / shape);
            return new DistributionClassSummary(false, false, true,
                    "hazard (k/λ)(v/λ)^(k-1) decreases for shape k < 1: anti-MHR; not regular: "
                            + "φ(v) = v - (λ^k/k) v^(1-k) decreases on (0, " + NumberText.approx(from) + ")");
        }
    }

    /** Gamma with shape {@code k} and scale {@code θ}: density {@code v^(k-1) e^(-v/θ) / (Γ(k) θ^k)}. */
    record GammaLaw(double shape, double scale) implements FamilyLaw {
        @Override public double lower() {
            return 0.0;
        }

        @Override public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override public double cdf(double v) {
            return Gamma.regularizedGammaP(shape, v / scale);
        }

        @Override public double survival(double v) {
            return Gamma.regularizedGammaQ(shape, v / scale);
        }

        @Override public double density(double v) {
            if (v == 0) {
                return densityAtZero(shape, 1.0 / scale);
            }
            double x = v / scale;
            return Math.exp((shape - 1) * Math.log(x) - x - Gamma.logGamma(shape)) / scale;
        }

        @Override public double quantile(double p) {
            if (p > 0.5) {
                return inverseSurvival(1 - p);
            }
            return solveInLogScale(y -> Math.log(cdf(Math.exp(y))), Math.log(p), true, Math.log(shape * scale));
        }

        @Override public double inverseSurvival(double s) {
            if (s > 0.5) {
                return quantile(1 - s);
            }
            return solveInLogScale(y -> Math.log(survival(Math.exp(y))), Math.log(s), false,
                    Math.log(shape * scale));
        }

        @Override public double mean() {
            return shape * scale;
        }

        /** Size-biased law: {@code v f(v; k, θ) = k θ f(v; k+1, θ)}. */
        @Override public double conditionalMean(double a, double b) {
            double c = shape + 1;
            return sizeBiasedConditionalMean(this, mean(),
                    x -> Gamma.regularizedGammaP(c, x / scale), x -> Gamma.regularizedGammaQ(c, x / scale), a, b);
        }

        @Override public DistributionClassSummary classSummary() {
            if (shape == 1) {
                return new DistributionClassSummary(true, true, true,
                        "shape 1 is the exponential with rate 1/scale: constant hazard, so both MHR and anti-MHR; "
                                + "virtual value v - scale increases");
            }
            if (shape > 1) {
                return new DistributionClassSummary(true, true, false,
                        "log-concave density for shape k > 1, so the hazard increases: MHR, hence regular");
            }
            return new DistributionClassSummary(false, false, true,
                    "hazard decreases for shape k < 1: anti-MHR; not regular: the density diverges at 0, "
                            + "so (1 - F)/f rises with infinite slope there and φ = v - (1 - F)/f first decreases");
        }
    }

    /** Log-normal: {@code ln V ~ N(mu, sigma²)}. */
    record LogNormal(double mu, double sigma) implements FamilyLaw {
        private double z(double v) {
            return (Math.log(v) - mu) / sigma;
        }

        @Override public double lower() {
            return 0.0;
        }

        @Override public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override public double cdf(double v) {
            return v == 0 ? 0.0 : normalLowerTail(z(v));
        }

        @Override public double survival(double v) {
            return v == 0 ? 1.0 : normalLowerTail(-z(v));
        }

        @Override public double density(double v) {
            if (v == 0) {
                return 0.0;
            }
            return normalDensity(z(v)) / (v * sigma);
        }

        @Override public double quantile(double p) {
            double z = p <= 0.5 ? normalLowerQuantile(p) : -normalLowerQuantile(1 - p);
            return Math.exp(mu + sigma * z);
        }

        @Override public double inverseSurvival(double s) {
            double z = s <= 0.5 ? -normalLowerQuantile(s) : normalLowerQuantile(1 - s);
            return Math.exp(mu + sigma * z);
        }

        @Override public double mean() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        /** Size-biased law: {@code LogNormal(mu + sigma², sigma)}. */
        @Override public double conditionalMean(double a, double b) {
            return sizeBiasedConditionalMean(this, mean(),
                    x -> x == 0 ? 0.0 : normalLowerTail(z(x) - sigma),
                    x -> x == 0 ? 1.0 : normalLowerTail(sigma - z(x)), a, b);
        }

        @Override public DistributionClassSummary classSummary() {
            String hazard = "hazard rises then falls (neither MHR nor anti-MHR); ";
            if (sigma <= SIGMA_REGULAR) {
                return new DistributionClassSummary(true, false, false, hazard
                        + "regular since sigma <= 1.5176 (φ'(v) = 2 - (z + sigma) R(z) >= 0, R the normal Mills ratio)");
            }
            return new DistributionClassSummary(false, false, false, hazard
                    + "not regular since sigma > 1.5176: φ'(v) = 2 - (z + sigma) R(z) < 0 for some z "
                    + "(R the normal Mills ratio)");
        }
    }

    /** Lomax (Pareto type II): {@code F(v) = 1 - (1 + v/λ)^(-α)}, {@code v >= 0}. */
    record Lomax(double shape, double scale) implements FamilyLaw {
        private double u(double v) {
            return Math.log1p(v / scale);
        }

        @Override public double lower() {
            return 0.0;
        }

        @Override public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override public double cdf(double v) {
            return -Math.expm1(-shape * u(v));
        }

        @Override public double survival(double v) {
            return Math.exp(-shape * u(v));
        }

        @Override public double density(double v) {
            return shape / scale * Math.exp(-(shape + 1) * u(v));
        }

        @Override public double quantile(double p) {
            return scale * Math.expm1(-Math.log1p(-p) / shape);
        }

        @Override public double inverseSurvival(double s) {
            return scale * Math.expm1(-Math.log(s) / shape);
        }

        @Override public double mean() {
            return shape > 1 ? scale / (shape - 1) : Double.POSITIVE_INFINITY;
        }

        /** {@code V + λ} is Pareto with shape α and scale λ. */
        @Override public double conditionalMean(double a, double b) {
            double m = paretoConditionalMean(shape, a + scale, b + scale) - scale;
            return Double.isNaN(m) ? m : clamp(m, a, b);
        }

        @Override public DistributionClassSummary classSummary() {
            String hazard = "hazard α/(λ + v) decreases: anti-MHR; virtual value v(1 - 1/α) - λ/α ";
            if (shape > 1) {
                return new DistributionClassSummary(true, false, true, hazard + "increases (α > 1): regular");
            }
            if (shape == 1) {
                return new DistributionClassSummary(true, false, true,
                        hazard + "is constant -λ (α = 1): regular only at the boundary");
            }
            return new DistributionClassSummary(false, false, true, hazard + "decreases (α < 1): not regular");
        }
    }

    /** Pareto (type I): {@code F(v) = 1 - (x_m/v)^α}, {@code v >= x_m}. */
    record Pareto(double shape, double scale) implements FamilyLaw {
        private double logRatio(double v) {
            return Math.log(v / scale);
        }

        @Override public double lower() {
            return scale;
        }

        @Override public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override public double cdf(double v) {
            return -Math.expm1(-shape * logRatio(v));
        }

        @Override public double survival(double v) {
            return Math.exp(-shape * logRatio(v));
        }

        @Override public double density(double v) {
            return shape / v * survival(v);
        }

        @Override public double quantile(double p) {
            return scale * Math.exp(-Math.log1p(-p) / shape);
        }

        @Override public double inverseSurvival(double s) {
            return scale * Math.exp(-Math.log(s) / shape);
        }

        @Override public double mean() {
            return shape > 1 ? shape * scale / (shape - 1) : Double.POSITIVE_INFINITY;
        }

        @Override public double conditionalMean(double a, double b) {
            return paretoConditionalMean(shape, a, b);
        }

        @Override public DistributionClassSummary classSummary() {
            String hazard = "hazard α/v decreases: anti-MHR; virtual value v(1 - 1/α) ";
            if (shape > 1) {
                return new DistributionClassSummary(true, false, true, hazard + "increases (α > 1): regular");
            }
            if (shape == 1) {
                return new DistributionClassSummary(true, false, true,
                        hazard + "is identically 0 (α = 1): regular only at the boundary");
            }
            return new DistributionClassSummary(false, false, true, hazard + "decreases (α < 1): not regular");
        }
    }

    /** Beta on {@code [0, 1]}: density {@code v^(α-1) (1-v)^(β-1) / B(α, β)}. */
    record BetaLaw(double alpha, double beta) implements FamilyLaw {
        @Override public double lower() {
            return 0.0;
        }

        @Override public double upper() {
            return 1.0;
        }

        @Override public double cdf(double v) {
            return v >= 1 ? 1.0 : Beta.regularizedBeta(v, alpha, beta);
        }

        @Override public double survival(double v) {
            return v <= 0 ? 1.0 : Beta.regularizedBeta(1 - v, beta, alpha);
        }

        @Override public double density(double v) {
            if (v == 0) {
                return densityAtZero(alpha, beta);
            }
            if (v == 1) {
                return densityAtZero(beta, alpha);
            }
            return Math.exp((alpha - 1) * Math.log(v) + (beta - 1) * Math.log1p(-v) - Beta.logBeta(alpha, beta));
        }

        @Override public double quantile(double p) {
            return p <= 0.5 ? lowerBetaQuantile(alpha, beta, p) : 1 - lowerBetaQuantile(beta, alpha, 1 - p);
        }

        @Override public double inverseSurvival(double s) {
            return s <= 0.5 ? 1 - lowerBetaQuantile(beta, alpha, s) : lowerBetaQuantile(alpha, beta, 1 - s);
        }

        @Override public double mean() {
            return alpha / (alpha + beta);
        }

        /** Size-biased law: {@code v f(v; α, β) = α/(α+β) f(v; α+1, β)}. */
        @Override public double conditionalMean(double a, double b) {
            double c = alpha + 1;
            return sizeBiasedConditionalMean(this, mean(),
                    x -> x >= 1 ? 1.0 : Beta.regularizedBeta(x, c, beta),
                    x -> x <= 0 ? 1.0 : Beta.regularizedBeta(1 - x, beta, c), a, b);
        }

        @Override public DistributionClassSummary classSummary() {
            if (alpha >= 1) {
                String why = beta >= 1 ? "log-concave density (α, β >= 1)"
                        : "non-decreasing density (α >= 1 > β), so 1 - F is concave";
                return new DistributionClassSummary(true, true, false, why
                        + ": MHR, hence regular; bounded support, so the hazard diverges at 1 and is not non-increasing");
            }
            return new DistributionClassSummary(false, false, false,
                    "α < 1: the density diverges at 0, so the hazard first decreases (not MHR) and "
                            + "φ = v - (1 - F)/f first decreases (not regular); the hazard diverges at 1 (not anti-MHR)");
        }
    }

    /**
     * Truncated equal revenue: {@code F(v) = 1 - 1/v} on {@code [1, H)} and an atom of mass
     * {@code 1/H} at {@code H}. Its continuous part is the Pareto(1, 1) density {@code 1/v²} on
     * {@code [1, H)}, of total mass {@code 1 - 1/H}.
     */
    record EqualRevenue(double hi) implements FamilyLaw {
        @Override public double lower() {
            return 1.0;
        }

        @Override public double upper() {
            return hi;
        }

        @Override public double atomMass() {
            return 1.0 / hi;
        }

        @Override public double cdf(double v) {
            return (v - 1) / v;
        }

        @Override public double survival(double v) {
            return (hi - v) / (v * hi);
        }

        @Override public double density(double v) {
            return 1.0 / (v * v);
        }

        @Override public double quantile(double p) {
            return Math.min(hi, 1.0 / (1 - p));
        }

        @Override public double inverseSurvival(double s) {
            return Math.min(hi, hi / (s * hi + 1));
        }

        /** {@code ∫_1^H v dv/v² + H (1/H) = ln H + 1}. */
        @Override public double mean() {
            return Math.log(hi) + 1;
        }

        @Override public double conditionalMean(double a, double b) {
            return paretoConditionalMean(1.0, a, b);
        }

        @Override public DistributionClassSummary classSummary() {
            return new DistributionClassSummary(true, false, true,
                    "virtual value identically 0 on [1, H) (revenue 1 at every price): regular only at the boundary; "
                            + "hazard 1/v decreases on [1, H): anti-MHR there, not MHR; "
                            + "the atom of mass 1/H at H is the top of the support");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Shared numerics

    /** Density at 0 of a law behaving like {@code v^(k-1)} there: diverges, {@code atOne} or 0. */
    private static double densityAtZero(double exponentPlusOne, double atOne) {
        if (exponentPlusOne < 1) {
            return Double.POSITIVE_INFINITY;
        }
        return exponentPlusOne == 1 ? atOne : 0.0;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /**
     * {@code E[V | a <= V <= b] = E[V] (G(b) - G(a)) / (F(b) - F(a))} with {@code G} the CDF of the
     * size-biased law {@code v f(v) / E[V]}. Both differences are taken in the lower tail
     * ({@code F}, {@code G}) or in the upper tail ({@code 1 - F}, {@code 1 - G}) depending on
     * which side of the median {@code a} lies, so that no tail probability is formed as
     * {@code 1 - (something close to 1)}. For narrow bins the differences still cancel (relative
     * error about {@code 1e-16 / mass}); the clamp into {@code [a, b]} absorbs that.
     */
    private static double sizeBiasedConditionalMean(FamilyLaw law, double mean, DoubleUnaryOperator biasedCdf,
                                                    DoubleUnaryOperator biasedSurvival, double a, double b) {
        if (!(mean < Double.POSITIVE_INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        double survivalA = law.survival(a);
        double mass;
        double biased;
        if (b == Double.POSITIVE_INFINITY) {
            mass = survivalA;
            biased = biasedSurvival.applyAsDouble(a);
        } else if (survivalA <= 0.5) {
            mass = survivalA - law.survival(b);
            biased = biasedSurvival.applyAsDouble(a) - biasedSurvival.applyAsDouble(b);
        } else {
            mass = law.cdf(b) - law.cdf(a);
            biased = biasedCdf.applyAsDouble(b) - biasedCdf.applyAsDouble(a);
        }
        if (!(mass > 0)) {
            return Double.NaN;
        }
        double m = mean * biased / mass;
        return Double.isNaN(m) ? m : clamp(m, a, b);
    }

    /**
     * Conditional mean of Pareto(α, ·) on {@code [a, b]}, {@code 0 < a < b <= inf} (it does not
     * depend on the scale). With {@code L = ln(b/a)}:
     * {@code a α/(α-1) · expm1(-(α-1)L) / expm1(-αL)} for {@code α != 1},
     * {@code a L / (1 - e^{-L})} for {@code α = 1}; for {@code b = inf}, {@code a α/(α-1)} when
     * {@code α > 1}, else {@code +inf}. The {@code expm1}/{@code log1p} forms stay accurate for
     * narrow bins.
     */
    private static double paretoConditionalMean(double alpha, double a, double b) {
        if (b == Double.POSITIVE_INFINITY) {
            return alpha > 1 ? a * alpha / (alpha - 1) : Double.POSITIVE_INFINITY;
        }
        double w = b - a;
        if (!(w > 0)) {
            return a;
        }
        double logRatio = Math.log1p(w / a);
        double m;
        if (alpha == 1) {
            m = a * logRatio / -Math.expm1(-logRatio);
        } else {
            m = a * alpha / (alpha - 1) * Math.expm1(-(alpha - 1) * logRatio) / Math.expm1(-alpha * logRatio);
        }
        return Double.isNaN(m) ? m : clamp(m, a, b);
    }

    /** {@code Φ(z)} via {@code erfc}, accurate relative to its value in the lower tail. */
    private static double normalLowerTail(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    private static double normalDensity(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /**
     * The {@code z <= 0} with {@code Φ(z) = p}, {@code 0 < p <= 1/2}, by Newton's method on the
     * concave function {@code ln Φ(z) - ln p} started left of the root at
     * {@code -sqrt(-2 ln p)} (Chernoff: {@code Φ(-x) <= e^{-x²/2}/2}); from the left, Newton
     * iterates on a concave increasing function rise monotonically to the root.
     */
    private static double normalLowerQuantile(double p) {
        if (p >= 0.5) {
            return 0.0;
        }
        double logP = Math.log(p);
        double z = -Math.sqrt(-2 * logP);
        for (int i = 0; i < 200; i++) {
            double tail = normalLowerTail(z);
            if (!(tail > 0)) {
                return z;
            }
            double dz = -(Math.log(tail) - logP) * tail / normalDensity(z);
            z = Math.min(0.0, z + dz);
            if (!(Math.abs(dz) > INVERSE_ACCURACY * (1 + Math.abs(z)))) {
                break;
            }
        }
        return z;
    }

    /** The {@code x} in {@code (0, 1)} with {@code I_x(a, b) = p <= 1/2}. */
    private static double lowerBetaQuantile(double a, double b, double p) {
        return solveInLogScale(y -> Math.log(Beta.regularizedBeta(Math.min(1.0, Math.exp(y)), a, b)),
                Math.log(p), true, Math.log(a / (a + b)));
    }

    /**
     * Solves {@code logProb(y) = logTarget} for {@code v = exp(y)}, where {@code logProb} is the log
     * of a monotone tail probability as a function of {@code y = ln v} ({@code increasing} for a
     * CDF, decreasing for a survival function). Working in {@code ln v} and {@code ln P} makes
     * the accuracy relative on both axes, which the absolute-accuracy solver inside Commons Math's
     * {@code inverseCumulativeProbability} is not. Brackets by doubling steps from {@code yStart},
     * then runs Commons Math's Brent solver to {@link #INVERSE_ACCURACY}. Returns 0 when the
     * target lies below the probability at the smallest normal double, {@code +inf} above the
     * largest.
     */
    private static double solveInLogScale(DoubleUnaryOperator logProb, double logTarget, boolean increasing,
                                           double yStart) {
        // Floor ln 0 = -inf at a finite value so that Brent's interpolation stays finite.
        double floor = LOG_MIN_VALUE * 16;
        DoubleUnaryOperator g = y -> {
            double d = Math.max(floor, logProb.applyAsDouble(y)) - logTarget;
            return increasing ? d : -d;
        };
        double yLo = Math.max(LOG_MIN_VALUE, Math.min(LOG_MAX_VALUE, yStart));
        double gLo = g.applyAsDouble(yLo);
        double yHi = yLo;
        double gHi = gLo;
        double step = 1;
        while (gLo > 0) {
            yHi = yLo;
            gHi = gLo;
            if (yLo <= LOG_MIN_VALUE) {
                return 0.0;
            }
            yLo = Math.max(LOG_MIN_VALUE, yLo - step);
            step *= 2;
            gLo = g.applyAsDouble(yLo);
        }
        while (gHi < 0) {
            yLo = yHi;
            gLo = gHi;
            if (yHi >= LOG_MAX_VALUE) {
                return Double.POSITIVE_INFINITY;
            }
            yHi = Math.min(LOG_MAX_VALUE, yHi + step);
            step *= 2;
            gHi = g.applyAsDouble(yHi);
        }
        if (gLo == 0) {
            return Math.exp(yLo);
        }
        if (gHi == 0 || yLo == yHi) {
            return Math.exp(yHi);
        }
        BrentSolver solver = new BrentSolver(INVERSE_ACCURACY, INVERSE_ACCURACY, INVERSE_ACCURACY);
        return Math.exp(solver.solve(MAX_SOLVER_EVALUATIONS, g::applyAsDouble, yLo, yHi));
    }
}
