package org.paretomech.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.ExactReference;
import org.paretomech.TestInstances;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.Backends;

/**
 * Issue 6, numerical extremes, on the engines: {@code n} up to 10^4, {@code K} up to 10^6 on the
 * oracle and as large as the LP can go, masses down to 1e-12, values up to 1e9 with spacings down
 * to 1e-6 of the largest value. Every number is checked against {@link ExactReference}: 60-digit
 * recomputation by an independent route (exact convex hull, closed-form win probabilities,
 * payment chain) or the exact rational closed forms of the uniform left grid.
 *
 * <p>The LP is tested at {@code K = 1000}: on this two-core machine one GLOP solve of the
 * uniform grid with {@code n = 5} takes about 2 s at {@code K = 10^3} and 32–52 s at
 * {@code K = 10^4} (a lexicographic end, two solves, 197 s), growing faster than quadratically, so
 * {@code K = 10^5} (issue 6's target) is out of reach of the LP engine within any test budget.
 */
class ExtremeInstancesTest {

    /**
     * Round-off of the oracle per support point, relative to {@code W*}: each point adds a product
     * {@code f v x}, a step of the utility chain and its share of {@code R}, {@code S}, about four
     * roundings of 1.1e-16 each. With {@code K} points the sums are accurate to {@code K} times
     * this (a worst-case bound; the observed errors are far smaller).
     */
    private static final double ROUND_OFF_PER_POINT = 4.4e-16;

    /**
     * Relative accuracy of one class win probability at any {@code n} (see
     * {@code BorderBoundsExtremesTest.CLASS_WIN_RELATIVE}): it carries into R and S.
     */
    private static final double WIN_PROBABILITY = 2e-13;

    private static final Tolerances TOL = Tolerances.DEFAULT;

    /** What the exact oracle's numbers may differ from the exact values by, absolutely. */
    private static double oracleTolerance(Instance in, double welfareMax) {
        return (WIN_PROBABILITY + in.supportSize() * ROUND_OFF_PER_POINT) * welfareMax;
    }

    private static Instance instance(int n, TransferMode mode, double[] values, double[] masses) {
        return new Instance("extreme", n, 1, mode, DiscreteDistribution.of(values, masses), "test");
    }

    private static void assertEndsMatch(FrontierEngine engine, Instance in, double tolerance) {
        ExactReference.Ends exact = ExactReference.ends(in);
        FrontierPoint a = engine.lexicographic(in, Weights.REVENUE, Weights.SURPLUS);
        FrontierPoint b = engine.lexicographic(in, Weights.SURPLUS, Weights.REVENUE);
        assertThat(a.revenue()).as("R_max").isCloseTo(exact.revenueEnd().revenue().doubleValue(), within(tolerance));
        assertThat(a.surplus()).as("S at the revenue end").isCloseTo(exact.revenueEnd().surplus().doubleValue(),
                within(tolerance));
        assertThat(b.surplus()).as("S_max").isCloseTo(exact.surplusEnd().surplus().doubleValue(), within(tolerance));
        assertThat(b.revenue()).as("R at the surplus end").isCloseTo(exact.surplusEnd().revenue().doubleValue(),
                within(tolerance));
    }

    /**
     * The traced frontier is what it claims: its ends are the exact lexicographic optima, and in
     * every edge normal of the polyline (where a missed vertex would show), at both ends and at 19
     * further angles, the best vertex attains the exact optimum of {@code λ·(R, S)} within the
     * frontier's own {@link Frontier#certifiedGap()} plus the tracer's collinearity rule
     * ({@link Tolerances#vertex()} of {@code W*}) and round-off.
     */
    private static void assertSupportFunctionMatches(Frontier f, Instance in, double roundOff) {
        ExactReference.Ends ends = ExactReference.ends(in);
        assertThat(f.revenueMax()).as("traced R_max").isCloseTo(ends.revenueEnd().revenue().doubleValue(), within(roundOff));
        assertThat(f.surplusMax()).as("traced S_max").isCloseTo(ends.surplusEnd().surplus().doubleValue(), within(roundOff));
        List<Weights> directions = new ArrayList<>(List.of(Weights.REVENUE, Weights.SURPLUS, Weights.WELFARE));
        for (int i = 1; i < 20; i++) {
            directions.add(new Weights(Math.cos(i * Math.PI / 40), Math.sin(i * Math.PI / 40)));
        }
        List<FrontierPoint> v = f.vertices();
        for (int i = 0; i + 1 < v.size(); i++) {
            double lr = v.get(i + 1).surplus() - v.get(i).surplus();
            double ls = v.get(i).revenue() - v.get(i + 1).revenue();
            directions.add(new Weights(lr / (lr + ls), ls / (lr + ls)));
        }
        double tolerance = f.certifiedGap() + TOL.vertex() * f.welfareMax() + roundOff;
        for (Weights w : directions) {
            ExactReference.Outcome o = ExactReference.optimum(in, w.revenue(), w.surplus());
            double exact = ExactReference.exact(w.revenue()).multiply(o.revenue())
                    .add(ExactReference.exact(w.surplus()).multiply(o.surplus())).doubleValue();
            double traced = v.stream().mapToDouble(p -> w.value(p.revenue(), p.surplus())).max().orElseThrow();
            assertThat(traced).as("support function in direction %s", w)
                    .isCloseTo(exact, within(tolerance * (w.revenue() + w.surplus())));
        }
    }

