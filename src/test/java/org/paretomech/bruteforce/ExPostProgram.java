package org.paretomech.bruteforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;

/**
 * Test-only brute-force LP over <em>full value profiles</em>, written without any of the reductions
 * the production code relies on (symmetry, Border's theorem, local-IC-implies-global-IC, the
 * discrete virtual values of MATH §3). It exists to catch a wrong formula in the reduced-form LP.
 *
 * <p>For every profile {@code v ∈ {v_1..v_K}^n} (probability {@code π(v) = Π_i f_{v_i}}) and buyer
 * {@code i} there is an allocation probability {@code a_i(v) ∈ [0, 1]} and a payment
 * {@code p_i(v)}. Writing {@code π_{-i}} for the probability of the others' values,
 * {@code X_i(j) = Σ_{v_-i} π_{-i}(v_-i) a_i(v_j, v_-i)}, {@code P_i(j)} likewise, and
 * {@code U_i(j | j') = v_j X_i(j') - P_i(j')} the interim utility of a buyer of value {@code v_j}
 * reporting {@code v_j'}, the constraints are
 * <ul>
 *   <li>feasibility: {@code Σ_i a_i(v) <= k} for every profile (written only when {@code k < n};
 *       otherwise it is implied by {@code a_i(v) <= 1}), and {@code 0 <= a_i(v) <= 1} (the upper
 *       bound is implied by feasibility when {@code k = 1 < n}, and then not written);</li>
 *   <li>Bayesian IC for <em>every</em> ordered pair of types, not only adjacent ones:
 *       {@code U_i(j | j') <= U_i(j | j)} for all {@code i}, {@code j != j'};</li>
 *   <li>interim IR: {@code U_i(j | j) >= 0} for all {@code i, j};</li>
 *   <li>transfers, {@link TransferMode#NO_SUBSIDY}: ex-post {@code p_i(v) >= 0} for every profile
 *       (MATH §2.5 and the brute force quoted at the top of MATH: "ex-post non-negative
 *       payments");</li>
 *   <li>transfers, {@link TransferMode#ZERO_LOWEST_UTILITY}: {@code U_i(1 | 1) = 0} for every buyer
 *       and <em>no</em> sign restriction on payments ({@code p_i(v)} is free, split as
 *       {@code p⁺ - p⁻}). MATH §2.5 defines this convention only by {@code u_1 = 0} (Myerson's
 *       normalisation) and says nothing about the sign of payments, so the literal reading is
 *       chosen: it assumes less. The choice does not move the optimum: with {@code U_i(1) = 0},
 *       {@code P_i(1) = v_1 X_i(1) >= 0}, and BIC between adjacent types gives
 *       {@code P_i(j) - P_i(j-1) >= v_{j-1} (X_i(j) - X_i(j-1)) >= 0}, so interim payments are
 *       non-negative anyway and replacing every {@code p_i(v)} by its interim mean
 *       {@code P_i(v_i)} keeps all constraints and the objective. (A test checks that both
 *       variants give the same optimum.)</li>
 * </ul>
 * Symmetry across buyers is <em>not</em> imposed. The objective is
 * {@code λ_R R + λ_S S} with {@code R = Σ_v π(v) Σ_i p_i(v)} and
 * {@code S = Σ_v π(v) Σ_i (v_i a_i(v) - p_i(v))}, optionally with one extra floor
 * {@code μ_R R + μ_S S >= c} for lexicographic solves.
 *
 * <p>Values are divided by the largest support value inside the program (so every coefficient is
 * a probability or a probability times a number in [0, 1]); results are reported in original
 * units. The primary solver is Apache Commons Math's {@link SimplexSolver} (independent of the
 * ojAlgo backend used by the production code) with an optimality tolerance of
 * {@link #SIMPLEX_EPSILON} instead of the default 1e-6, which would allow objective errors of
 * order 1e-6. ojAlgo's {@link ExpressionsBasedModel} can be chosen as a second backend for
 * cross-checking the brute force itself.
 */
final class ExPostProgram {

    /** Which LP solver solves the brute-force program. */
    enum Backend {
        /** Apache Commons Math 3.6.1 dense-tableau simplex (the default, independent solver). */
        COMMONS_MATH,
        /** ojAlgo's {@link ExpressionsBasedModel}, used directly (cross-check of the brute force). */
        OJALGO
    }

