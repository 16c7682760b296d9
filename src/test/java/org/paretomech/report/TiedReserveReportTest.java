package org.paretomech.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.cli.Main;

/**
 * Issue 6: a two-point distribution whose optimal reserves tie gets a deterministic choice, and
 * the output says which reserves tie and which one is reported.
 */
class TiedReserveReportTest {

    /** Two-term sums of order one. */
    private static final double ROUND_OFF = 1e-12;

    @TempDir
    Path dir;

    private String run(Path file, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"frontier", file.toString(), "--format", format}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /**
     * One buyer, values {1, 11}, masses {10/11, 1/11}: posting 1 and posting 11 both earn 1 (by
     * hand; in double they come out one ulp apart). Posting 1 leaves surplus 10 · 1/11 = 10/11,
     * posting 11 none, so the frontier's revenue end (most surplus among revenue maximisers) is
     * posting 1, and every report names reserve 1 and lists 11 as tied.
     */
    @Test
    void oneBuyerTwoTiedPrices() throws IOException {
        Path file = dir.resolve("tied.json");
        Files.writeString(file, "{\"name\": \"tied\", \"buyers\": 1, \"values\": [1, 11], "
                + "\"probabilities\": [0.9090909090909091, 0.09090909090909091]}");
        JsonNode root = new ObjectMapper().readTree(run(file, "json"));
        JsonNode summary = root.get("secondPriceSummary");
        assertThat(summary.get("bestReserve").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("monopolyReserve").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("tiedBestReserves").toString()).isEqualTo("[1.0,11.0]");
        assertThat(summary.get("tiedMonopolyReserves").toString()).isEqualTo("[1.0,11.0]");
        assertThat(root.get("revenueMax").asDouble()).isCloseTo(1.0, within(ROUND_OFF));
        JsonNode revenueEnd = root.get("vertices").get(0);
        assertThat(revenueEnd.get("surplus").asDouble()).isCloseTo(10.0 / 11, within(ROUND_OFF));
        assertThat(revenueEnd.get("mechanism").get("reserve").asDouble()).isEqualTo(1.0);

        String table = run(file, "table");
        assertThat(table).contains("best reserve r = 1 ", "monopoly reserve r = 1 ",
                "(best reserve: r = 1 and 11 tie (equal revenue up to rounding); the lowest is reported)",
                "(monopoly reserve: r = 1 and 11 tie (equal revenue up to rounding); the lowest is reported)");
    }

    /** Without a tie nothing is added: values {0, 1}, n = 2 (reserve 1 is strictly best). */
    @Test
    void noTieNoNote() {
        String table = run(Path.of("instances/two-point.json"), "table");
        assertThat(table).doesNotContain(" tie (");
    }
}
