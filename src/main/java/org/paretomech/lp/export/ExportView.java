package org.paretomech.lp.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paretomech.lp.LinearProgram;

/**
 * A validated view of a {@link LinearProgram} shared by the writers: sanitised unique names
 * (the objective row is {@value #OBJECTIVE}), rows with repeated variables merged and zero
 * coefficients dropped, and for each variable whether it appears anywhere (a variable in no row
 * and with a zero objective coefficient still has to be declared, as a zero objective entry).
 */
final class ExportView {

    /** Name of the objective row. */
    static final String OBJECTIVE = "obj";

    final LinearProgram program;
    final String modelName;
    final String[] variables;
    final String[] rows;
    final int[][] rowIndices;
    final double[][] rowCoefficients;
    final boolean[] referenced;
    /** Every row name in use, including the objective (writers add derived names to it). */
    final Set<String> rowNamesTaken = new HashSet<>();

    ExportView(LinearProgram program) {
        this.program = program;
        int m = program.variableCount();
        if (m == 0) {
            throw new IllegalArgumentException("program " + program.name()
                    + " has no variables; a model file needs at least one column");
        }
        this.modelName = ModelNames.sanitise(program.name());
        Set<String> variableNamesTaken = new HashSet<>();
        this.variables = new String[m];
        this.referenced = new boolean[m];
        for (int i = 0; i < m; i++) {
            checkVariable(program, i);
            variables[i] = ModelNames.unique(program.variableName(i), variableNamesTaken);
            referenced[i] = program.objective(i) != 0;
        }
        rowNamesTaken.add(OBJECTIVE);
        List<LinearProgram.Row> list = program.rows();
        this.rows = new String[list.size()];
        this.rowIndices = new int[list.size()][];
        this.rowCoefficients = new double[list.size()][];
        for (int r = 0; r < list.size(); r++) {
            LinearProgram.Row row = list.get(r);
            checkRow(row);
            rows[r] = ModelNames.unique(row.name(), rowNamesTaken);
            Map<Integer, Double> merged = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                merged.merge(row.index(i), row.coefficient(i), Double::sum);
            }
            List<Integer> idx = new ArrayList<>();
            List<Double> coef = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                if (!Double.isFinite(e.getValue())) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "row %s: the coefficients of variable %s add up to %s; coefficients must be finite",
                            row.name(), program.variableName(e.getKey()), e.getValue()));
                }
                if (e.getValue() != 0) {
                    idx.add(e.getKey());
                    coef.add(e.getValue());
                    referenced[e.getKey()] = true;
                }
            }
            rowIndices[r] = idx.stream().mapToInt(Integer::intValue).toArray();
            rowCoefficients[r] = coef.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** Number of variables. */
    int variableCount() {
        return variables.length;
    }

    private static void checkVariable(LinearProgram p, int i) {
        double lo = p.lower(i);
        double hi = p.upper(i);
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY
                || lo > hi) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "variable %s has bounds [%s, %s], which no model file can state; "
                            + "give lower <= upper with lower < +Infinity and upper > -Infinity",
                    p.variableName(i), lo, hi));
        }
        if (!Double.isFinite(p.objective(i))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "variable %s has objective coefficient %s; coefficients must be finite",
                    p.variableName(i), p.objective(i)));
        }
    }

    private static void checkRow(LinearProgram.Row row) {
        double lo = row.lower();
        double hi = row.upper();
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY
                || lo > hi) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "row %s has bounds [%s, %s], which no model file can state; "
                            + "give lower <= upper with lower < +Infinity and upper > -Infinity",
                    row.name(), lo, hi));
        }
        for (int i = 0; i < row.size(); i++) {
            if (!Double.isFinite(row.coefficient(i))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "row %s has coefficient %s; coefficients must be finite", row.name(), row.coefficient(i)));
            }
        }
    }

    /**
     * A number as the shortest decimal that reads back as the same {@code double}: integers below
     * 1e15 without a fraction, {@code -0.0} as {@code 0}, others by {@link Double#toString(double)}.
     */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
