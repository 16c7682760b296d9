package org.paretomech.lp.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.type.context.NumberContext;
import org.paretomech.lp.LinearProgram;

/**
 * ojAlgo as an independent reader of the exported files: its own MPS and CPLEX LP parsers
 * ({@code ExpressionsBasedModel.parse}), an exact comparison of what it read with the program, and
 * a solve.
 */
final class OjAlgoModels {

    /**
     * Feasibility context for the solves, as in {@code OjAlgoSolver} (12 digits, absolute scale
     * 1e-12): ojAlgo's default stops up to 1e-8 short of a vertex.
     */
    static final NumberContext FEASIBILITY = NumberContext.of(12, 12);

    /** Relative accuracy of a range row's upper bound {@code lo + (hi - lo)} as a reader forms it. */
    static final double RANGE_SUM = 1e-14;

    private OjAlgoModels() {
    }

    /** The model ojAlgo reads from {@code text} in {@code format}. */
    static ExpressionsBasedModel parse(String text, ModelFormat format) {
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return ExpressionsBasedModel.parse(in, fileFormat(format));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model ojAlgo reads from {@code file}; the format comes from the extension. */
    static ExpressionsBasedModel parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), formatOf(file));
    }

    static ModelFormat formatOf(Path file) {
        return ModelFormat.fromFileName(file.getFileName().toString())
                .orElseThrow(() -> new IllegalArgumentException(file + " is neither .mps nor .lp"));
    }

    /** Solves the parsed model and returns its state and the optimum of {@code max c·z} (the MPS minimum negated). */
    static Optimisation.Result solve(ExpressionsBasedModel model, ModelFormat format) {
        model.options.feasibility = FEASIBILITY;
        return format == ModelFormat.MPS ? model.minimise() : model.maximise();
    }

    /** {@code max c·z} from a solve of a model read from a file in {@code format}. */
    static double maximum(Optimisation.Result result, ModelFormat format) {
        return format == ModelFormat.MPS ? -result.getValue() : result.getValue();
    }

    private static ExpressionsBasedModel.FileFormat fileFormat(ModelFormat format) {
        return format == ModelFormat.MPS ? ExpressionsBasedModel.FileFormat.MPS : ExpressionsBasedModel.FileFormat.LP;
    }

    /**
     * Asserts that {@code model} (read from a file written in {@code format}) is exactly
     * {@code program}: every bound and coefficient equal as a {@code double}, the objective negated
     * for MPS. The one exception is the upper bound of an MPS range row, which a reader forms as
     * {@code lo + (hi - lo)} in its own arithmetic (ojAlgo rounds the sum to about 15 digits): equal
     * to within {@value #RANGE_SUM} of the magnitudes involved.
     */
    static void assertSameProgram(ExpressionsBasedModel model, LinearProgram program, ModelFormat format) {
        assertSameProgram(model, program, format, 0);
    }

    /**
     * As {@link #assertSameProgram(ExpressionsBasedModel, LinearProgram, ModelFormat)}, but every
     * number only within {@code relative} of its magnitude (same names, rows, sparsity and bound
     * kinds still required): for files written by an earlier build whose arithmetic differed in
     * the last digits.
     */
    static void assertSameProgram(ExpressionsBasedModel model, LinearProgram program, ModelFormat format,
                                  double relative) {
        ExportView v = new ExportView(program);
        Map<String, Variable> byName = new HashMap<>();
        for (Variable var : model.getVariables()) {
            byName.put(var.getName(), var);
        }
        assertThat(byName).as("variables read").hasSize(program.variableCount());
        Variable[] vars = new Variable[program.variableCount()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = byName.get(v.variables[i]);
            assertThat(vars[i]).as("variable %s", v.variables[i]).isNotNull();
            assertLimit(vars[i].getLowerLimit(), program.lower(i), relative * Math.abs(program.lower(i)),
                    "lower bound of " + v.variables[i]);
            assertLimit(vars[i].getUpperLimit(), program.upper(i), relative * Math.abs(program.upper(i)),
                    "upper bound of " + v.variables[i]);
        }

        Expression objective = model.getExpression(ExportView.OBJECTIVE);
        assertThat(objective).as("objective row").isNotNull();
        double sign = format == ModelFormat.MPS ? -1 : 1;
        for (int i = 0; i < vars.length; i++) {
            assertNumber(value(objective.get(vars[i])), sign * program.objective(i), relative,
                    "objective coefficient of " + v.variables[i]);
        }

        List<LinearProgram.Row> rows = program.rows();
        int constraints = 0;
        java.util.Set<String> taken = new java.util.HashSet<>(v.rowNamesTaken);
        for (int r = 0; r < rows.size(); r++) {
            double lo = rows.get(r).lower();
            double hi = rows.get(r).upper();
            boolean range = Double.isFinite(lo) && Double.isFinite(hi) && lo != hi;
            boolean free = !Double.isFinite(lo) && !Double.isFinite(hi);
            if (format == ModelFormat.LP && free) {
                assertThat(model.getExpression(v.rows[r])).as("free row %s is left out", v.rows[r]).isNull();
                continue;
            }
            if (format == ModelFormat.LP && range) {
                String loName = ModelNames.unique(v.rows[r] + "_lo", taken);
                String hiName = ModelNames.unique(v.rows[r] + "_hi", taken);
                assertRow(model.getExpression(loName), v, vars, r, lo, Double.POSITIVE_INFINITY, false, relative);
                assertRow(model.getExpression(hiName), v, vars, r, Double.NEGATIVE_INFINITY, hi, false, relative);
                constraints += 2;
            } else {
                assertRow(model.getExpression(v.rows[r]), v, vars, r, lo, hi, format == ModelFormat.MPS && range,
                        relative);
                constraints += free ? 0 : 1;
            }
        }
        long read = model.getExpressions().stream().filter(Expression::isConstraint).count();
        assertThat(read).as("constraint rows read").isEqualTo(constraints);
    }

    private static void assertRow(Expression e, ExportView v, Variable[] vars, int r, double lo, double hi,
                                  boolean upperByRange, double relative) {
        String name = v.rows[r];
        assertThat(e).as("row %s", name).isNotNull();
        int[] idx = v.rowIndices[r];
        double[] coef = v.rowCoefficients[r];
        long nonZeros = e.getLinearEntrySet().stream().filter(en -> en.getValue().signum() != 0).count();
        assertThat(nonZeros).as("non-zeros of row %s", name).isEqualTo(idx.length);
        for (int k = 0; k < idx.length; k++) {
            assertNumber(value(e.get(vars[idx[k]])), coef[k], relative,
                    "coefficient of " + v.variables[idx[k]] + " in row " + name);
        }
        assertLimit(e.getLowerLimit(), lo, relative * Math.abs(lo), "lower bound of row " + name);
        double sumScale = upperByRange ? Math.max(Math.abs(lo), Math.max(Math.abs(hi), hi - lo)) : 0;
        assertLimit(e.getUpperLimit(), hi, Math.max(RANGE_SUM * sumScale, relative * Math.abs(hi)),
                "upper bound of row " + name);
    }

    private static void assertLimit(BigDecimal read, double expected, double tolerance, String what) {
        if (Double.isInfinite(expected)) {
            assertThat(read).as(what + " (none)").isNull();
        } else {
            assertThat(read).as(what).isNotNull();
            double got = read.doubleValue();
            if (tolerance > 0) {
                assertThat(Math.abs(got - expected)).as(what + ": read %s, expected %s", got, expected)
                        .isLessThanOrEqualTo(tolerance);
            } else {
                assertThat(got + 0.0).as(what).isEqualTo(expected + 0.0);
            }
        }
    }

    private static void assertNumber(double got, double expected, double relative, String what) {
        if (relative > 0) {
            assertThat(Math.abs(got - expected)).as("%s: read %s, expected %s", what, got, expected)
                    .isLessThanOrEqualTo(relative * Math.abs(expected));
        } else {
            assertThat(got + 0.0).as(what).isEqualTo(expected + 0.0);
        }
    }

    private static double value(BigDecimal b) {
        return b == null ? 0.0 : b.doubleValue() + 0.0;
    }
}
