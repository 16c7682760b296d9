package org.paretomech.lp.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.lp.Weights;

/**
 * The checked-in {@code models/} directory (written by {@code scripts/export-models.sh}): every
 * MPS file, read by ojAlgo's MPS parser and solved, reaches the optimum that
 * {@code models/expected.csv} gives from the exact ironing oracle (an independent route from the
 * LP); every file is the program the current code builds (so a change to the program shows up
 * here: rerun the script); the smaller LP-format files solve to the same optimum.
 */
class ModelsDirectoryTest {

    static final Path MODELS = Path.of("models");

    /** Relative agreement of an ojAlgo optimum with the oracle's (the brief's 1e-9). */
    static final double RELATIVE = 1e-9;

    /**
     * Models up to this many support points are solved in the default run; the larger ones
     * (K = 800 and 1000, 15 to 45 s per ojAlgo solve) only in {@link #largeMpsModelsSolveToExpectedOptimum}.
     */
    static final int SMALL_SUPPORT = 400;

    /** LP-format files are also solved by ojAlgo up to this many support points (the MPS route covers all). */
    static final int LP_SOLVE_SUPPORT = 250;

    /** One row of {@code models/expected.csv}. */
    record Expected(String file, String instance, int buyers, int units, int support, String transfers,
                    double lambdaR, double lambdaS, double scale, double objective, double revenue, double surplus) {

        static Expected parse(String line) {
            String[] f = line.split(",", -1);
            assertThat(f).as("expected.csv row %s", line).hasSize(12);
            return new Expected(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    f[5], Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                    Double.parseDouble(f[9]), Double.parseDouble(f[10]), Double.parseDouble(f[11]));
        }

        ModelFormat format() {
            return ModelFormat.fromFileName(file).orElseThrow();
        }

        Path path() {
            return MODELS.resolve(file);
        }
    }

    static List<Expected> expected() throws IOException {
        List<String> lines = Files.readAllLines(MODELS.resolve("expected.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "file,instance,buyers,units,support,transfers,lambda_r,lambda_s,scale,objective,revenue,surplus");
        return lines.stream().skip(1).map(Expected::parse).collect(Collectors.toList());
    }

    @Test
    void everyModelFileIsListedOnceAndEveryListedFileExists() throws IOException {
        List<Expected> rows = expected();
        Set<String> listed = new TreeSet<>();
        for (Expected e : rows) {
            assertThat(listed.add(e.file())).as("%s listed twice", e.file()).isTrue();
        }
        Set<String> present;
        try (Stream<Path> files = Files.list(MODELS)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mps") || n.endsWith(".lp"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(present).isEqualTo(listed);
        assertThat(rows.stream().filter(e -> e.format() == ModelFormat.MPS).count()).isGreaterThanOrEqualTo(24);
        long bytes = 0;
        for (String f : present) {
            bytes += Files.size(MODELS.resolve(f));
        }
        assertThat(bytes).as("models/ stays modest").isLessThan(10_000_000L);
    }

    /**
     * Numbers in a checked-in file may differ from what today's build computes only in the last
     * digits (summation order in the distribution or Border code); anything larger, or any change
     * of names, rows, sparsity or bound kinds, means the program changed: rerun the script.
     */
    static final double DRIFT = 1e-12;

    /**
     * Each file, read back by ojAlgo's parser, is the program that {@code paretomech export} builds
     * today for its instance and weights (within {@link #DRIFT}), its header's {@code expected:}
     * line is its expected.csv row, and that row's objective is today's oracle optimum within
     * {@link #DRIFT}.
     * A failure here means models/ is stale: run {@code scripts/export-models.sh} and review the diff.
     */
    @TestFactory
    Stream<DynamicTest> everyModelFileIsTheCurrentProgram() throws IOException {
        return expected().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            ModelExport export = export(e);
            String stale = e.file() + " is stale; run scripts/export-models.sh";
            ExpressionsBasedModel model = OjAlgoModels.parse(e.path());
            OjAlgoModels.assertSameProgram(model, export.program(), e.format(), DRIFT);
            String text = Files.readString(e.path(), StandardCharsets.UTF_8);
            String line = text.lines().filter(l -> l.matches("^[*\\\\] expected: .*")).findFirst().orElseThrow();
            assertThat(line.substring(12)).as(stale).isEqualTo(String.format(Locale.ROOT,
                    "instance=%s buyers=%d units=%d support=%d transfers=%s lambda_r=%s lambda_s=%s scale=%s objective=%s "
                            + "revenue=%s surplus=%s", e.instance(), e.buyers(), e.units(), e.support(), e.transfers(),
                    ExportView.number(e.lambdaR()), ExportView.number(e.lambdaS()), ExportView.number(e.scale()),
                    ExportView.number(e.objective()), ExportView.number(e.revenue()), ExportView.number(e.surplus())));
            assertThat(e.scale()).as(stale).isEqualTo(export.scale());
            assertThat(e.support()).as(stale).isEqualTo(export.instance().supportSize());
            assertThat(e.objective()).as(stale).isCloseTo(export.objective(), offset(DRIFT * Math.abs(export.objective())));
            // R and S alone are not compared: where the optimum is not unique (a flat stretch of the
            // frontier, e.g. S at the revenue end) they depend on the oracle's tie-breaking.
            assertThat(e.objective()).as("objective = (λR R + λS S) / scale")
                    .isCloseTo((e.lambdaR() * e.revenue() + e.lambdaS() * e.surplus()) / e.scale(),
                            offset(1e-15 * Math.max(1, Math.abs(e.objective()))));
        }));
    }

