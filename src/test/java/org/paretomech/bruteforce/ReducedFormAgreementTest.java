package org.paretomech.bruteforce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.BorderBounds;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/**
 * The reduced-form LP (MATH §2, solved through {@link FrontierTracer} with ojAlgo) against the
 * brute-force {@link ExPostProgram} over full value profiles (solved with Commons Math), on seeded
 * random tiny instances: {@code n <= 3}, {@code K <= 4}, every {@code 1 <= k <= n}, both transfer
 * rules, {@code v_1 = 0} and {@code v_1 > 0} alternately, unequal spacings.
 *
 * <p>Checked on every instance, each to {@link #AGREEMENT} times {@code W*}:
 * <ol>
 *   <li>{@code BorderBounds.efficientWelfare} equals {@code W*} enumerated over profiles;</li>
 *   <li>for every weight direction (pure revenue, pure surplus, exactly equal weights, just off the
 *       diagonal on both sides, random angles; scaled so the larger weight is 1) the weighted
 *       optimum {@code λ·(R, S)} of the certified reduced-form point equals the brute-force
 *       optimum;</li>
 *   <li>the brute-force optimum of {@code R + S} equals {@code W*} (MATH §9-style sanity);</li>
 *   <li>the lexicographic ends: {@code R_max} and {@code S_max} equal the brute-force maxima, and
 *       the tie-breaking coordinate (surplus at the revenue end, revenue at the surplus end) equals
 *       a brute-force lexicographic solve with the same floor slack
 *       ({@link Tolerances#lexicographic()} times {@code W*});</li>
 *   <li>the traced frontier is the brute-force one: its ends are the brute-force lexicographic
 *       ends; consecutive vertices have falling revenue and rising surplus (neither dominates the
 *       other); for each edge of {@link FrontierTracer#trace} the brute-force optimum in the edge's
 *       normal direction equals the value on the edge (no feasible point lies beyond any edge).</li>
 * </ol>
 * Every brute-force solution is also checked feasible (LP rows and a direct evaluation of BIC,
 * IR, feasibility and transfers) within {@link #BRUTE_FORCE_FEASIBILITY}, so a wrong answer of
 * the Commons Math simplex cannot pass as a disagreement or hide one.
 */
class ReducedFormAgreementTest {

    /** Agreement of optimal values, relative to {@code W*} (absolute when {@code W* = 0}). */
    static final double AGREEMENT = 1e-9;
    /** Largest allowed constraint violation of a brute-force solution, normalised by {@code v_K}. */
    static final double BRUTE_FORCE_FEASIBILITY = 1e-9;

    private static final long FAST_SEED = 20_240_611L;
    private static final long SLOW_SEED = 7_000_000L;

    /** Largest relative gap seen per kind of check, with where it occurred (reported after the run). */
    private static final Map<String, String> WORST_CASE = new TreeMap<>();
    private static final Map<String, Double> WORST_GAP = new TreeMap<>();
    private static int comparisons;

