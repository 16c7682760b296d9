package org.paretomech.lp.export;

import java.util.ArrayList;
import java.util.List;
import org.paretomech.lp.LinearProgram;

/**
 * Writes a {@link LinearProgram} ({@code maximise c·z, rowLower <= A z <= rowUpper,
 * lower <= z <= upper}) as a free-format MPS file.
 *
 * <p>Format decisions, each for the widest compatibility (checked with GLPK 5.0
 * {@code glpsol --freemps}, Clp 1.17 and ojAlgo's MPS reader; only constructs that HiGHS, CPLEX and
 * Gurobi document are used):
 * <ul>
 *   <li><b>Sense:</b> no {@code OBJSENSE} section (GLPK rejects it). The objective row {@value
 *       ExportView#OBJECTIVE} holds {@code -c} and the file is a minimisation; the comment line
 *       {@value #NEGATED} says so. A solver reports {@code min(-c·z) = -max(c·z)}.</li>
 *   <li><b>Rows:</b> {@code lo = hi}: {@code E}; only {@code hi} finite: {@code L}; only {@code lo}
 *       finite: {@code G}; both finite and different: {@code G} with right-hand side {@code lo}
 *       and a {@code RANGES} entry {@code hi - lo}. A reader forms the upper bound as
 *       {@code lo + (hi - lo)} in its own arithmetic, so it is {@code hi} only to about 15 digits
 *       (ojAlgo rounds the sum); every other number reads back exactly. The reduced-form programs
 *       of MATH §2 have no such row. Neither bound finite: a free {@code N} row after the
 *       objective. Zero right-hand sides are omitted (the MPS default).</li>
 *   <li><b>Bounds</b> (MPS default {@code [0, +inf)}): {@code lo = hi}: {@code FX}; free:
 *       {@code FR}; {@code (-inf, hi]}: {@code UP hi} then {@code MI} (in this order: some readers
 *       reset the lower bound to 0 on an {@code UP} that follows {@code MI}); otherwise {@code LO}
 *       when {@code lo != 0} and {@code UP} when {@code hi} is finite.</li>
 *   <li><b>Layout:</b> fields start at the fixed-MPS columns 2, 5, 15 and 25 and grow as needed,
 *       two entries per {@code COLUMNS} line; data lines start with a space, comments with
 *       {@code *}. A variable in no row and with zero objective gets an explicit zero objective
 *       entry so that it is declared. Variables appear in index order.</li>
 * </ul>
 */
public final class MpsWriter {

    /** The comment line that marks the negated objective. */
    public static final String NEGATED = "* objective negated: maximise c.z";

    private MpsWriter() {
    }

    /**
     * The MPS text of {@code program}, preceded by {@code comments} (one {@code *} line each).
     *
     * @throws IllegalArgumentException if a bound is NaN, a lower bound is {@code +inf}, an upper
     *                                  bound {@code -inf}, a lower bound exceeds its upper bound, or
     *                                  a coefficient is not finite
     */
    public static String write(LinearProgram program, List<String> comments) {
        ExportView v = new ExportView(program);
        StringBuilder out = new StringBuilder(64 * (int) Math.min(Integer.MAX_VALUE / 64, 16 + program.nonZeros()));
        for (String c : comments) {
            for (String line : c.split("\n", -1)) {
                out.append(line.isEmpty() ? "*" : "* " + line).append('\n');
            }
        }
        out.append(NEGATED).append('\n');
        out.append("NAME          ").append(v.modelName).append('\n');

        List<LinearProgram.Row> rows = program.rows();
        out.append("ROWS\n");
        out.append(" N  ").append(ExportView.OBJECTIVE).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            out.append(' ').append(type(rows.get(r))).append("  ").append(v.rows[r]).append('\n');
        }

