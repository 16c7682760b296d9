package org.paretomech.report;

import org.paretomech.frontier.Frontier;
import org.paretomech.numeric.Tolerances;

/**
 * How the reports print values that sit on an exact bound up to rounding: revenue at the surplus
 * end printed as {@code -1.1e-15}, a welfare ratio as {@code 1.0000000000000906}.
 *
 * <p><b>Rule.</b> With {@code W*} the efficient welfare (1 if it is 0) and
 * {@code ε = }{@link Tolerances#feasibility()} ({@code 1e-8} by default):
 * <ul>
 *   <li>a revenue, surplus, welfare, surplus gap or second-price amount {@code x} with
 *       {@code |x| <= ε W*} is reported as {@code 0};</li>
 *   <li>a welfare ratio {@code r = W / W*} with {@code |r - 1| <= ε} is reported as {@code 1};</li>
 *   <li>in the table only, a welfare {@code W} with {@code |W - W*| <= ε W*} (the same condition:
 *       its ratio is reported as 1) is printed as {@code W*}, so that six digits never show a
 *       welfare above {@code W*} ({@code 0.666167} against {@code 0.666166}). CSV and JSON keep
 *       {@code welfare = revenue + surplus} to rounding, and their {@code welfareRatio} of 1 says
 *       the same.</li>
 * </ul>
 * Every other value is reported unchanged, with full precision in CSV and JSON
 * ({@link Double#toString} round-trips).
 *
 * <p><b>{@code W* = 0}</b> (every value 0): every point has welfare 0 and is efficient, so its
 * welfare ratio is 1 ({@code FrontierAnalysis.welfareRatio}); the table, CSV and JSON all print
 * that 1, never {@code 0/0}.
 *
 * <p><b>Why this is safe.</b> {@code ε W*} is the accuracy at which a frontier point is certified:
 * the certificate accepts every constraint to within {@code ε} on the problem normalised by the
 * largest value, and the tracer treats two outcomes within {@code ε W*} in both coordinates as the
 * same point. A value inside the band cannot be told apart from the bound, so its residue is
 * rounding, not information. A value outside the band is never changed, so a real violation of a
 * bound (a welfare ratio of {@code 1 + 2ε}, a revenue of {@code -2ε W*}) is printed as computed.
 * Inputs (support values, reserves, weights) and diagnostics ({@code maxViolation},
 * {@code certifiedGap}) are never rounded.
 *
 * @param welfareMax {@code W*}, the efficient welfare, which a welfare within the band is printed as
 * @param absolute   {@code ε W*} ({@code ε} if {@code W* = 0}): the band around 0 for amounts and
 *                   around {@code W*} for welfare
 * @param ratioBand  {@code ε}: the band around 1 for welfare ratios
 */
public record ReportedValues(double welfareMax, double absolute, double ratioBand) {

    /** The rule for the values of {@code frontier} with {@link Tolerances#DEFAULT}. */
    public static ReportedValues of(Frontier frontier) {
        return of(frontier, Tolerances.DEFAULT);
    }

    /** The rule for the values of {@code frontier} with the given tolerances. */
    public static ReportedValues of(Frontier frontier, Tolerances tolerances) {
        return forWelfareMax(frontier.welfareMax(), tolerances);
    }

    /**
     * The rule for the values of a frontier whose efficient welfare is {@code welfareMax}, when
     * only that number is at hand (a sweep row read back from its file).
     */
    public static ReportedValues forWelfareMax(double welfareMax, Tolerances tolerances) {
        double scale = welfareMax > 0 && Double.isFinite(welfareMax) ? welfareMax : 1.0;
        return new ReportedValues(welfareMax, tolerances.feasibility() * scale, tolerances.feasibility());
    }

    /** An amount (revenue, surplus, welfare, gap): 0 within {@link #absolute()} of 0, else unchanged. */
    public double amount(double x) {
        return Math.abs(x) <= absolute ? 0.0 : x;
    }

    /**
     * A welfare {@code W = R + S} as the table prints it: {@code W*} within {@link #absolute()} of
     * {@code W*} (where the welfare ratio is reported as 1), else as {@link #amount(double)}.
     */
    public double welfare(double w) {
        return Math.abs(w - welfareMax) <= absolute ? welfareMax : amount(w);
    }

    /** A welfare ratio: 1 within {@link #ratioBand()} of 1, else unchanged. */
    public double ratio(double r) {
        return Math.abs(r - 1) <= ratioBand ? 1.0 : r;
    }
}
