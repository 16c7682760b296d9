package org.paretomech.analysis;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.mechanism.BorderBounds;

/**
 * Closed forms of MATH §5 for a continuous family, evaluated by Gauss–Legendre quadrature in
 * quantile space ({@code q = F(v)}, so unbounded supports become {@code [0, 1)} and the density
 * appears only as {@code (1 - q) / f(v(q))}, the inverse hazard rate):
 * <ul>
 *   <li>{@code R(r) = n ∫_{F(r)}^1 (v(q) - (1-q)/f(v(q))) P_k(q) dq},</li>
 *   <li>{@code S(r) = n ∫_{F(r)}^1 (1-q)/f(v(q)) P_k(q) dq},</li>
 * </ul>
 * with {@code P_k(q) = P(Binomial(n-1, 1-q) <= k-1)} ({@code q^{n-1}} for one unit), and
 * {@code W* = R(a) + S(a)}. The monopoly reserve solves {@code φ(r) = v - (1-F)/f = 0}.
 * Families with an atom (equal-revenue) are not supported: {@link #of} rejects them.
 *
 * @param family          the continuous family
 * @param buyers          {@code n}
 * @param units           {@code k}
 * @param welfareMax      {@code W*}
 * @param monopolyReserve {@code r*} (the lowest root of φ; the support's lower end if φ >= 0 there)
 * @param revenueAtMonopolyReserve {@code R(r*)}: Myerson's optimal revenue when the family is regular
 * @param secondPriceRevenue {@code R(a)}: second price without reserve
 * @param secondPriceSurplus {@code S(a)}
 * @param lotterySurplus  {@code k E[v]}: a free lottery among all buyers
 */
public record ContinuousReference(ContinuousFamily family, int buyers, int units, double welfareMax,
                                  double monopolyReserve, double revenueAtMonopolyReserve,
                                  double secondPriceRevenue, double secondPriceSurplus, double lotterySurplus) {

    /** Panels of the composite 5-point Gauss–Legendre rule on [F(r), 1]. */
    static final int PANELS = 4000;

    private static final double[] NODES = {0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640,
        0.9061798459386640};
    private static final double[] WEIGHTS = {0.5688888888888889, 0.4786286704993665, 0.4786286704993665,
        0.2369268850561891, 0.2369268850561891};

    /** Evaluates the closed forms for {@code n} buyers and {@code k} units. */
    public static ContinuousReference of(ContinuousFamily family, int buyers, int units) {
        if (family.upperAtomMass() > 0) {
            throw new IllegalArgumentException(family.describe() + " has an atom; continuous closed forms need a density");
        }
        double a = family.supportLowerBound();
        double rStar = monopolyReserve(family);
        double ra = revenue(family, buyers, units, 0.0);
        double sa = surplus(family, buyers, units, 0.0);
        double rq = family.cdf(rStar);
        return new ContinuousReference(family, buyers, units, ra + sa, rStar, revenue(family, buyers, units, rq),
                ra, sa, units * family.mean());
    }

    private static double virtualValueAtQuantile(ContinuousFamily f, double q) {
        double v = f.quantile(q);
        return v - (1 - q) / f.density(v);
    }

    static double monopolyReserve(ContinuousFamily f) {
        double lo = 1e-12;
        double hi = 1 - 1e-9;
        if (virtualValueAtQuantile(f, lo) >= 0) {
            return f.supportLowerBound();
        }
        // Scan for the first sign change, then refine with Brent (φ may be non-monotone).
        int steps = 2000;
        double prev = lo;
        for (int i = 1; i <= steps; i++) {
            double q = lo + (hi - lo) * i / steps;
            if (virtualValueAtQuantile(f, q) >= 0) {
                double root = new BrentSolver(1e-14, 1e-14).solve(200, x -> virtualValueAtQuantile(f, x), prev, q);
                return f.quantile(root);
            }
            prev = q;
        }
        return f.quantile(hi);
    }

    private static double weight(int n, int k, double q) {
        return k == 1 ? Math.pow(q, n - 1) : BorderBounds.binomialCdf(n - 1, k - 1, 1 - q);
    }

    static double revenue(ContinuousFamily f, int n, int k, double fromQuantile) {
        return n * integrate(fromQuantile, q -> {
            double v = f.quantile(q);
            return (v - (1 - q) / f.density(v)) * weight(n, k, q);
        });
    }

    static double surplus(ContinuousFamily f, int n, int k, double fromQuantile) {
        return n * integrate(fromQuantile, q -> (1 - q) / f.density(f.quantile(q)) * weight(n, k, q));
    }

    /**
     * {@code ∫_from^1 g(q) dq} after the substitution {@code q = 1 - (1 - from)(1 - t)^4}, which
     * tames the growth of {@code v(q)} as {@code q -> 1} for heavy tails (for a tail index α the
     * integrand becomes {@code (1 - t)^{3 - 4/α}}, bounded for α > 4/3), then a composite
     * 5-point Gauss–Legendre rule on {@code t ∈ [0, 1]} (no node at the endpoints).
     */
    private static double integrate(double from, java.util.function.DoubleUnaryOperator g) {
        double width = 1 - from;
        double h = 1.0 / PANELS;
        double sum = 0;
        for (int p = 0; p < PANELS; p++) {
            double mid = (p + 0.5) * h;
            for (int i = 0; i < NODES.length; i++) {
                double t = mid + 0.5 * h * NODES[i];
                double s = 1 - t;
                double q = 1 - width * s * s * s * s;
                double jacobian = 4 * width * s * s * s;
                if (q >= 1 || jacobian == 0) {
                    continue;
                }
                sum += WEIGHTS[i] * g.applyAsDouble(q) * jacobian;
            }
        }
        return sum * 0.5 * h;
    }
}
