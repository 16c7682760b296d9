package org.paretomech.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;

/**
 * Independent verification of a returned mechanism: recomputes revenue and surplus from
 * {@code (x, u)} and checks every constraint of the reduced-form LP (MATH §2) — bounds, Border for
 * every upper set (summed directly, not from the solver's auxiliary variables), monotonicity, both
 * local IC inequalities, IR and the transfer rule — within {@link Tolerances#feasibility()} on the
 * problem where each type's utilities are measured in units of {@code max(v_j, E[v])} (allocations
 * and Border sums are probabilities already). {@code R} and {@code S} are non-negative exactly, so
 * a negative value within the checked accuracy is rounding and is reported as 0.
 *
 * @param revenue      {@code R} recomputed from the mechanism
 * @param surplus      {@code S} recomputed from the mechanism
 * @param maxViolation largest violation found, normalised (0 if none)
 * @param violations   descriptions of the violations beyond tolerance (at most
 *                     {@link #MAX_REPORTED} are kept)
 */
public record Certificate(double revenue, double surplus, double maxViolation, List<String> violations) {

    /** Number of violation descriptions kept in a certificate. */
    public static final int MAX_REPORTED = 10;

    public Certificate {
        violations = List.copyOf(violations);
    }

    /** Whether every check passed. */
    public boolean passed() {
        return violations.isEmpty();
    }

    /** Welfare {@code R + S}. */
    public double welfare() {
        return revenue + surplus;
    }

    /** Checks {@code mechanism} against the constraints of {@code instance}. */
    public static Certificate check(Instance instance, InterimMechanism mechanism, Tolerances tolerances) {
        return check(instance, mechanism,
                BorderBounds.rightHandSides(instance.distribution(), instance.buyers(), instance.units()), tolerances);
    }

    /**
     * As {@link #check(Instance, InterimMechanism, Tolerances)} with the Border right-hand sides
     * {@code B_j} precomputed by {@link BorderBounds#rightHandSides} (repeated checks of one instance).
     */
    public static Certificate check(Instance instance, InterimMechanism mechanism, double[] border,
                                    Tolerances tolerances) {
        DiscreteDistribution d = instance.distribution();
        int kk = d.size();
        if (mechanism.size() != kk || border.length != kk) {
            throw new IllegalArgumentException("mechanism has " + mechanism.size() + " types, instance has " + kk);
        }
        int n = instance.buyers();
        double scale = d.maxValue() > 0 ? d.maxValue() : 1.0;
        // Utilities are checked on the scale of each type's own value, floored at the mean value:
        // dividing by v_max alone let violations of 10 value units pass for types worth 1 to 3 when
        // v_max = 1e9 (values {1, 2, 3, 1e9}: an LP point with R = -2.125 was certified).
        double mean = d.mean();
        double floor = mean > 0 ? Math.min(mean, scale) : scale;
        double tol = tolerances.feasibility();
        Checker c = new Checker(tol);

        // Hot loop (once per frontier solve): each check is a comparison; a message is formatted
        // only when it fails, so passing checks allocate nothing.
        // R and S are summed in the same pass, term by term as InterimMechanism.revenue/surplus do.
        double prevX = 0;
        double prevU = 0;
        double revenue = 0;
        double surplus = 0;
        for (int j = 0; j < kk; j++) {
            double x = mechanism.allocation(j);
            double uRaw = mechanism.utility(j);
            double typeScale = Math.max(d.value(j), floor);
            double u = uRaw / typeScale;
            double f = d.mass(j);
            revenue += f * (d.value(j) * x - uRaw);
            surplus += f * uRaw;
            if (!c.atMost(-x, 0)) {
                c.fail("x[%d] = %.3g < 0", j, x);
            }
            if (!c.atMost(x, 1)) {
                c.fail("x[%d] = %.3g > 1", j, x);
            }
            if (!c.atMost(-u, 0)) {
                c.fail("u[%d] = %.3g < 0 (IR)", j, uRaw);
            }
            if (!Double.isFinite(x) || !Double.isFinite(u)) {
                c.fail("x[%d] or u[%d] is not finite", j, j);
            }
            if (j > 0) {
                double delta = (d.value(j) - d.value(j - 1)) / typeScale;
                double du = (uRaw - prevU) / typeScale;
                if (!c.atMost(prevX, x)) {
                    c.fail("monotonicity: x[%d] = %.6g > x[%d] = %.6g", j - 1, prevX, j, x);
                }
                if (!c.atMost(delta * prevX, du)) {
                    c.fail("IC (downward) at %d: u[%d] - u[%d] below Δ x[%d]", j, j, j - 1, j - 1);
                }
                if (!c.atMost(du, delta * x)) {
                    c.fail("IC (upward) at %d: u[%d] - u[%d] above Δ x[%d]", j, j, j - 1, j);
                }
            }
            prevX = x;
            prevU = uRaw;
        }
        double scale0 = Math.max(d.value(0), floor);
        double u1 = mechanism.utility(0) / scale0;
        if (instance.transfers() == TransferMode.NO_SUBSIDY) {
            if (!c.atMost(u1, d.value(0) / scale0 * mechanism.allocation(0))) {
                c.fail("no-subsidy: p[0] < 0");
            }
        } else if (!c.atMost(Math.abs(u1), 0)) {
            c.fail("zero-lowest-utility: u[0] = %.3g != 0", mechanism.utility(0));
        }
        double tail = 0;
        for (int j = kk - 1; j >= 0; j--) {
            tail += d.mass(j) * mechanism.allocation(j);
            double bound = border[j];
            if (!c.atMost(n * tail, bound)) {
                c.fail("Border at %d: n Σ f x = %.12g > %.12g", j, n * tail, bound);
            }
        }
        // Every payment is at least p_1 >= 0 (IC makes payments non-decreasing; both transfer modes
        // have p_1 >= 0) and every utility is >= 0, so R >= 0 and S >= 0 exactly: a negative within
        // the accuracy the checks above imply (each u_j within tol of its type's scale, whose
        // mass-weighted mean is at most twice the mean value) is rounding, reported as 0.
        double slack = 2 * tol * n * Math.max(mean, 0);
        double r = n * revenue;
        double sPlus = n * surplus;
        if (r < 0 && r >= -slack) {
            r = 0;
        }
        if (sPlus < 0 && sPlus >= -slack) {
            sPlus = 0;
        }
        return new Certificate(r, sPlus, c.max, c.messages);
    }

    private static final class Checker {
        private final double tol;
        private final List<String> messages = new ArrayList<>();
        private double max;

        Checker(double tol) {
            this.tol = tol;
        }

        /** Whether {@code lhs <= rhs + tol}; records the excess either way. */
        boolean atMost(double lhs, double rhs) {
            double excess = lhs - rhs;
            if (!(excess <= tol)) {
                max = Math.max(max, Double.isNaN(excess) ? Double.POSITIVE_INFINITY : excess);
                return false;
            }
            if (excess > max) {
                max = excess;
            }
            return true;
        }

        void fail(String format, Object... args) {
            if (messages.size() < MAX_REPORTED) {
                messages.add(String.format(Locale.ROOT, format, args));
            }
        }
    }
}