    @TestFactory
    Stream<DynamicTest> randomInstancesFast() {
        return cases(FAST_SEED, 2, 4);
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> randomInstancesMany() {
        return cases(SLOW_SEED, 12, 6);
    }

    @AfterAll
    static void summary() {
        System.out.printf(Locale.ROOT, "brute force vs reduced form: %d comparisons; worst gap / W* per check:%n",
                comparisons);
        WORST_GAP.forEach((kind, gap) -> System.out.printf(Locale.ROOT, "  %-22s %.3e  (%s)%n", kind, gap,
                WORST_CASE.get(kind)));
    }

    /**
     * {@code perCombination} instances for each {@code (n, k, transfers)} with {@code n <= 3},
     * cycling {@code K} through 1..4 and alternating {@code v_1 = 0} / {@code v_1 > 0}.
     */
    private static Stream<DynamicTest> cases(long baseSeed, int perCombination, int randomWeights) {
        List<DynamicTest> tests = new ArrayList<>();
        long seed = baseSeed;
        for (int n = 1; n <= 3; n++) {
            for (int k = 1; k <= n; k++) {
                for (TransferMode mode : TransferMode.values()) {
                    for (int r = 0; r < perCombination; r++) {
                        int supportSize = 1 + (r + n + k + mode.ordinal()) % 4;
                        boolean zeroBottom = (r + mode.ordinal()) % 2 == 0;
                        Instance instance = RandomInstances.instance(seed, n, k, supportSize, mode, zeroBottom);
                        long weightSeed = seed;
                        tests.add(DynamicTest.dynamicTest(instance.name(),
                                () -> checkAgreement(instance, RandomInstances.weights(weightSeed, randomWeights))));
                        seed++;
                    }
                }
            }
        }
        return tests.stream();
    }

    static void checkAgreement(Instance instance, double[][] weights) {
        FrontierTracer tracer = new FrontierTracer(new OjAlgoSolver(), Tolerances.DEFAULT);
        ExPostProgram bruteForce = new ExPostProgram(instance);
        double welfareMax = BorderBounds.efficientWelfare(instance.distribution(), instance.buyers(), instance.units());
        double scale = welfareMax > 0 ? welfareMax : 1.0;
        Checks checks = new Checks(instance, scale);

        checks.equal("W*", "W* (BorderBounds vs enumeration)", welfareMax, bruteForce.enumeratedEfficientWelfare());

        double maxRevenue = Double.NaN;
        double maxSurplus = Double.NaN;
        for (double[] w : weights) {
            ExPostProgram.Solution bf = checks.feasible(bruteForce, bruteForce.maximise(w[0], w[1]));
            FrontierPoint rf = tracer.solve(instance, new Weights(w[0], w[1]));
            String what = String.format(Locale.ROOT, "max %.6g R + %.6g S (reduced form point R=%.12g S=%.12g;"
                    + " brute force R=%.12g S=%.12g)", w[0], w[1], rf.revenue(), rf.surplus(), bf.revenue(),
                    bf.surplus());
            checks.equal("weighted optimum", what, w[0] * rf.revenue() + w[1] * rf.surplus(), bf.value(w[0], w[1]));
            if (w[0] == 1 && w[1] == 0) {
                maxRevenue = bf.revenue();
            } else if (w[0] == 0 && w[1] == 1) {
                maxSurplus = bf.surplus();
            } else if (w[0] == 1 && w[1] == 1) {
                checks.equal("W*", "brute-force max R + S vs W*", welfareMax, bf.value(1, 1));
            }
        }

        double slack = Tolerances.DEFAULT.lexicographic() * scale;
        FrontierPoint revenueEnd = tracer.solveLexicographic(instance, Weights.REVENUE, Weights.SURPLUS);
        FrontierPoint surplusEnd = tracer.solveLexicographic(instance, Weights.SURPLUS, Weights.REVENUE);
        checks.equal("R_max", "R_max (revenue end)", revenueEnd.revenue(), maxRevenue);
        checks.equal("S_max", "S_max (surplus end)", surplusEnd.surplus(), maxSurplus);
        ExPostProgram.Solution lexRevenue = checks.feasible(bruteForce,
                bruteForce.maximise(0, 1, 1, 0, maxRevenue - slack, ExPostProgram.Backend.COMMONS_MATH));
        ExPostProgram.Solution lexSurplus = checks.feasible(bruteForce,
                bruteForce.maximise(1, 0, 0, 1, maxSurplus - slack, ExPostProgram.Backend.COMMONS_MATH));
        String tieBreak = "lexicographic tie-break";
        checks.equal(tieBreak, "surplus at the revenue end", revenueEnd.surplus(), lexRevenue.surplus());
        checks.equal(tieBreak, "revenue at the surplus end", surplusEnd.revenue(), lexSurplus.revenue());

        Frontier frontier = tracer.trace(instance);
        checks.equal("trace ends", "trace: revenue end R", frontier.revenueEnd().revenue(), maxRevenue);
        checks.equal("trace ends", "trace: revenue end S", frontier.revenueEnd().surplus(), lexRevenue.surplus());
        checks.equal("trace ends", "trace: surplus end R", frontier.surplusEnd().revenue(), lexSurplus.revenue());
        checks.equal("trace ends", "trace: surplus end S", frontier.surplusEnd().surplus(), maxSurplus);
        List<FrontierPoint> vertices = frontier.vertices();
        for (int e = 0; e + 1 < vertices.size(); e++) {
            FrontierPoint a = vertices.get(e);
            FrontierPoint b = vertices.get(e + 1);
            double lr = b.surplus() - a.surplus();
            double ls = a.revenue() - b.revenue();
            if (lr < 0 || ls < 0) {
                // Along a Pareto frontier, surplus rises and revenue falls: one vertex dominates the next.
                checks.problems.add(String.format(Locale.ROOT, "trace: vertex %d (%.15g, %.15g) and vertex %d "
                        + "(%.15g, %.15g) are not both Pareto-optimal (ΔR = %.3e, ΔS = %.3e)", e, a.revenue(),
                        a.surplus(), e + 1, b.revenue(), b.surplus(), -ls, lr));
                continue;
            }
            double m = Math.max(lr, ls);
            if (!(m > 0)) {
                continue;
            }
            lr /= m;
            ls /= m;
            ExPostProgram.Solution bf = checks.feasible(bruteForce, bruteForce.maximise(lr, ls));
            double onEdge = Math.max(lr * a.revenue() + ls * a.surplus(), lr * b.revenue() + ls * b.surplus());
            String edge = String.format(Locale.ROOT, "trace: edge %d normal (%.6g, %.6g), from (%.12g, %.12g) to "
                    + "(%.12g, %.12g)", e, lr, ls, a.revenue(), a.surplus(), b.revenue(), b.surplus());
            checks.equal("trace edge normals", edge, onEdge, bf.value(lr, ls));
        }
        checks.assertNone();
    }

    /** Collects every disagreement of one instance so that a failure shows them all. */
    private static final class Checks {
        private final Instance instance;
        private final double scale;
        private final List<String> problems = new ArrayList<>();

        Checks(Instance instance, double scale) {
            this.instance = instance;
            this.scale = scale;
        }

        void equal(String kind, String what, double reducedForm, double bruteForce) {
            double gap = Math.abs(reducedForm - bruteForce) / scale;
            synchronized (ReducedFormAgreementTest.class) {
                comparisons++;
                if (gap >= WORST_GAP.getOrDefault(kind, 0.0)) {
                    WORST_GAP.put(kind, gap);
                    WORST_CASE.put(kind, instance.name() + ", " + what);
                }
            }
            if (!(gap <= AGREEMENT)) {
                problems.add(String.format(Locale.ROOT, "%s: %.15g vs brute force %.15g (gap %.3e W*)", what,
                        reducedForm, bruteForce, gap));
            }
        }

        ExPostProgram.Solution feasible(ExPostProgram program, ExPostProgram.Solution s) {
            double violation = Math.max(s.maxViolation(), program.directViolation(s));
            if (!(violation <= BRUTE_FORCE_FEASIBILITY)) {
                problems.add(String.format(Locale.ROOT, "brute-force solution violates its constraints by %.3e",
                        violation));
            }
            return s;
        }

        void assertNone() {
            assertTrue(problems.isEmpty(), () -> RandomInstances.describe(instance) + "\n  "
                    + String.join("\n  ", problems));
        }
    }
}