    /**
     * Optimality tolerance on reduced costs given to Commons Math's simplex. Reduced costs are
     * combinations of profile probabilities (at least about 1e-4 in the instances used here) and
     * normalised values; 1e-11 keeps the objective error far below the 1e-9 comparisons.
     */
    static final double SIMPLEX_EPSILON = 1e-11;
    /** Commons Math's default ulps for equality comparisons. */
    private static final int SIMPLEX_MAX_ULPS = 10;
    /** Pivot elements below this are ignored (Commons Math's default). */
    private static final double SIMPLEX_CUT_OFF = 1e-10;
    private static final int MAX_ITERATIONS = 1_000_000;

    /**
     * An optimal ex-post mechanism and its outcome, in original units.
     *
     * @param revenue      {@code R}, recomputed from the primal solution
     * @param surplus      {@code S}, recomputed from the primal solution
     * @param allocation   {@code allocation[profile][buyer] = a_i(v)}
     * @param payment      {@code payment[profile][buyer] = p_i(v)}
     * @param maxViolation largest violation of any constraint of the program by the primal
     *                     solution, in normalised units (values divided by {@code v_K})
     */
    record Solution(double revenue, double surplus, double[][] allocation, double[][] payment, double maxViolation) {

        /** {@code λ_R R + λ_S S}. */
        double value(double lambdaR, double lambdaS) {
            return lambdaR * revenue + lambdaS * surplus;
        }
    }

    private final Instance instance;
    private final boolean freePayments;
    private final int n;
    private final int kk;
    private final int units;
    private final int profiles;
    private final double scale;
    /** Normalised support values. */
    private final double[] value;
    private final double[] mass;
    /** {@code type[profile][buyer]}: zero-based support index of the buyer's value. */
    private final int[][] type;
    private final double[] probability;

    /** The brute-force program of {@code instance} with the transfer rule described above. */
    ExPostProgram(Instance instance) {
        this(instance, instance.transfers() == TransferMode.ZERO_LOWEST_UTILITY);
    }

