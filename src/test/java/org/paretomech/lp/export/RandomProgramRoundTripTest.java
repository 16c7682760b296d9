package org.paretomech.lp.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.LinearProgram;
import org.paretomech.lp.Weights;
import org.paretomech.solver.LpResult;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/**
 * Round trip through an independent parser: a program written as MPS or CPLEX LP and read back by
 * ojAlgo's own file readers is exactly the program (bounds and coefficients equal as doubles), and
 * solving it gives the optimum that {@link OjAlgoSolver} finds on the program directly.
 */
class RandomProgramRoundTripTest {

    /** The two routes solve the same doubles; they differ only by simplex path (rows and columns in another order). */
    static final double AGREEMENT = 1e-9;

    @TestFactory
    Stream<DynamicTest> randomProgramsReadBackExactlyAndSolveAlike() {
        return LongStream.range(1, 151).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            LinearProgram p = RandomPrograms.program(seed, false);
            assertRoundTrip(p, Double.NaN, "seed " + seed);
        }));
    }

    /** Reduced-form programs of random small instances: both files also reach the oracle's optimum. */
    @TestFactory
    Stream<DynamicTest> randomReducedFormProgramsMatchSolverAndOracle() {
        return LongStream.range(1, 41).mapToObj(seed -> DynamicTest.dynamicTest("instance seed " + seed, () -> {
            Random rnd = new Random(seed);
            Instance in = instance(rnd, seed);
            double lr = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
            double ls = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
            Weights w = lr + ls > 0 ? new Weights(lr, ls) : Weights.WELFARE;
            ModelExport export = ModelExport.of(in, w);
            assertRoundTrip(export.program(), export.objective(), in.name() + " weights " + w);
        }));
    }

    /** Today's export of every bundled instance up to K = 400 reads back exactly, in both formats. */
    @TestFactory
    Stream<DynamicTest> bundledInstancesReadBackExactly() throws java.io.IOException {
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> s = java.nio.file.Files.list(java.nio.file.Path.of("instances"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().collect(java.util.stream.Collectors.toList());
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Instance in = org.paretomech.instance.InstanceJson.read(f, org.paretomech.instance.InstanceOverrides.NONE);
            org.junit.jupiter.api.Assumptions.assumeTrue(in.supportSize() <= 400, "K > 400");
            ModelExport export = ModelExport.of(in, new Weights(1, 2));
            for (ModelFormat format : ModelFormat.values()) {
                ExpressionsBasedModel model = OjAlgoModels.parse(export.text(format), format);
                OjAlgoModels.assertSameProgram(model, export.program(), format);
            }
        }));
    }

    private static void assertRoundTrip(LinearProgram p, double oracle, String what) {
        LpResult direct = new OjAlgoSolver().solve(p);
        assertThat(direct.status().hasSolution()).as("%s: OjAlgoSolver %s", what, direct.status()).isTrue();
        double reference = p.objectiveValue(direct.primal());
        for (ModelFormat format : List.of(ModelFormat.MPS, ModelFormat.LP)) {
            String text = format.write(p, List.of("random program " + what));
            ExpressionsBasedModel model = OjAlgoModels.parse(text, format);
            OjAlgoModels.assertSameProgram(model, p, format);
            Optimisation.Result r = OjAlgoModels.solve(model, format);
            assertThat(r.getState().isOptimal()).as("%s %s: ojAlgo state %s", what, format, r.getState()).isTrue();
            double got = OjAlgoModels.maximum(r, format);
            String msg = String.format(Locale.ROOT, "%s %s: from file %.17g, direct %.17g, oracle %.17g%n%s", what,
                    format, got, reference, oracle, text);
            assertThat(Math.abs(got - reference)).as(msg).isLessThanOrEqualTo(AGREEMENT * Math.max(1, Math.abs(reference)));
            if (!Double.isNaN(oracle)) {
                assertThat(Math.abs(got - oracle)).as(msg).isLessThanOrEqualTo(AGREEMENT * Math.max(1, Math.abs(oracle)));
            }
        }
    }

    /** A random instance with K in [1, 8], n in [1, 6], k in [1, n], either transfer rule, v_1 zero or not. */
    private static Instance instance(Random rnd, long seed) {
        int kk = 1 + rnd.nextInt(8);
        int n = 1 + rnd.nextInt(6);
        int k = 1 + rnd.nextInt(n);
        double[] v = new double[kk];
        double[] f = new double[kk];
        v[0] = rnd.nextBoolean() ? 0 : 3 * rnd.nextDouble();
        double sum = 0;
        for (int j = 0; j < kk; j++) {
            if (j > 0) {
                v[j] = v[j - 1] + 0.05 + 2 * rnd.nextDouble();
            }
            f[j] = 0.1 + rnd.nextDouble();
            sum += f[j];
        }
        for (int j = 0; j < kk; j++) {
            f[j] /= sum;
        }
        TransferMode mode = rnd.nextBoolean() ? TransferMode.NO_SUBSIDY : TransferMode.ZERO_LOWEST_UTILITY;
        return new Instance("random " + seed, n, k, mode, DiscreteDistribution.ofWeights(v, f), "test");
    }
}
