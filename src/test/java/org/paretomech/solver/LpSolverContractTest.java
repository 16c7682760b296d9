package org.paretomech.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paretomech.TestInstances;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.LinearProgram;
import org.paretomech.lp.ReducedFormProgram;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.numeric.Tolerances;
import org.paretomech.oracle.IroningOracle;
import org.paretomech.solver.commonsmath.CommonsMathSolver;
import org.paretomech.solver.ortools.OrToolsSolver;

/**
 * The one contract every LP backend of {@link Backends} must meet, run for each of them (a backend
 * that is unavailable in this JVM, e.g. OR-Tools without its natives, is skipped by assumption).
 *
 * <p>Each backend solves the same reduced-form programs (MATH §2). Its answer is judged by
 * <em>objective values</em>, never raw vectors (several programs have many optimal vertices):
 * {@code c·z} recomputed from the returned primal, and {@code λ_R R + λ_S S} with {@code R, S}
 * recomputed by {@link Certificate#check} from the mechanism the primal encodes, both against the
 * exact ironing oracle (MATH §3, {@link IroningOracle}, no LP). Tolerances are per backend, relative
 * to the welfare scale {@code W*} (the objective, with the larger weight one, lies in
 * {@code [0, W*]}); see {@link #TOLERANCES}.
 */
class LpSolverContractTest {

    /**
     * What a backend promises.
     *
     * @param status      the status a successful solve reports
     * @param objective   largest objective error allowed, relative to {@code W*}
     * @param feasibility largest certificate violation allowed (normalised problem)
     */
    record Promise(LpStatus status, double objective, double feasibility) {
    }

    /**
     * Per-backend promises. Simplex backends (ojAlgo both variants, GLOP, Commons Math) return
     * vertices exact up to their feasibility tolerances (1e-12 ojAlgo as configured, GLOP's default
     * 1e-8 on its scaled problem, 1e-10 Commons Math): 1e-9 of {@code W*} on the objective and the
     * production certificate ({@link Tolerances#DEFAULT}, 1e-8) on feasibility. PDLP stops at KKT
     * residuals of {@code ε =} {@link OrToolsSolver#DEFAULT_PDLP_EPSILON} = 1e-10: the L2 norm of
     * the row residuals is at most {@code ε} (all row bounds are 0), so a Border upper set, a sum
     * of at most {@code K = 200} tail rows here, is off by at most {@code √200 ε ≈ 1.4e-9}, and the
     * duality gap is at most {@code ε (1 + |primal| + |dual|)}; it is held to the same certificate
     * (1e-8) and to 1e-8 of {@code W*} on the objective, ten times looser than the simplex
     * backends (measured on the 200-point instance: 1.1e-9 and 7e-10).
     */
    static final Map<String, Promise> TOLERANCES = Map.of(
            Backends.DEFAULT, new Promise(LpStatus.OPTIMAL, 1e-9, Tolerances.DEFAULT.feasibility()),
            Backends.OJALGO_PRIMAL, new Promise(LpStatus.OPTIMAL, 1e-9, Tolerances.DEFAULT.feasibility()),
            Backends.GLOP, new Promise(LpStatus.OPTIMAL, 1e-9, Tolerances.DEFAULT.feasibility()),
            Backends.COMMONS_MATH, new Promise(LpStatus.OPTIMAL, 1e-9, Tolerances.DEFAULT.feasibility()),
            Backends.PDLP, new Promise(LpStatus.IMPRECISE, 1e-8, Tolerances.DEFAULT.feasibility()));