    /** The brief's round trip: every MPS model with K <= {@value #SMALL_SUPPORT}, parsed and solved by ojAlgo. */
    @TestFactory
    Stream<DynamicTest> smallMpsModelsSolveToExpectedOptimum() throws IOException {
        return solveAll(e -> e.format() == ModelFormat.MPS && e.support() <= SMALL_SUPPORT);
    }

    /** The same for the MPS models with K > {@value #SMALL_SUPPORT} (about two minutes). */
    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> largeMpsModelsSolveToExpectedOptimum() throws IOException {
        return solveAll(e -> e.format() == ModelFormat.MPS && e.support() > SMALL_SUPPORT);
    }

    /** LP-format files with K <= {@value #LP_SOLVE_SUPPORT}, parsed by ojAlgo's CPLEX LP reader and solved. */
    @TestFactory
    Stream<DynamicTest> smallLpModelsSolveToExpectedOptimum() throws IOException {
        return solveAll(e -> e.format() == ModelFormat.LP && e.support() <= LP_SOLVE_SUPPORT);
    }

    private static Stream<DynamicTest> solveAll(java.util.function.Predicate<Expected> which) throws IOException {
        List<Expected> chosen = new ArrayList<>();
        for (Expected e : expected()) {
            if (which.test(e)) {
                chosen.add(e);
            }
        }
        return chosen.stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            ExpressionsBasedModel model = OjAlgoModels.parse(e.path());
            Optimisation.Result result = OjAlgoModels.solve(model, e.format());
            assertThat(result.getState().isOptimal()).as("%s: ojAlgo state %s", e.file(), result.getState()).isTrue();
            double got = OjAlgoModels.maximum(result, e.format());
            assertThat(Math.abs(got - e.objective()))
                    .as(String.format(Locale.ROOT, "%s: ojAlgo optimum %.17g, oracle %.17g", e.file(), got, e.objective()))
                    .isLessThanOrEqualTo(RELATIVE * Math.max(Math.abs(e.objective()), Double.MIN_NORMAL));
        }));
    }

    private static ModelExport export(Expected e) throws IOException {
        String name = e.file().replaceFirst("-w[^-]+-[^-.]+\\.(mps|lp)$", "");
        Instance instance = InstanceJson.read(Path.of("instances", name + ".json"), InstanceOverrides.NONE);
        assertThat(instance.name()).isEqualTo(e.instance());
        assertThat(instance.buyers()).isEqualTo(e.buyers());
        assertThat(instance.units()).isEqualTo(e.units());
        assertThat(instance.transfers().label()).isEqualTo(e.transfers());
        String weights = e.file().substring(name.length() + 2).replaceFirst("\\.(mps|lp)$", "");
        String[] w = weights.split("-");
        ModelExport export = ModelExport.of(instance, new Weights(Double.parseDouble(w[0]), Double.parseDouble(w[1])));
        assertThat(export.normalisedWeights().revenue()).isEqualTo(e.lambdaR());
        assertThat(export.normalisedWeights().surplus()).isEqualTo(e.lambdaS());
        return export;
    }
}
