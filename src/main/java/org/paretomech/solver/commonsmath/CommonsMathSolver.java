package org.paretomech.solver.commonsmath;

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
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.paretomech.lp.LinearProgram;
import org.paretomech.solver.LpResult;
import org.paretomech.solver.LpSolver;
import org.paretomech.solver.LpStatus;

/**
 * Apache Commons Math 3.6.1's dense-tableau {@link SimplexSolver} as a backend: pure Java,
 * independent of ojAlgo, exact up to {@link #EPSILON}, but dense, so only for small programs
 * (at most {@link #maxVariables()} variables, {@link #DEFAULT_MAX_VARIABLES} by default). A larger
 * program is not attempted: it returns {@link LpStatus#FAILED} with a message naming the limit.
 *
 * <p>Translation of {@code rowLower <= A z <= rowUpper, lower <= z <= upper}: a row with equal
 * finite bounds becomes one {@code EQ} constraint, a two-sided row two constraints ({@code GEQ}
 * and {@code LEQ}), a one-sided row one; a row with both bounds infinite is dropped. If every
 * variable has lower bound 0 these bounds are imposed by {@link NonNegativeConstraint}; otherwise
 * variables are declared free and each finite lower bound becomes a {@code GEQ} constraint.
 * Finite upper bounds become {@code LEQ} constraints (a fixed variable an {@code EQ}).
 *
 * <p>Outcomes: {@link NoFeasibleSolutionException} → {@code INFEASIBLE},
 * {@link UnboundedSolutionException} → {@code UNBOUNDED}, {@link TooManyIterationsException}
 * (more than {@link #MAX_ITERATIONS} pivots) or any other exception → {@code FAILED}; otherwise
 * {@code OPTIMAL}.
 */
public final class CommonsMathSolver implements LpSolver {

    /** Backend name. */
    public static final String NAME = "commons-math";

    /**
     * Default largest number of variables attempted. The tableau is dense: a reduced-form program
     * with {@code K} support points has {@code 3K} variables and becomes about {@code 6K}
     * constraints here. Measured on this project's 2-core machine (uniform points, {@code n = 5},
     * welfare weights): {@code K = 200} (600 variables) 2.7 s and 180 MB, {@code K = 400} 7 s and
     * 450 MB, {@code K = 666} (1998 variables) 32 s and 1.1 GB. Beyond 2000 variables use ojAlgo or
     * GLOP, which are sparse.
     */
    public static final int DEFAULT_MAX_VARIABLES = 2000;

    /**
     * Optimality and phase-1 feasibility tolerance given to the simplex (its default is 1e-6,
     * which allows objective errors of that order). Reduced costs of the reduced-form programs are
     * products of masses and normalised values, far above 1e-10 on the programs this backend is
     * meant for.
     */
    public static final double EPSILON = 1e-10;

    /** Commons Math's default ulps for equality comparisons. */
    public static final int MAX_ULPS = 10;

    /** Pivot elements smaller than this are treated as zero (Commons Math's default). */
    public static final double CUT_OFF = 1e-10;

    /** Largest number of simplex pivots before giving up with {@code FAILED}. */
    public static final int MAX_ITERATIONS = 100_000;

    private final int maxVariables;

    /** The backend with the default size limit {@link #DEFAULT_MAX_VARIABLES}. */
    public CommonsMathSolver() {
        this(DEFAULT_MAX_VARIABLES);
    }

    /** The backend refusing programs with more than {@code maxVariables} variables. */
    public CommonsMathSolver(int maxVariables) {
        if (maxVariables < 1) {
            throw new IllegalArgumentException("maxVariables = " + maxVariables + "; expected at least 1");
        }
        this.maxVariables = maxVariables;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Largest number of variables this backend attempts. */
    public int maxVariables() {
        return maxVariables;
    }

    @Override
    public LpResult solve(LinearProgram program) {
        long start = System.nanoTime();
        int m = program.variableCount();
        if (m > maxVariables) {
            return LpResult.failure(LpStatus.FAILED, NAME, millisSince(start), String.format(Locale.ROOT,
                    "too large for commons-math (%d variables > limit %d); use ojalgo or glop", m, maxVariables));
        }
        SimplexSolver solver = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF);
        try {
            boolean nonNegative = allLowerBoundsZero(program);
            List<LinearConstraint> constraints = constraints(program, nonNegative);
            double[] c = new double[m];
            for (int i = 0; i < m; i++) {
                c[i] = program.objective(i);
            }
            PointValuePair p = solver.optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(c, 0),
                    new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(nonNegative),
                    PivotSelectionRule.DANTZIG);
            String message = String.format(Locale.ROOT, "simplex optimal after %d iterations (%d constraints)",
                    solver.getIterations(), constraints.size());
            return new LpResult(LpStatus.OPTIMAL, p.getPoint(), p.getValue(), solver.getIterations(),
                    millisSince(start), NAME, message);
        } catch (NoFeasibleSolutionException e) {
            return failure(LpStatus.INFEASIBLE, solver, start, "no feasible solution: " + e.getMessage());
        } catch (UnboundedSolutionException e) {
            return failure(LpStatus.UNBOUNDED, solver, start, "unbounded: " + e.getMessage());
        } catch (TooManyIterationsException e) {
            return failure(LpStatus.FAILED, solver, start, "more than " + MAX_ITERATIONS + " simplex iterations");
        } catch (RuntimeException e) {
            return failure(LpStatus.FAILED, solver, start, "Commons Math threw " + e);
        }
    }

    private static boolean allLowerBoundsZero(LinearProgram program) {
        for (int i = 0; i < program.variableCount(); i++) {
            if (program.lower(i) != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<LinearConstraint> constraints(LinearProgram program, boolean nonNegative) {
        int m = program.variableCount();
        List<LinearConstraint> out = new ArrayList<>();
        for (LinearProgram.Row row : program.rows()) {
            double[] a = new double[m];
            for (int i = 0; i < row.size(); i++) {
                a[row.index(i)] += row.coefficient(i);
            }
            addBounded(out, a, row.lower(), row.upper());
        }
        for (int i = 0; i < m; i++) {
            double lo = nonNegative ? Double.NEGATIVE_INFINITY : program.lower(i);
            double hi = program.upper(i);
            if (nonNegative && hi == 0) {
                lo = 0; // 0 <= z_i <= 0: one EQ row
            }
            if (Double.isFinite(lo) || Double.isFinite(hi)) {
                double[] a = new double[m];
                a[i] = 1;
                addBounded(out, a, lo, hi);
            }
        }
        return out;
    }

    private static void addBounded(List<LinearConstraint> out, double[] a, double lo, double hi) {
        boolean hasLo = Double.isFinite(lo);
        boolean hasHi = Double.isFinite(hi);
        if (hasLo && hasHi && lo == hi) {
            out.add(new LinearConstraint(a, Relationship.EQ, lo));
            return;
        }
        if (hasLo) {
            out.add(new LinearConstraint(a, Relationship.GEQ, lo));
        }
        if (hasHi) {
            out.add(new LinearConstraint(a, Relationship.LEQ, hi));
        }
    }

    private static LpResult failure(LpStatus status, SimplexSolver solver, long start, String message) {
        return new LpResult(status, new double[0], Double.NaN, solver.getIterations(), millisSince(start), NAME,
                message);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
