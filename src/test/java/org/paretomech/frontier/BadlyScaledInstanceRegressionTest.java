package org.paretomech.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.ExactReference;
import org.paretomech.cli.Main;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;

/**
 * Found by issue 6's "masses down to 1e-12, values up to 1e9" probes: numbers that were not
 * verified, printed as if they were.
 *
 * <p><b>LP certificate and cross-check on a badly scaled instance.</b> Values {1, 2, 3, 1e9} with
 * masses {0.5, 0.3, 0.2 - 1e-12, 1e-12}, three buyers, no-subsidy. The certificate checks every
 * constraint to 1e-8 on the problem divided by {@code v_max = 1e9}, i.e. to 10 in value units,
 * while the whole trade-off among the low types is of order 1: IC between 1, 2 and 3
 * ({@code Δ = 1e-9} normalised) is not checked at all. So LP "solutions" far from feasible pass:
 * when this test was written ojalgo's revenue end was (1.72, 0.645) against the exact
 * (1.98056, 0.38544), and ojalgo-primal certified a point with R = -2.125, S = 4.228 above
 * {@code S_max} = 1.703. {@code paretomech frontier --engine lp} exited 70 (internal error: "the
 * second-price auction ... lies above the frontier"), and {@code --cross-check} printed "largest
 * discrepancy 1.10e-01 of W* (agree)": {@link FrontierComparison#tolerance} is
 * {@code 10 × 1e-8 × n v_max / W* ≈ 1e2} here, so no discrepancy can fail it. With 10^4 buyers
 * the same instance gives "largest discrepancy 9.000e-01 of W* (tolerance 8e+04)". Expected:
 * the LP's numbers within a meaningful tolerance of the exact ones, or an honest refusal (exit 6,
 * "no certified solution", ideally saying the instance is too badly scaled for the LP's 1e-8), and
 * a cross-check that can fail.
 *
 * <p><b>Negative revenue from round-off.</b> Values 1e9 + {0, 1, 2, 3}·1e3, mass 1/4 each, 10^4
 * buyers, no-subsidy: the surplus end is the free lottery (no payments, R = 0 by hand), and the
 * oracle reports its revenue as -3.64e-8: {@code R = n Σ f (v x - u)} cancels to round-off of
 * {@code v_max}. Payments are never negative under no-subsidy (MATH §2.5), so a printed negative
 * revenue ("-3.63798e-08" in the table) is noise; it lies within the certificate's accuracy and
 * should be reported as 0 (or R computed without the cancellation).
 */
class BadlyScaledInstanceRegressionTest {

    /**
     * What a printed six-significant-digit number may be off by, relative to W*: beyond this the
     * table shows wrong digits.
     */
    private static final double PRINTED_DIGITS = 1e-6;

    private static final Pattern DISCREPANCY = Pattern.compile("largest discrepancy ([0-9.e+-]+) of W\\*");

    @TempDir
    Path dir;

    private final Instance atom = new Instance("atom", 3, 1, TransferMode.NO_SUBSIDY,
            DiscreteDistribution.of(new double[] {1, 2, 3, 1e9}, new double[] {0.5, 0.3, 0.199999999999, 1e-12}),
            "issue 6 regression");

    private Path write(String json) throws IOException {
        Path file = dir.resolve("instance.json");
        Files.writeString(file, json);
        return file;
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void lpEngineGivesTheExactEndsOrRefuses() throws IOException {
        Path file = write("{\"name\": \"atom\", \"buyers\": 3, \"values\": [1, 2, 3, 1e9], "
                + "\"probabilities\": [0.5, 0.3, 0.199999999999, 1e-12]}");
        ExactReference.Ends exact = ExactReference.ends(atom);
        double welfareMax = ExactReference.efficientWelfare(atom.distribution(), 3, 1).doubleValue();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "frontier", file.toString(), "--engine", "lp", "--format", "json");
        assertThat(code).as("exit code (0 with the right numbers, or 6); stderr: %s", err).isIn(0, 6);
        if (code == 0) {
            JsonNode root = new ObjectMapper().readTree(out.toString());
            assertThat(root.get("revenueMax").asDouble()).isCloseTo(exact.revenueEnd().revenue().doubleValue(),
                    within(PRINTED_DIGITS * welfareMax));
            assertThat(root.get("surplusMax").asDouble()).isCloseTo(exact.surplusEnd().surplus().doubleValue(),
                    within(PRINTED_DIGITS * welfareMax));
        }
    }

    @Test
    void crossCheckCannotAgreeWithAnElevenPercentDiscrepancy() throws IOException {
        Path file = write("{\"name\": \"atom\", \"buyers\": 3, \"values\": [1, 2, 3, 1e9], "
                + "\"probabilities\": [0.5, 0.3, 0.199999999999, 1e-12]}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "frontier", file.toString(), "--cross-check");
        if (code == 0) {
            Matcher m = DISCREPANCY.matcher(err.toString());
            assertThat(m.find()).as("stderr states the discrepancy: %s", err).isTrue();
            assertThat(Double.parseDouble(m.group(1))).as("discrepancy called agreement").isLessThanOrEqualTo(PRINTED_DIGITS);
        } else {
            assertThat(code).as("stderr: %s", err).isEqualTo(6);
        }
    }

    @Test
    void noNegativeRevenueFromRoundOff() {
        Instance in = new Instance("1e9-spaced", 10_000, 1, TransferMode.NO_SUBSIDY,
                DiscreteDistribution.of(new double[] {1e9, 1e9 + 1e3, 1e9 + 2e3, 1e9 + 3e3},
                        new double[] {0.25, 0.25, 0.25, 0.25}), "issue 6 regression");
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        for (FrontierPoint p : f.vertices()) {
            assertThat(p.revenue()).as("revenue of %s", p.weights()).isGreaterThanOrEqualTo(0.0);
            assertThat(p.surplus()).as("surplus of %s", p.weights()).isGreaterThanOrEqualTo(0.0);
        }
    }
}
