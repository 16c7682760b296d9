package org.paretomech.lp.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.lp.LinearProgram;
import org.paretomech.solver.LpResult;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

/**
 * GLPK ({@code glpsol}, Debian package glpk-utils) as a second external reader of both formats,
 * run with {@code --exact} (rational simplex over the decimal file contents), when it is installed;
 * skipped otherwise.
 */
class GlpkReadsModelsTest {

    /** Agreement of glpsol's exact optimum with the oracle's on the bundled models (the brief's 1e-9). */
    static final double RELATIVE = 1e-9;

    /**
     * glpsol's exact optimum against ojAlgo's floating-point one on the random programs, whose
     * coefficients span 1e-5 to 1e3: ojAlgo is off by up to 2e-9 there (seed 1), so 1e-7.
     */
    static final double OJALGO = 1e-7;

    /** Both files of one program, solved exactly: equal up to the 15 digits glpsol prints. */
    static final double PRINTED = 1e-13;

    static String glpsol;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findGlpsol() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "glpsol");
            if (Files.isExecutable(p)) {
                glpsol = p.toString();
                return;
            }
        }
    }

    /** The checked-in models with K <= 250 (exact simplex time grows fast), both formats, against expected.csv. */
    @TestFactory
    Stream<DynamicTest> glpsolSolvesCheckedInModelsToExpectedOptimum() throws IOException {
        List<ModelsDirectoryTest.Expected> chosen = new ArrayList<>();
        for (ModelsDirectoryTest.Expected e : ModelsDirectoryTest.expected()) {
            if (e.support() <= ModelsDirectoryTest.LP_SOLVE_SUPPORT) {
                chosen.add(e);
            }
        }
        return chosen.stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            assumeTrue(glpsol != null, "glpsol is not installed (apt-get install glpk-utils)");
            double got = solve(e.path(), e.format());
            assertThat(Math.abs(got - e.objective()))
                    .as(String.format(Locale.ROOT, "%s: glpsol %.15g, oracle %.17g", e.file(), got, e.objective()))
                    .isLessThanOrEqualTo(RELATIVE * Math.max(1, Math.abs(e.objective())));
        }));
    }

    /** Random programs with every bound and row shape: glpsol on the file agrees with OjAlgoSolver on the program. */
    @TestFactory
    Stream<DynamicTest> glpsolAgreesWithOjAlgoOnRandomPrograms() {
        return LongStream.range(1, 41).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            assumeTrue(glpsol != null, "glpsol is not installed (apt-get install glpk-utils)");
            LinearProgram p = RandomPrograms.program(seed, false);
            LpResult direct = new OjAlgoSolver().solve(p);
            assertThat(direct.status().hasSolution()).isTrue();
            double reference = p.objectiveValue(direct.primal());
            double[] got = new double[2];
            for (ModelFormat f : ModelFormat.values()) {
                Path file = tmp.resolve("seed" + seed + "." + f.extension());
                Files.writeString(file, f.write(p, List.of("seed " + seed)), StandardCharsets.UTF_8);
                got[f.ordinal()] = solve(file, f);
                assertThat(Math.abs(got[f.ordinal()] - reference))
                        .as(String.format(Locale.ROOT, "seed %d %s: glpsol %.15g, ojAlgo %.17g", seed, f,
                                got[f.ordinal()], reference))
                        .isLessThanOrEqualTo(OJALGO * Math.max(1, Math.abs(reference)));
            }
            assertThat(Math.abs(got[0] - got[1])).as("seed %d: glpsol on the MPS %s and on the LP file %s", seed,
                    got[0], got[1]).isLessThanOrEqualTo(PRINTED * Math.max(1, Math.abs(got[0])));
        }));
    }

    /** {@code max c·z} as glpsol finds it for {@code file}; fails unless glpsol reports an optimal basis. */
    private double solve(Path file, ModelFormat format) throws IOException, InterruptedException {
        Path solution = tmp.resolve(file.getFileName() + ".sol");
        Path log = tmp.resolve(file.getFileName() + ".log");
        List<String> cmd = List.of(glpsol, format == ModelFormat.MPS ? "--freemps" : "--lp", file.toString(),
                "--exact", "-w", solution.toString());
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(proc.waitFor(120, TimeUnit.SECONDS)).as("glpsol finished").isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(proc.exitValue()).as("glpsol exit code; output:%n%s", out).isZero();
        assertThat(out).contains("OPTIMAL");
        // "s bas ROWS COLS PRIMAL DUAL OBJECTIVE": f f = primal and dual feasible, i.e. optimal
        String status = Files.readAllLines(solution, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("s "))
                .findFirst().orElseThrow();
        String[] t = status.trim().split("\\s+");
        assertThat(t[1] + " " + t[4] + " " + t[5]).as(status).isEqualTo("bas f f");
        double value = Double.parseDouble(t[6]);
        return format == ModelFormat.MPS ? -value : value;
    }
}
