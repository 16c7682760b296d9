package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The {@code check} verdicts of issue 4's "done when" and the {@code --refine} study, end to end. */
class CheckAndRefineTest {

    private static String[] run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(expectedCode);
        return new String[] {out.toString(), err.toString()};
    }

    /** Lomax is regular and anti-MHR: every vertex a second-price auction below the monopoly reserve. */
    @Test
    void lomaxPassesTheSecondPriceCharacterisation() {
        String out = run(0, "check", "instances/lomax-n5.json")[0];
        assertThat(out).containsPattern("PASS\\s+regular and anti-MHR")
                .contains("vertices are second-price auctions (by allocation, with their IC payments) with reserves");
    }

    /** Weibull(2) is MHR: the buyer side pools bids. */
    @Test
    void weibullReportsPooledBuyerSide() {
        String out = run(0, "check", "instances/weibull-n5.json")[0];
        assertThat(out).containsPattern("PASS\\s+MHR").containsPattern("\\d+ of \\d+ buyer-side vertices pool");
    }

    /** Uniform (MHR): pooled buyer-side vertices. */
    @Test
    void uniformReportsPooledBuyerSide() {
        String out = run(0, "check", "instances/uniform-n2-left1000.json")[0];
        assertThat(out).containsPattern("PASS\\s+MHR");
    }

    /**
     * 3/4 U[0,3] + 1/4 U[3,8], n = 3: irregular; the revenue end irons an interval. Continuous
     * ironing (by hand, helper's derivation in AuctionRecogniserTest) pools [a, a + 2] with
     * a = (3√5 + 1)/(√5 + 1) ≈ 2.382, and R_max ≈ 2.375 (issue 4).
     */
    @Test
    void irregularMixtureShowsTheIronedInterval() {
        String out = run(0, "check", "instances/mixture-irregular-n3.json")[0];
        assertThat(out).contains("bids in [2.38, 4.37] pooled").contains("R_max = 2.37");
    }

    /** U[0,1], n = 5, k = 2 on the left grid: R_max converges at second order to the continuous optimum. */
    @Test
    void refineReportsSecondOrderConvergence() {
        String out = run(0, "frontier", "instances/uniform-n5-k2.json", "--refine", "3")[0];
        assertThat(out).containsPattern("R_max\\s+\\S+\\s+\\S+\\s+\\S+\\s+2\\.0\\d\\s+1\\.04687\\d+\\s+1\\.046875000");
    }

    /**
     * U[0,1], n = 2: Nash = cross-side Nash = (1/3, 1/3) in the limit (MATH §9); the left grid
     * converges at first order and the Richardson limit lands within 1e-6 of 1/3.
     */
    @Test
    void refineReportsTheNashSolutionsConvergingToTheContinuousOnes() {
        String out = run(0, "frontier", "instances/uniform-n2-left1000.json", "--refine", "3")[0];
        for (String row : new String[] {"Nash revenue", "Nash surplus", "cross-side Nash revenue", "cross-side Nash surplus"}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + row
                    + "\\s+\\S+\\s+\\S+\\s+\\S+\\s+(\\S+)\\s+(\\S+)").matcher(out);
            assertThat(m.find()).as(row + " in\n" + out).isTrue();
            assertThat(Double.parseDouble(m.group(1))).as(row + " order").isBetween(0.9, 1.1);
            assertThat(Double.parseDouble(m.group(2))).as(row + " limit").isCloseTo(1.0 / 3,
                    org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    /** An option that does not fit its input is a usage error (exit 2, issue 6's exit-code scheme). */
    @Test
    void refineRejectsExplicitValues() {
        String err = run(2, "frontier", "instances/two-point.json", "--refine", "3")[1];
        assertThat(err).contains("--refine needs an instance with a \"family\"");
    }

    /** Tiny grids: the MHR pooling claim is not tested below four points; a point mass is a second-price auction. */
    @Test
    void tinyInstancesAreNotFailures() {
        assertThat(run(0, "check", "instances/two-point.json")[0]).containsPattern("NOT APPLICABLE\\s+MHR");
        assertThat(run(0, "check", "instances/point-mass.json")[0]).containsPattern("PASS\\s+regular and anti-MHR");
    }

    /** Options that --refine cannot honour are refused instead of being silently ignored. */
    @Test
    void refineRefusesOptionsItIgnores() {
        assertThat(run(2, "frontier", "instances/uniform-n5-k2.json", "--refine", "2", "--format", "json")[1])
                .contains("--refine prints a convergence table");
    }

    /**
     * A weight grid beyond 10^5 is refused before any work; --solver with the oracle is a
     * contradiction. Both are usage errors (exit 2), like an unparsable value.
     */
    @Test
    void absurdGridsAndContradictoryEnginesAreRefused() {
        assertThat(run(2, "frontier", "instances/two-point.json", "--weights", "100000000")[1]).contains("use 2 to 100000");
        assertThat(run(2, "frontier", "instances/two-point.json", "--engine", "ironing", "--solver", "glop")[1])
                .contains("applies to the LP engine");
    }

    /** An LP trace on a large grid is announced as slow, with the engine that is not. */
    @Test
    void largeLpTracesAreAnnouncedAsSlow() {
        assertThat(FrontierCommand.slowLpNote(true, FrontierCommand.LP_SLOW_SUPPORT)).isEmpty();
        assertThat(FrontierCommand.slowLpNote(false, 1_000_000)).isEmpty();
        assertThat(FrontierCommand.slowLpNote(true, 10_000)).hasValueSatisfying(s -> assertThat(s)
                .startsWith("paretomech: note: the LP engine at K = 10000").contains("ironing engine"));
    }
}
