package org.paretomech.solver.ojalgo;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.type.context.NumberContext;
import org.paretomech.lp.LinearProgram;
import org.paretomech.solver.LpResult;
import org.paretomech.solver.LpSolver;
import org.paretomech.solver.LpStatus;

/**
 * The default pure-Java backend: ojAlgo's {@link ExpressionsBasedModel} and its simplex solver,
 * with the simplex variant chosen by ojAlgo ({@link Algorithm#AUTO}) or forced.
 */
public final class OjAlgoSolver implements LpSolver {

    /** Backend name. */
    public static final String NAME = "ojalgo";

    /** Which simplex variant ojAlgo runs. */
    public enum Algorithm {
        /** ojAlgo's own choice (its dual simplex on these programs). */
        AUTO,
        /** Primal simplex. */
        PRIMAL,
        /** Dual simplex. */
        DUAL
    }

    /** Feasibility context passed to ojAlgo: 12 significant digits, absolute scale 1e-12. */
    static final NumberContext FEASIBILITY = NumberContext.of(12, 12);

    private final Algorithm algorithm;

    /** ojAlgo with its own choice of simplex variant. */
    public OjAlgoSolver() {
        this(Algorithm.AUTO);
    }

    /** ojAlgo with the given simplex variant. */
    public OjAlgoSolver(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public String name() {
        return algorithm == Algorithm.AUTO ? NAME : NAME + "-" + algorithm.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public LpResult solve(LinearProgram program) {
        long start = System.nanoTime();
        try {
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            // ojAlgo's default feasibility context (12 digits, scale 8) stops simplex pivots up to
            // 1e-8 short of a vertex; on our normalised programs that left lexicographic ends
            // 1.5e-9 W* short of the optimum (BruteForce SurplusEndPrecisionRegressionTest).
            model.options.feasibility = FEASIBILITY;
            if (algorithm == Algorithm.PRIMAL) {
                model.options.linear().primal();
            } else if (algorithm == Algorithm.DUAL) {
                model.options.linear().dual();
            }
            int m = program.variableCount();
            Variable[] vars = new Variable[m];
            for (int i = 0; i < m; i++) {
                Variable v = model.addVariable(program.variableName(i));
                if (Double.isFinite(program.lower(i))) {
                    v.lower(program.lower(i));
                }
                if (Double.isFinite(program.upper(i))) {
                    v.upper(program.upper(i));
                }
                if (program.objective(i) != 0) {
                    v.weight(program.objective(i));
                }
                vars[i] = v;
            }
            for (LinearProgram.Row row : program.rows()) {
                Expression e = model.addExpression(row.name());
                for (int i = 0; i < row.size(); i++) {
                    e.set(vars[row.index(i)], row.coefficient(i));
                }
                if (Double.isFinite(row.lower())) {
                    e.lower(row.lower());
                }
                if (Double.isFinite(row.upper())) {
                    e.upper(row.upper());
                }
            }
            Optimisation.Result result = model.maximise();
            long millis = (System.nanoTime() - start) / 1_000_000;
            LpStatus status = map(result.getState());
            if (!status.hasSolution()) {
                return LpResult.failure(status, name(), millis, "ojAlgo state " + result.getState());
            }
            double[] primal = new double[m];
            for (int i = 0; i < m; i++) {
                primal[i] = result.doubleValue(i);
            }
            return new LpResult(status, primal, result.getValue(), -1, millis, name(), "ojAlgo state " + result.getState());
        } catch (RuntimeException | LinkageError e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            return LpResult.failure(LpStatus.FAILED, name(), millis, "ojAlgo threw " + e);
        }
    }

    private static LpStatus map(Optimisation.State state) {
        if (state.isOptimal()) {
            return LpStatus.OPTIMAL;
        }
        switch (state) {
            case INFEASIBLE:
                return LpStatus.INFEASIBLE;
            case UNBOUNDED:
                return LpStatus.UNBOUNDED;
            case FEASIBLE:
            case APPROXIMATE:
                return LpStatus.IMPRECISE;
            default:
                return LpStatus.FAILED;
        }
    }
}
