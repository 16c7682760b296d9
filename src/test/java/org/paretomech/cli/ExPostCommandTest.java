package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code paretomech expost}: the auction at each vertex written out and verified by enumeration. */
class ExPostCommandTest {

    /** Every vertex of the bundled two-point instance passes, one line each. */
    @Test
    void everyVertexOfASmallInstancePasses() {
        CliRun run = CliRun.of("expost", "instances/two-point.json");
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("4 value profiles").containsPattern("(?m)^\\s+0\\s+PASS\\s+largest IC gain")
                .containsPattern("(?m)^\\s+1\\s+PASS").endsWith("verdict: PASS\n");
    }

    /**
     * Vertex 1 of two-point (values 0, 1 with mass 1/2, n = 2) is the surplus end: the item goes
     * to the highest bid for free, ties split, so each of the four profiles has probability 1/4
     * and, by hand, x = (1/2, 1/2), (1, 0), (0, 1), (1/2, 1/2) with every payment 0.
     */
    @Test
    void oneVertexIsWrittenOutProfileByProfile() {
        CliRun run = CliRun.of("expost", "instances/two-point.json", "--vertex", "1");
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("vertex 1: free allocation to the highest bid", "S = 0.750000000")
                .containsPattern("(?m)^0\\s+0\\s+0\\.2500\\s+0\\.5000\\s+0\\.5000\\s+0\\.00000\\s+0\\.00000$")
                .containsPattern("(?m)^1\\s+0\\s+0\\.2500\\s+1\\.0000\\s+0\\.0000\\s+0\\.00000\\s+0\\.00000$")
                .containsPattern("(?m)^0\\s+1\\s+0\\.2500\\s+0\\.0000\\s+1\\.0000\\s+0\\.00000\\s+0\\.00000$");
    }

    /** Too large for enumeration, or a vertex that does not exist: usage errors naming the limit. */
    @Test
    void instancesOrVerticesThatDoNotFitAreUsageErrors() {
        CliRun.of("expost", "instances/palm-pilot-7day.json").assertFailure(ExitCode.USAGE)
                .assertErrContains("n <= 4 buyers and K <= 6 support points", "n = 11, K = 228");
        CliRun.of("expost", "instances/two-point.json", "--vertex", "2").assertFailure(ExitCode.USAGE)
                .assertErrContains("--vertex 2 is beyond the frontier", "0 to 1");
        CliRun.of("expost", "instances/two-point.json", "--vertex", "-1").assertFailure(ExitCode.USAGE)
                .assertErrContains("--vertex -1 is negative");
    }

    /** k units, zero-lowest-utility, pooled vertices: still dominant-strategy truthful at every vertex. */
    @Test
    void pooledMultiUnitVerticesPass(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("six.json"), "{\"name\": \"six\", "
                + "\"buyers\": 3, \"units\": 2, \"transfers\": \"zero-lowest-utility\", \"values\": [0.5, 1, 2, 3, 4, 6], "
                + "\"probabilities\": [0.1, 0.2, 0.2, 0.2, 0.2, 0.1]}");
        CliRun run = CliRun.of("expost", file.toString());
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("216 value profiles", "pooled").doesNotContain("FAIL");
    }
}