    /**
     * The brute-force program; {@code freePayments} chooses whether ex-post payments may be
     * negative. Under {@code NO_SUBSIDY} they may not; {@code freePayments = true} is only
     * meaningful for {@code ZERO_LOWEST_UTILITY} (see the class comment).
     */
    ExPostProgram(Instance instance, boolean freePayments) {
        if (freePayments && instance.transfers() == TransferMode.NO_SUBSIDY) {
            throw new IllegalArgumentException("no-subsidy requires non-negative ex-post payments");
        }
        this.instance = instance;
        this.freePayments = freePayments;
        DiscreteDistribution d = instance.distribution();
        this.n = instance.buyers();
        this.kk = d.size();
        this.units = instance.units();
        double p = Math.pow(kk, n);
        if (p > 4096) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "K^n = %d^%d = %.0f profiles is too many for the brute force; use K^n <= 4096", kk, n, p));
        }
        this.profiles = (int) p;
        this.scale = d.maxValue() > 0 ? d.maxValue() : 1.0;
        this.value = new double[kk];
        this.mass = new double[kk];
        for (int j = 0; j < kk; j++) {
            value[j] = d.value(j) / scale;
            mass[j] = d.mass(j);
        }
        this.type = new int[profiles][n];
        this.probability = new double[profiles];
        for (int q = 0; q < profiles; q++) {
            int rest = q;
            double pr = 1;
            for (int i = 0; i < n; i++) {
                type[q][i] = rest % kk;
                rest /= kk;
                pr *= mass[type[q][i]];
            }
            probability[q] = pr;
        }
    }

    /** The instance. */
    Instance instance() {
        return instance;
    }

    /**
     * {@code W* = E[sum of the k highest values]} by direct enumeration of profiles (original
     * units), independent of {@code BorderBounds}.
     */
    double enumeratedEfficientWelfare() {
        double w = 0;
        for (int q = 0; q < profiles; q++) {
            double[] vs = new double[n];
            for (int i = 0; i < n; i++) {
                vs[i] = value[type[q][i]];
            }
            java.util.Arrays.sort(vs);
            double top = 0;
            for (int m = 0; m < units; m++) {
                top += vs[n - 1 - m];
            }
            w += probability[q] * top;
        }
        return w * scale;
    }

    /** Maximises {@code λ_R R + λ_S S} with Commons Math. */
    Solution maximise(double lambdaR, double lambdaS) {
        return maximise(lambdaR, lambdaS, Double.NaN, Double.NaN, Double.NaN, Backend.COMMONS_MATH);
    }

    /** Maximises {@code λ_R R + λ_S S} with the given backend. */
    Solution maximise(double lambdaR, double lambdaS, Backend backend) {
        return maximise(lambdaR, lambdaS, Double.NaN, Double.NaN, Double.NaN, backend);
    }

    /**
     * Maximises {@code λ_R R + λ_S S} subject to the extra floor {@code μ_R R + μ_S S >= floor}
     * (original units); a NaN {@code floor} means no floor.
     */
    Solution maximise(double lambdaR, double lambdaS, double muR, double muS, double floor, Backend backend) {
        List<double[]> rows = new ArrayList<>();
        List<Relationship> relations = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        int m = variableCount();

        if (units < n) {
            for (int q = 0; q < profiles; q++) {
                double[] row = new double[m];
                for (int i = 0; i < n; i++) {
                    row[a(q, i)] = 1;
                }
                add(rows, relations, rhs, row, Relationship.LEQ, units);
            }
        }
        if (!(units == 1 && units < n)) {
            for (int q = 0; q < profiles; q++) {
                for (int i = 0; i < n; i++) {
                    double[] row = new double[m];
                    row[a(q, i)] = 1;
                    add(rows, relations, rhs, row, Relationship.LEQ, 1);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < kk; j++) {
                // Interim IR: U_i(j | j) >= 0, and = 0 for the lowest type under zero-lowest-utility.
                double[] ir = new double[m];
                addInterimUtility(ir, i, j, j, 1);
                boolean zero = j == 0 && instance.transfers() == TransferMode.ZERO_LOWEST_UTILITY;
                add(rows, relations, rhs, ir, zero ? Relationship.EQ : Relationship.GEQ, 0);
                for (int r = 0; r < kk; r++) {
                    if (r == j) {
                        continue;
                    }
                    // BIC: U_i(j | j) - U_i(j | r) >= 0.
                    double[] ic = new double[m];
                    addInterimUtility(ic, i, j, j, 1);
                    addInterimUtility(ic, i, j, r, -1);
                    add(rows, relations, rhs, ic, Relationship.GEQ, 0);
                }
            }
        }
        if (!Double.isNaN(floor)) {
            add(rows, relations, rhs, objectiveRow(muR, muS), Relationship.GEQ, floor / scale);
        }
        double[] objective = objectiveRow(lambdaR, lambdaS);
        double[] z = backend == Backend.COMMONS_MATH
                ? solveCommonsMath(objective, rows, relations, rhs)
                : solveOjAlgo(objective, rows, relations, rhs);
        return toSolution(z, rows, relations, rhs);
    }

    private int variableCount() {
        return (freePayments ? 3 : 2) * profiles * n;
    }

    private int a(int q, int i) {
        return q * n + i;
    }

    private int pPlus(int q, int i) {
        return profiles * n + q * n + i;
    }

    private int pMinus(int q, int i) {
        return 2 * profiles * n + q * n + i;
    }

    /** Profile index of {@code q} with buyer {@code i}'s type replaced by {@code j}. */
    private int withType(int q, int i, int j) {
        int stride = 1;
        for (int b = 0; b < i; b++) {
            stride *= kk;
        }
        return q + (j - type[q][i]) * stride;
    }

    /** Adds {@code sign * U_i(j | r) = sign * Σ_{v_-i} π_{-i} (v_j a_i(r, v_-i) - p_i(r, v_-i))} to {@code row}. */
    private void addInterimUtility(double[] row, int i, int j, int r, double sign) {
        for (int q = 0; q < profiles; q++) {
            if (type[q][i] != r) {
                continue;
            }
            double others = probability[q] / mass[r];
            row[a(q, i)] += sign * others * value[j];
            row[pPlus(q, i)] -= sign * others;
            if (freePayments) {
                row[pMinus(q, i)] += sign * others;
            }
        }
    }

    /** Coefficients of {@code (λ_R R + λ_S S) / scale}. */
    private double[] objectiveRow(double lambdaR, double lambdaS) {
        double[] c = new double[variableCount()];
        for (int q = 0; q < profiles; q++) {
            for (int i = 0; i < n; i++) {
                c[a(q, i)] += lambdaS * probability[q] * value[type[q][i]];
                c[pPlus(q, i)] += (lambdaR - lambdaS) * probability[q];
                if (freePayments) {
                    c[pMinus(q, i)] -= (lambdaR - lambdaS) * probability[q];
                }
            }
        }
        return c;
    }

    private static void add(List<double[]> rows, List<Relationship> relations, List<Double> rhs, double[] row,
                            Relationship rel, double b) {
        rows.add(row);
        relations.add(rel);
        rhs.add(b);
    }

    private double[] solveCommonsMath(double[] objective, List<double[]> rows, List<Relationship> relations,
                                      List<Double> rhs) {
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            constraints.add(new LinearConstraint(rows.get(r), relations.get(r), rhs.get(r)));
        }
        SimplexSolver solver = new SimplexSolver(SIMPLEX_EPSILON, SIMPLEX_MAX_ULPS, SIMPLEX_CUT_OFF);
        try {
            PointValuePair p = solver.optimize(new MaxIter(MAX_ITERATIONS),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints),
                    GoalType.MAXIMIZE, new NonNegativeConstraint(true));
            return p.getPoint();
        } catch (NoFeasibleSolutionException | UnboundedSolutionException | TooManyIterationsException e) {
            throw new IllegalStateException(instance.name() + ": Commons Math simplex failed: " + e, e);
        }
    }

    private double[] solveOjAlgo(double[] objective, List<double[]> rows, List<Relationship> relations,
                                 List<Double> rhs) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int m = objective.length;
        Variable[] vars = new Variable[m];
        for (int v = 0; v < m; v++) {
            vars[v] = model.addVariable("z" + v).lower(0).weight(objective[v]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Expression e = model.addExpression("r" + r);
            double[] row = rows.get(r);
            for (int v = 0; v < m; v++) {
                if (row[v] != 0) {
                    e.set(vars[v], row[v]);
                }
            }
            double b = rhs.get(r);
            switch (relations.get(r)) {
                case LEQ -> e.upper(b);
                case GEQ -> e.lower(b);
                default -> e.level(b);
            }
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException(instance.name() + ": ojAlgo returned " + result.getState());
        }
        double[] z = new double[m];
        for (int v = 0; v < m; v++) {
            z[v] = result.doubleValue(v);
        }
        return z;
    }

    private Solution toSolution(double[] z, List<double[]> rows, List<Relationship> relations, List<Double> rhs) {
        double violation = 0;
        for (double zi : z) {
            violation = Math.max(violation, -zi);
        }
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            double activity = 0;
            for (int v = 0; v < z.length; v++) {
                activity += row[v] * z[v];
            }
            double b = rhs.get(r);
            double excess = switch (relations.get(r)) {
                case LEQ -> activity - b;
                case GEQ -> b - activity;
                default -> Math.abs(activity - b);
            };
            violation = Math.max(violation, excess);
        }
        double[][] alloc = new double[profiles][n];
        double[][] pay = new double[profiles][n];
        double revenue = 0;
        double surplus = 0;
        for (int q = 0; q < profiles; q++) {
            for (int i = 0; i < n; i++) {
                alloc[q][i] = z[a(q, i)];
                pay[q][i] = (z[pPlus(q, i)] - (freePayments ? z[pMinus(q, i)] : 0)) * scale;
                revenue += probability[q] * pay[q][i];
                surplus += probability[q] * (value[type[q][i]] * scale * alloc[q][i] - pay[q][i]);
            }
        }
        return new Solution(revenue, surplus, alloc, pay, violation);
    }

    /**
     * Largest violation, in normalised units, of the mechanism's constraints evaluated directly
     * from the allocation and payment arrays (not from the LP rows): bounds, per-profile
     * feasibility, BIC for every pair, interim IR and the transfer rule.
     */
    double directViolation(Solution s) {
        double worst = 0;
        for (int q = 0; q < profiles; q++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double x = s.allocation()[q][i];
                worst = Math.max(worst, Math.max(-x, x - 1));
                total += x;
                if (instance.transfers() == TransferMode.NO_SUBSIDY || !freePayments) {
                    worst = Math.max(worst, -s.payment()[q][i] / scale);
                }
            }
            worst = Math.max(worst, total - units);
        }
        for (int i = 0; i < n; i++) {
            double[] interimX = new double[kk];
            double[] interimP = new double[kk];
            for (int q = 0; q < profiles; q++) {
                int t = type[q][i];
                interimX[t] += probability[q] / mass[t] * s.allocation()[q][i];
                interimP[t] += probability[q] / mass[t] * s.payment()[q][i] / scale;
            }
            for (int j = 0; j < kk; j++) {
                double truthful = value[j] * interimX[j] - interimP[j];
                worst = Math.max(worst, -truthful);
                if (j == 0 && instance.transfers() == TransferMode.ZERO_LOWEST_UTILITY) {
                    worst = Math.max(worst, Math.abs(truthful));
                }
                for (int r = 0; r < kk; r++) {
                    worst = Math.max(worst, value[j] * interimX[r] - interimP[r] - truthful);
                }
            }
        }
        return worst;
    }

    /** Number of value profiles {@code K^n}. */
    int profileCount() {
        return profiles;
    }
}
