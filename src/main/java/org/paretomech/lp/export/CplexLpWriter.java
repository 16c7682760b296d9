package org.paretomech.lp.export;

import java.util.List;
import org.paretomech.lp.LinearProgram;

/**
 * Writes a {@link LinearProgram} ({@code maximise c·z, rowLower <= A z <= rowUpper,
 * lower <= z <= upper}) in CPLEX LP format: {@code Maximize}, {@code Subject To},
 * {@code Bounds}, {@code End}.
 *
 * <p>Format decisions (checked with GLPK 5.0 {@code glpsol --lp}, Clp 1.17 and ojAlgo's LP reader;
 * only constructs that CPLEX, Gurobi and HiGHS document are used):
 * <ul>
 *   <li>The objective is written as it is, under {@code Maximize}, labelled {@value
 *       ExportView#OBJECTIVE}.</li>
 *   <li>A row with both bounds finite and different becomes two rows, {@code NAME_lo: ... >= lo}
 *       and {@code NAME_hi: ... <= hi}: every reader accepts this, not every reader accepts the
 *       ranged form {@code lo <= expr <= hi}. A row with neither bound finite constrains nothing
 *       and is left out, with a comment. A row without non-zeros is written as {@code 0 z1 >= lo}.</li>
 *   <li>Every variable has a line in {@code Bounds}, default ones included ({@code z >= 0}):
 *       {@code z = v}, {@code z free}, {@code -inf <= z <= hi}, {@code lo <= z <= hi} or
 *       {@code z >= lo}.</li>
 *   <li>A variable in no row and with zero objective coefficient appears in the objective as
 *       {@code + 0 z}, so that it is declared before {@code Bounds}.</li>
 *   <li>Lines are wrapped between terms to stay under {@value #WRAP} characters (the format's limit
 *       is 255); comments start with {@code \}.</li>
 * </ul>
 */
public final class CplexLpWriter {

    /** Lines are broken between terms before they reach this length. */
    public static final int WRAP = 200;

    private CplexLpWriter() {
    }

    /**
     * The LP-format text of {@code program}, preceded by {@code comments} (one {@code \} line each).
     *
     * @throws IllegalArgumentException if a bound is NaN, a lower bound is {@code +inf}, an upper
     *                                  bound {@code -inf}, a lower bound exceeds its upper bound, or
     *                                  a coefficient is not finite
     */
    public static String write(LinearProgram program, List<String> comments) {
        ExportView v = new ExportView(program);
        StringBuilder out = new StringBuilder(48 * (int) Math.min(Integer.MAX_VALUE / 48, 16 + program.nonZeros()));
        for (String c : comments) {
            for (String line : c.split("\n", -1)) {
                comment(out, line);
            }
        }
        comment(out, "Problem: " + v.modelName);

        out.append("Maximize\n");
        Line obj = new Line(out, " " + ExportView.OBJECTIVE + ":");
        int terms = 0;
        for (int i = 0; i < v.variableCount(); i++) {
            double c = program.objective(i);
            if (c != 0) {
                obj.term(c, v.variables[i], terms++ == 0);
            } else if (!v.referenced[i]) {
                obj.token("+ 0 " + v.variables[i]);
                terms++;
            }
        }
        if (terms == 0) {
            obj.token("0 " + v.variables[0]);
        }
        obj.end();

        out.append("Subject To\n");
        List<LinearProgram.Row> rows = program.rows();
        for (int r = 0; r < rows.size(); r++) {
            LinearProgram.Row row = rows.get(r);
            double lo = row.lower();
            double hi = row.upper();
            boolean hasLo = Double.isFinite(lo);
            boolean hasHi = Double.isFinite(hi);
            if (!hasLo && !hasHi) {
                comment(out, "row " + v.rows[r] + " has no finite bound and is left out");
            } else if (hasLo && hasHi && lo != hi) {
                String loName = ModelNames.unique(v.rows[r] + "_lo", v.rowNamesTaken);
                String hiName = ModelNames.unique(v.rows[r] + "_hi", v.rowNamesTaken);
                constraint(out, v, r, loName, ">=", lo);
                constraint(out, v, r, hiName, "<=", hi);
            } else if (hasLo && hasHi) {
                constraint(out, v, r, v.rows[r], "=", lo);
            } else if (hasLo) {
                constraint(out, v, r, v.rows[r], ">=", lo);
            } else {
                constraint(out, v, r, v.rows[r], "<=", hi);
            }
        }

        out.append("Bounds\n");
        for (int i = 0; i < v.variableCount(); i++) {
            out.append(' ').append(bound(v.variables[i], program.lower(i), program.upper(i))).append('\n');
        }
        out.append("End\n");
        return out.toString();
    }

    private static void constraint(StringBuilder out, ExportView v, int r, String name, String op, double rhs) {
        Line line = new Line(out, " " + name + ":");
        int[] idx = v.rowIndices[r];
        double[] coef = v.rowCoefficients[r];
        for (int e = 0; e < idx.length; e++) {
            line.term(coef[e], v.variables[idx[e]], e == 0);
        }
        if (idx.length == 0) {
            line.token("0 " + v.variables[0]);
        }
        line.token(op + " " + ExportView.number(rhs));
        line.end();
    }

    private static String bound(String name, double lo, double hi) {
        if (lo == hi) {
            return name + " = " + ExportView.number(lo);
        }
        if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
            return name + " free";
        }
        if (lo == Double.NEGATIVE_INFINITY) {
            return "-inf <= " + name + " <= " + ExportView.number(hi);
        }
        if (hi == Double.POSITIVE_INFINITY) {
            return name + " >= " + ExportView.number(lo);
        }
        return ExportView.number(lo) + " <= " + name + " <= " + ExportView.number(hi);
    }

    private static void comment(StringBuilder out, String text) {
        out.append(text.isEmpty() ? "\\" : "\\ " + text).append('\n');
    }

    /** One logical line of terms, wrapped between tokens; continuation lines are indented. */
    private static final class Line {
        private final StringBuilder out;
        private int length;

        Line(StringBuilder out, String start) {
            this.out = out;
            out.append(start);
            length = start.length();
        }

        void term(double coefficient, String variable, boolean first) {
            double a = Math.abs(coefficient);
            String sign = coefficient < 0 ? (first ? "-" : "- ") : (first ? "" : "+ ");
            token(sign + (a == 1 ? "" : ExportView.number(a) + " ") + variable);
        }

        void token(String t) {
            if (length + 1 + t.length() > WRAP) {
                out.append("\n   ");
                length = 3;
            }
            out.append(' ').append(t);
            length += 1 + t.length();
        }

        void end() {
            out.append('\n');
        }
    }
}