    /**
     * {@code n} up to 10^4 on the uniform left grid, including {@code K = n = 10^4}, where
     * {@code F^n} is neither 0 nor 1 over most of the support. Before the one-unit win probability
     * took its upper endpoint from the upper tail, the top class's {@code (L + q)^n} amplified the
     * rounding of {@code L} (a sum of {@code K} masses) by {@code n}: here R_max was 9.4e-10 W*
     * short, 200 times this tolerance.
     */
    @ParameterizedTest(name = "K = {0}, n = {1}")
    @CsvSource({"50, 10000", "1000, 100", "1000, 10000", "10000, 10000"})
    void manyBuyersOnTheUniformGrid(int kk, int n) {
        Instance in = TestInstances.uniformLeft(kk, n);
        double welfareMax = ExactReference.efficientWelfare(in.distribution(), n, 1).doubleValue();
        assertEndsMatch(new IroningEngine(TOL), in, oracleTolerance(in, welfareMax));
    }

    /** The whole frontier for {@code n = 10^4}, vertex by vertex through its support function. */
    @Test
    void wholeFrontierForTenThousandBuyers() {
        Instance in = TestInstances.uniformLeft(300, 10_000);
        Frontier f = new FrontierTracer(new IroningEngine(TOL), TOL).trace(in);
        double welfareMax = ExactReference.efficientWelfare(in.distribution(), 10_000, 1).doubleValue();
        assertThat(f.welfareMax()).isCloseTo(welfareMax, within(oracleTolerance(in, welfareMax)));
        assertThat(f.vertices().size()).isGreaterThan(2);
        assertSupportFunctionMatches(f, in, oracleTolerance(in, welfareMax));
    }

    /**
     * {@code K = 10^6} on the oracle: both ends against the exact rational closed forms
     * ({@link ExactReference#uniformLeftGrid}). About 2 s for the closed forms and 2 s for the ends.
     */
    @Test
    void millionPointsOnTheOracle() {
        int kk = 1_000_000;
        int n = 5;
        BigDecimal[] closed = ExactReference.uniformLeftGrid(kk, n);
        Instance in = TestInstances.uniformLeft(kk, n);
        IroningEngine engine = new IroningEngine(TOL);
        FrontierPoint a = engine.lexicographic(in, Weights.REVENUE, Weights.SURPLUS);
        FrontierPoint b = engine.lexicographic(in, Weights.SURPLUS, Weights.REVENUE);
        double welfareMax = closed[0].doubleValue();
        double tol = oracleTolerance(in, welfareMax);
        assertThat(a.revenue()).as("R_max").isCloseTo(closed[1].doubleValue(), within(tol));
        assertThat(a.surplus()).as("S at the revenue end").isCloseTo(closed[2].doubleValue(), within(tol));
        assertThat(b.surplus()).as("S_max").isCloseTo(closed[3].doubleValue(), within(tol));
        assertThat(b.revenue()).as("R at the surplus end (free lottery)").isCloseTo(0.0, within(tol));
    }

    /**
     * The LP at the largest grid it solves in a few seconds ({@code K = 1000}, GLOP), against the
     * exact closed forms, within the LP's certified accuracy
     * ({@link FrontierComparison#tolerance}: its feasibility tolerance carried to {@code W*}).
     */
    @Test
    void lpAtAThousandPoints() {
        assumeTrue(Backends.available(Backends.GLOP), "GLOP is not available on this machine");
        int kk = 1000;
        int n = 5;
        BigDecimal[] closed = ExactReference.uniformLeftGrid(kk, n);
        Instance in = TestInstances.uniformLeft(kk, n);
        LpEngine engine = new LpEngine(List.of(Backends.byName(Backends.GLOP)), TOL);
        FrontierPoint a = engine.lexicographic(in, Weights.REVENUE, Weights.SURPLUS);
        FrontierPoint b = engine.lexicographic(in, Weights.SURPLUS, Weights.REVENUE);
        double tol = FrontierComparison.tolerance(in, TOL) * closed[0].doubleValue();
        assertThat(a.revenue()).as("R_max").isCloseTo(closed[1].doubleValue(), within(tol));
        assertThat(a.surplus()).as("S at the revenue end").isCloseTo(closed[2].doubleValue(), within(tol));
        assertThat(b.surplus()).as("S_max").isCloseTo(closed[3].doubleValue(), within(tol));
        assertThat(b.revenue()).as("R at the surplus end (free lottery)").isCloseTo(0.0, within(tol));
    }