        out.append("COLUMNS\n");
        List<List<int[]>> byColumn = new ArrayList<>(v.variableCount());
        for (int i = 0; i < v.variableCount(); i++) {
            byColumn.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            int[] idx = v.rowIndices[r];
            for (int e = 0; e < idx.length; e++) {
                byColumn.get(idx[e]).add(new int[] {r, e});
            }
        }
        for (int i = 0; i < v.variableCount(); i++) {
            List<String[]> entries = new ArrayList<>();
            double c = program.objective(i);
            if (c != 0 || !v.referenced[i]) {
                entries.add(new String[] {ExportView.OBJECTIVE, ExportView.number(-c)});
            }
            for (int[] re : byColumn.get(i)) {
                entries.add(new String[] {v.rows[re[0]], ExportView.number(v.rowCoefficients[re[0]][re[1]])});
            }
            writePairs(out, v.variables[i], entries);
        }

        List<String[]> rhs = new ArrayList<>();
        List<String[]> ranges = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            LinearProgram.Row row = rows.get(r);
            double lo = row.lower();
            double hi = row.upper();
            double b = Double.isFinite(lo) ? lo : hi;
            if (Double.isFinite(b) && b != 0) {
                rhs.add(new String[] {v.rows[r], ExportView.number(b)});
            }
            if (Double.isFinite(lo) && Double.isFinite(hi) && lo != hi) {
                ranges.add(new String[] {v.rows[r], ExportView.number(hi - lo)});
            }
        }
        out.append("RHS\n");
        writePairs(out, "RHS", rhs);
        if (!ranges.isEmpty()) {
            out.append("RANGES\n");
            writePairs(out, "RNG", ranges);
        }

        StringBuilder bounds = new StringBuilder();
        for (int i = 0; i < v.variableCount(); i++) {
            writeBounds(bounds, v.variables[i], program.lower(i), program.upper(i));
        }
        if (bounds.length() > 0) {
            out.append("BOUNDS\n").append(bounds);
        }
        out.append("ENDATA\n");
        return out.toString();
    }

    private static char type(LinearProgram.Row row) {
        boolean lo = Double.isFinite(row.lower());
        boolean hi = Double.isFinite(row.upper());
        if (lo && hi) {
            return row.lower() == row.upper() ? 'E' : 'G';
        }
        return lo ? 'G' : hi ? 'L' : 'N';
    }

    private static void writeBounds(StringBuilder out, String name, double lo, double hi) {
        if (lo == hi) {
            bound(out, "FX", name, lo);
        } else if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
            bound(out, "FR", name, Double.NaN);
        } else if (lo == Double.NEGATIVE_INFINITY) {
            bound(out, "UP", name, hi);
            bound(out, "MI", name, Double.NaN);
        } else {
            if (lo != 0) {
                bound(out, "LO", name, lo);
            }
            if (hi != Double.POSITIVE_INFINITY) {
                bound(out, "UP", name, hi);
            }
        }
    }

    private static void bound(StringBuilder out, String type, String name, double value) {
        out.append(' ').append(type).append(' ');
        field(out, "BND", 8);
        out.append("  ");
        if (Double.isNaN(value)) {
            out.append(name);
        } else {
            field(out, name, 8);
            out.append("  ").append(ExportView.number(value));
        }
        out.append('\n');
    }

    /** {@code    set  row  value  [row  value]} lines, two entries per line. */
    private static void writePairs(StringBuilder out, String first, List<String[]> entries) {
        for (int e = 0; e < entries.size(); e += 2) {
            out.append("    ");
            field(out, first, 8);
            out.append("  ");
            field(out, entries.get(e)[0], 8);
            out.append("  ");
            if (e + 1 < entries.size()) {
                field(out, entries.get(e)[1], 12);
                out.append("   ");
                field(out, entries.get(e + 1)[0], 8);
                out.append("  ").append(entries.get(e + 1)[1]);
            } else {
                out.append(entries.get(e)[1]);
            }
            out.append('\n');
        }
    }

    private static void field(StringBuilder out, String s, int width) {
        out.append(s);
        for (int i = s.length(); i < width; i++) {
            out.append(' ');
        }
    }
}
