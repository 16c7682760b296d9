package org.paretomech.lp.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.paretomech.lp.LinearProgram;

/**
 * Seeded random feasible, bounded programs that use every feature the writers handle: all six
 * bound shapes (default, boxed, upper only, lower only, free, fixed), E/L/G/ranged/free rows,
 * zero coefficients (and, on request, repeated variables) in a row, an empty row, a variable in no row, awkward
 * names (spaces, keywords, leading digits, exponent look-alikes, clashes after sanitising; raw row
 * names distinct) and
 * numbers of every magnitude. A program is a function of its seed alone.
 */
final class RandomPrograms {

    private static final String[] AWKWARD = {"x 1", "x-1", "x_1", "end", "e1", "E", "", "1abc", "obj", "RHS",
            "free", "st", "a.b", "a_b", "inf", "Bounds", "x+y", "name:", "ü"};

    private RandomPrograms() {
    }

    /**
     * The program of {@code seed}; {@code repeats} lets a row name the same variable more than once
     * (its coefficients add up). {@code OjAlgoSolver} keeps only the last coefficient of a repeated
     * variable, so programs compared with it have none.
     */
    static LinearProgram program(long seed, boolean repeats) {
        Random rnd = new Random(seed);
        int m = 2 + rnd.nextInt(7);
        double[] z0 = new double[m];
        LinearProgram.Builder b = new LinearProgram.Builder("random " + seed);
        List<Integer> unbounded = new ArrayList<>();
        int unreferenced = rnd.nextInt(3) == 0 ? rnd.nextInt(m) : -1;
        for (int i = 0; i < m; i++) {
            double z = 4 * rnd.nextDouble() - 2;
            int shape = i == unreferenced ? 1 + 4 * rnd.nextInt(2) : rnd.nextInt(6);
            double lo;
            double hi;
            switch (shape) {
                case 0: // MPS default [0, +inf)
                    z = Math.abs(z);
                    lo = 0;
                    hi = Double.POSITIVE_INFINITY;
                    break;
                case 1: // boxed, sometimes [0, hi]
                    lo = rnd.nextInt(3) == 0 ? Math.min(0, z) : z - slack(rnd);
                    hi = z + slack(rnd);
                    break;
                case 2:
                    lo = Double.NEGATIVE_INFINITY;
                    hi = z + slack(rnd);
                    break;
                case 3:
                    lo = z - slack(rnd);
                    hi = Double.POSITIVE_INFINITY;
                    break;
                case 4:
                    lo = Double.NEGATIVE_INFINITY;
                    hi = Double.POSITIVE_INFINITY;
                    break;
                default: // fixed
                    z = number(rnd);
                    lo = z;
                    hi = z;
            }
            z0[i] = z;
            double c = i == unreferenced ? 0 : rnd.nextInt(5) == 0 ? 0 : number(rnd);
            String name = rnd.nextInt(3) == 0 ? AWKWARD[rnd.nextInt(AWKWARD.length)] : "z" + i;
            b.addVariable(name, lo, hi, c);
            if (i != unreferenced && (lo == Double.NEGATIVE_INFINITY || hi == Double.POSITIVE_INFINITY)) {
                unbounded.add(i);
            }
        }
        int rows = 1 + rnd.nextInt(8);
        java.util.Set<String> rowNames = new java.util.HashSet<>();
        for (int r = 0; r < rows; r++) {
            List<Integer> idx = new ArrayList<>();
            List<Double> coef = new ArrayList<>();
            int terms = rnd.nextInt(6) == 0 ? 0 : 1 + rnd.nextInt(m);
            for (int t = 0; t < terms; t++) {
                int i = rnd.nextInt(m);
                if (i == unreferenced || (!repeats && idx.contains(i))) {
                    continue;
                }
                idx.add(i);
                coef.add(rnd.nextInt(8) == 0 ? 0.0 : number(rnd));
            }
            double a = 0;
            for (int t = 0; t < idx.size(); t++) {
                a += coef.get(t) * z0[idx.get(t)];
            }
            int type = rnd.nextInt(5);
            if (type == 0 && !idx.isEmpty()) {
                // The rounding error of a in an equality is absorbed by a private free variable (z0 = 0):
                // without it, rows sharing fixed variables can make the rounded program infeasible.
                int absorber = b.addVariable("absorb" + r, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
                unbounded.add(absorber);
                idx.add(absorber);
                coef.add(1.0);
            }
            double lo;
            double hi;
            switch (type) {
                case 0:
                    lo = a;
                    hi = a;
                    break;
                case 1:
                    lo = Double.NEGATIVE_INFINITY;
                    hi = a + rowSlack(rnd);
                    break;
                case 2:
                    lo = a - rowSlack(rnd);
                    hi = Double.POSITIVE_INFINITY;
                    break;
                case 3:
                    lo = a - rowSlack(rnd);
                    hi = a + rowSlack(rnd);
                    break;
                default:
                    lo = Double.NEGATIVE_INFINITY;
                    hi = Double.POSITIVE_INFINITY;
            }
            String name = rnd.nextInt(3) == 0 ? AWKWARD[rnd.nextInt(AWKWARD.length)] : "r" + r;
            if (!rowNames.add(name)) {
                // OjAlgoSolver keys rows by name, so equal raw names would merge there (names equal
                // only after sanitising, such as "a b" and "a_b", stay)
                name = "r" + r;
                rowNames.add(name);
            }
            b.addRow(name, idx.stream().mapToInt(Integer::intValue).toArray(),
                    coef.stream().mapToDouble(Double::doubleValue).toArray(), lo, hi);
        }
        // Keeps the program bounded: every variable with an infinite bound gets a box row, ranged.
        for (int i : unbounded) {
            b.addRow("box" + i, new int[] {i}, new double[] {1}, -10, 10);
        }
        return b.build();
    }

    /** Coefficients of mixed kinds: full-precision doubles, integers, small and large magnitudes. */
    static double number(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return rnd.nextInt(7) - 3;
            case 1:
                return (rnd.nextDouble() - 0.5) * 1e-4;
            case 2:
                return (rnd.nextDouble() - 0.5) * 1e3;
            default:
                return 4 * rnd.nextDouble() - 2;
        }
    }

    /** Slack of a variable bound around z0: sometimes none (z0 on the bound, exactly). */
    private static double slack(Random rnd) {
        return rnd.nextInt(4) == 0 ? 0 : 3 * rnd.nextDouble();
    }

    /** Slack of a row bound around the rounded activity: never zero, so rounding cannot cut z0 off. */
    private static double rowSlack(Random rnd) {
        return 1e-3 + 3 * rnd.nextDouble();
    }
}