    /**
     * Masses down to 1e-12, values up to 1e9, spacings of 1e-6 of the largest value, with 3 and
     * 10^4 buyers and both transfer rules: ends and the whole frontier. The tiny atom at 1e9 carries
     * about 10 of {@code W* ≈ 13} at {@code n = 10^4}; with spacings of 1000 at 1e9 under
     * zero-lowest-utility all of the trade-off lies in the last six digits of R.
     */
    @ParameterizedTest(name = "{0}, n = {1}, {2}")
    @CsvSource({
        "tiny atom at 1e9, 3, NO_SUBSIDY", "tiny atom at 1e9, 3, ZERO_LOWEST_UTILITY",
        "tiny atom at 1e9, 10000, NO_SUBSIDY", "tiny atom at 1e9, 10000, ZERO_LOWEST_UTILITY",
        "1e9 spaced 1e-6, 3, NO_SUBSIDY", "1e9 spaced 1e-6, 3, ZERO_LOWEST_UTILITY",
        "1e9 spaced 1e-6, 10000, NO_SUBSIDY", "1e9 spaced 1e-6, 10000, ZERO_LOWEST_UTILITY",
        "tiny atoms at the top, 10000, NO_SUBSIDY", "tiny atoms at the top, 10000, ZERO_LOWEST_UTILITY"})
    void tinyMassesLargeValuesFineSpacings(String shape, int n, TransferMode mode) {
        Instance in = switch (shape) {
            case "tiny atom at 1e9" -> instance(n, mode, new double[] {1, 2, 3, 1e9},
                    new double[] {0.5, 0.3, 0.2 - 1e-12, 1e-12});
            case "1e9 spaced 1e-6" -> instance(n, mode, new double[] {1e9, 1e9 + 1e3, 1e9 + 2e3, 1e9 + 3e3, 1e9 + 4e3},
                    new double[] {0.3, 0.2, 0.2, 0.2, 0.1});
            default -> instance(n, mode, new double[] {1, 2, 3, 4, 5},
                    new double[] {0.6, 0.4 - 3e-12, 1e-12, 1e-12, 1e-12});
        };
        double welfareMax = ExactReference.efficientWelfare(in.distribution(), n, 1).doubleValue();
        double tol = oracleTolerance(in, welfareMax);
        assertEndsMatch(new IroningEngine(TOL), in, tol);
        Frontier f = new FrontierTracer(new IroningEngine(TOL), TOL).trace(in);
        assertThat(f.welfareMax()).isCloseTo(welfareMax, within(tol));
        assertSupportFunctionMatches(f, in, tol);
    }

    /**
     * A point mass ({@code K = 1}) with {@code n = 10^4} buyers: under no-subsidy any price in
     * {@code [0, v]} for a sure sale is truthful, so the frontier is the segment {@code R + S = v}
     * from {@code (v, 0)} to {@code (0, v)}; under zero-lowest-utility the only type has utility
     * 0, so the frontier is the single point {@code (v, 0)}. At {@code v = 0} both are {@code (0, 0)}.
     */
    @ParameterizedTest(name = "v = {0}, {1}")
    @CsvSource({"1e9, NO_SUBSIDY", "1e9, ZERO_LOWEST_UTILITY", "0, NO_SUBSIDY", "0, ZERO_LOWEST_UTILITY",
        "3.5, NO_SUBSIDY"})
    void pointMassWithTenThousandBuyers(double value, TransferMode mode) {
        Instance in = instance(10_000, mode, new double[] {value}, new double[] {1});
        Frontier f = new FrontierTracer(new IroningEngine(TOL), TOL).trace(in);
        double tol = oracleTolerance(in, value);
        assertThat(f.welfareMax()).isCloseTo(value, within(tol));
        assertThat(f.revenueMax()).isCloseTo(value, within(tol));
        boolean segment = mode == TransferMode.NO_SUBSIDY && value > 0;
        assertThat(f.surplusMax()).isCloseTo(segment ? value : 0, within(tol));
        assertThat(f.vertices()).hasSize(segment ? 2 : 1);
        for (FrontierPoint p : f.vertices()) {
            assertThat(p.revenue() + p.surplus()).isCloseTo(value, within(tol));
        }
    }
}