    /** A program family: one instance, several weight directions; {@code large} ones skip Commons Math. */
    record Case(String name, Instance instance, List<Weights> weights, boolean large) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Weights> STANDARD = List.of(Weights.REVENUE, Weights.SURPLUS, Weights.WELFARE,
            new Weights(1, 0.37), new Weights(0.37, 1));

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        // Hand-checked (FrontierTracerTest): max R = max S = max (R + S) = 3/4.
        out.add(new Case("two-point n=2", TestInstances.twoPoint(), STANDARD, false));
        Random rnd = new Random(20260203L);
        for (int i = 0; i < 6; i++) {
            out.add(randomCase(rnd, i));
        }
        // Degenerate: 200 equally spaced points with equal masses (ties everywhere in the ironing).
        out.add(new Case("uniform 200 points n=5", TestInstances.uniformLeft(200, 5), STANDARD, true));
        out.add(new Case("zero-valued support point n=3 k=2", new Instance("zero-point", 3, 2, TransferMode.NO_SUBSIDY,
                DiscreteDistribution.of(new double[] {0, 0.4, 1.3, 2}, new double[] {0.3, 0.2, 0.4, 0.1}), "test"),
                STANDARD, false));
        out.add(new Case("single support point n=3", new Instance("point-mass", 3, 1, TransferMode.NO_SUBSIDY,
                DiscreteDistribution.pointMass(2.0), "test"), STANDARD, false));
        // Reserves 1 and 2 both give revenue 1: a whole face of optimal mechanisms.
        out.add(new Case("tied reserves {1,2} n=1", TestInstances.of(1, 1, TransferMode.NO_SUBSIDY,
                new double[] {1, 2}, new double[] {0.5, 0.5}), STANDARD, false));
        return out;
    }

    private static Case randomCase(Random rnd, int i) {
        int kk = 2 + rnd.nextInt(7);
        int n = 1 + rnd.nextInt(4);
        int units = 1 + rnd.nextInt(n);
        TransferMode mode = i % 2 == 0 ? TransferMode.NO_SUBSIDY : TransferMode.ZERO_LOWEST_UTILITY;
        double[] v = new double[kk];
        double[] p = new double[kk];
        double acc = rnd.nextBoolean() ? 0 : 3 * rnd.nextDouble();
        double sum = 0;
        for (int j = 0; j < kk; j++) {
            v[j] = acc;
            acc += 0.05 + 4 * rnd.nextDouble();
            p[j] = 0.05 + rnd.nextDouble();
            sum += p[j];
        }
        for (int j = 0; j < kk; j++) {
            p[j] /= sum;
        }
        List<Weights> weights = new ArrayList<>(STANDARD);
        for (int w = 0; w < 3; w++) {
            double angle = rnd.nextDouble() * Math.PI / 2;
            weights.add(new Weights(Math.cos(angle), Math.sin(angle)));
        }
        String name = String.format(Locale.ROOT, "random #%d K=%d n=%d k=%d %s", i, kk, n, units, mode.label());
        return new Case(name, TestInstances.of(n, units, mode, v, p), weights, false);
    }

    static Stream<Arguments> backendsAndCases() {
        List<Arguments> out = new ArrayList<>();
        for (String backend : Backends.names()) {
            for (Case c : cases()) {
                out.add(Arguments.of(backend, c));
            }
        }
        return out.stream();
    }

    static Stream<String> backends() {
        return Backends.names().stream();
    }

    private static void assumeAvailable(String backend) {
        BackendInfo info = Backends.info(backend);
        assumeTrue(info.available(), () -> backend + " unavailable: " + info.reason());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("backendsAndCases")
    void solvesReducedFormProgramsToTheOracleOptimum(String backend, Case c) {
        assumeAvailable(backend);
        assumeTrue(!(c.large() && backend.equals(Backends.COMMONS_MATH)),
                "commons-math runs the small instances only");
        Promise promise = TOLERANCES.get(backend);
        LpSolver solver = Backends.byName(backend);
        Instance instance = c.instance();
        ReducedFormProgram rf = new ReducedFormProgram(instance);
        double wStar = BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units());
        for (Weights weights : c.weights()) {
            String what = c.name() + ", weights " + weights;
            LinearProgram program = rf.build(weights);
            LpResult result = solver.solve(program);
            System.out.printf(Locale.ROOT, "timing %-14s %-40s (%.2f, %.2f) %-9s %7d iterations %6d ms%n", backend,
                    c.name(), weights.revenue(), weights.surplus(), result.status(), result.iterations(),
                    result.millis());

            assertThat(result.status()).as("%s: status (%s)", what, result.message()).isEqualTo(promise.status());
            assertThat(result.backend()).isEqualTo(backend);
            double[] z = result.primal();
            assertThat(z).as(what).hasSize(program.variableCount());

            InterimMechanism oracle = IroningOracle.maximise(instance, weights, false).mechanism();
            double oracleR = oracle.revenue(instance.distribution(), instance.buyers());
            double oracleS = oracle.surplus(instance.distribution(), instance.buyers());
            Weights unit = weights.normalised();
            double tolerance = promise.objective() * wStar;

            // c·z, recomputed here; the program's objective is (λ_R R + λ_S S) / scale with max λ = 1.
            double cz = program.objectiveValue(z) * rf.scale();
            assertThat(cz).as("%s: c·z in original units", what).isCloseTo(unit.value(oracleR, oracleS), within(tolerance));
            assertThat(result.objective() * rf.scale()).as("%s: backend's own objective", what)
                    .isCloseTo(cz, within(tolerance));

            Certificate cert = Certificate.check(instance, rf.mechanism(z), Tolerances.DEFAULT);
            assertThat(cert.maxViolation()).as("%s: certificate %s", what, cert.violations())
                    .isLessThanOrEqualTo(promise.feasibility());
            assertThat(unit.value(cert.revenue(), cert.surplus())).as("%s: λ·(R, S) from the mechanism", what)
                    .isCloseTo(unit.value(oracleR, oracleS), within(tolerance));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void handCheckedTwoPointOptimaAreThreeQuarters(String backend) {
        assumeAvailable(backend);
        Promise promise = TOLERANCES.get(backend);
        Instance instance = TestInstances.twoPoint();
        ReducedFormProgram rf = new ReducedFormProgram(instance);
        LpSolver solver = Backends.byName(backend);
        for (Weights w : List.of(Weights.REVENUE, Weights.SURPLUS, Weights.WELFARE)) {
            LpResult result = solver.solve(rf.build(w));
            assertThat(result.status()).as("%s %s", w, result.message()).isEqualTo(promise.status());
            Certificate cert = Certificate.check(instance, rf.mechanism(result.primal()), Tolerances.DEFAULT);
            // W* = 3/4 (sell whenever someone values at 1): the tolerance is relative to it.
            assertThat(w.value(cert.revenue(), cert.surplus())).as("%s", w).isCloseTo(0.75, within(promise.objective()));
        }
    }

    /**
     * {@code max x} subject to {@code x <= 1} and {@code x >= 2}, as two rows on a free variable and
     * as a bound plus a row: no backend may call it optimal.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void reportsAnInfeasibleProgramAsInfeasible(String backend) {
        assumeAvailable(backend);
        LpSolver solver = Backends.byName(backend);

        LinearProgram.Builder rows = new LinearProgram.Builder("infeasible-rows");
        int x = rows.addVariable("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
        rows.addRow("atMost1", new int[] {x}, new double[] {1}, Double.NEGATIVE_INFINITY, 1);
        rows.addRow("atLeast2", new int[] {x}, new double[] {1}, 2, Double.POSITIVE_INFINITY);

        LinearProgram.Builder bound = new LinearProgram.Builder("infeasible-bound");
        int y = bound.addVariable("x", 0, 1, 1);
        bound.addRow("atLeast2", new int[] {y}, new double[] {1}, 2, Double.POSITIVE_INFINITY);

        for (LinearProgram program : List.of(rows.build(), bound.build())) {
            LpResult result = solver.solve(program);
            assertThat(result.status()).as("%s on %s: %s", backend, program.name(), result.message())
                    .isIn(LpStatus.INFEASIBLE, LpStatus.INFEASIBLE_OR_UNBOUNDED);
            assertThat(result.status().hasSolution()).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void commonsMathRefusesATooLargeProgramWithoutThrowing() {
        int m = CommonsMathSolver.DEFAULT_MAX_VARIABLES + 1;
        LinearProgram.Builder b = new LinearProgram.Builder("too-large");
        int[] idx = new int[m];
        double[] coef = new double[m];
        for (int i = 0; i < m; i++) {
            idx[i] = b.addVariable("z" + i, 0, 1, 1);
            coef[i] = 1;
        }
        b.addRow("sum", idx, coef, Double.NEGATIVE_INFINITY, 1);
        LpResult result = Backends.byName(Backends.COMMONS_MATH).solve(b.build());
        assertThat(result.status()).isEqualTo(LpStatus.FAILED);
        assertThat(result.primal()).isEmpty();
        assertThat(result.message()).contains("too large for commons-math", m + " variables",
                "limit " + CommonsMathSolver.DEFAULT_MAX_VARIABLES, "use ojalgo or glop");

        // The limit is the backend's own: the 200-point program (600 variables) against a limit of 100.
        LinearProgram uniform = new ReducedFormProgram(TestInstances.uniformLeft(200, 5)).build(Weights.WELFARE);
        LpResult refused = new CommonsMathSolver(100).solve(uniform);
        assertThat(refused.status()).isEqualTo(LpStatus.FAILED);
        assertThat(refused.message()).contains("600 variables > limit 100");
    }
}
