package org.paretomech.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paretomech.api.Paretomech;
import org.paretomech.api.Result;
import org.paretomech.numeric.Tolerances;

/**
 * Fresh-user trial, frontier table: for uniform-n2-left1000 the W column of Nash and cross-side Nash
 * read 0.666167 under a W* of 0.666166 (W = 0.6661665000000003 against W* = 0.6661664999999999),
 * so W seemed to exceed W*; and for a single value 0 ({@code W* = 0}) the table printed W/W* "-"
 * where the JSON has 1. The rule of {@link ReportedValues}: the table prints a welfare within
 * {@code ε W*} of {@code W*} (the JSON's welfare ratio 1) as {@code W*}; with {@code W* = 0} every
 * welfare ratio is 1, in the table as in the JSON.
 */
class WelfareAtTheBoundReportTest {

    private static final double EPS = Tolerances.DEFAULT.feasibility();

    @Test
    void welfareWithinTheBandOfWStarIsReportedAsWStar() {
        ReportedValues r = new ReportedValues(0.6661664999999999, EPS * 0.6661664999999999, EPS);
        assertThat(r.welfare(0.6661665000000003)).isEqualTo(0.6661664999999999);
        assertThat(r.welfare(0.6661664999999999 * (1 - 0.5 * EPS))).isEqualTo(0.6661664999999999);
        // outside the band: unchanged, a violation included
        assertThat(r.welfare(0.6661664999999999 * (1 + 2 * EPS))).isEqualTo(0.6661664999999999 * (1 + 2 * EPS));
        assertThat(r.welfare(0.5)).isEqualTo(0.5);
        assertThat(r.welfare(1e-18)).isEqualTo(0.0);
    }

    @Test
    void uniformReferenceTableNeverShowsAWelfareAboveWStar() throws IOException {
        Result result = Paretomech.instance("instances/uniform-n2-left1000.json").solve();
        String wStar = TableReport.num(result.welfareMax());
        assertThat(wStar).isEqualTo("0.666166");
        List<String> table = result.table().lines().toList();
        for (String label : List.of("Nash (R S^2)", "cross-side Nash (R S)", "efficient welfare W*")) {
            String row = table.stream().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
            assertThat(row.substring(28).trim().split(" +")).as(row).contains(wStar).doesNotContain("0.666167");
        }
        List<String> vertexRows = table.stream().filter(l -> l.matches(" +\\d+ +[0-9].*")).toList();
        assertThat(vertexRows).isNotEmpty();
        for (String row : vertexRows) {
            assertThat(Double.parseDouble(row.trim().split(" +")[3])).as(row).isLessThanOrEqualTo(0.666166);
        }
        // the table prints W* exactly where the JSON reports a welfare ratio of 1
        JsonNode root = new ObjectMapper().readTree(result.json());
        assertThat(root.get("solutions").get("nash").get("welfareRatio").asDouble()).isEqualTo(1.0);
        assertThat(root.get("solutions").get("crossSideNash").get("welfareRatio").asDouble()).isEqualTo(1.0);
        assertThat(root.get("solutions").get("kalaiSmorodinsky").get("welfareRatio").asDouble()).isLessThan(1.0);
    }

    /** A single value 0: {@code W* = 0}, every point efficient, welfare ratio 1 in the table as in the JSON. */
    @Test
    void zeroWelfareInstanceHasRatioOneInTableAndJson() throws IOException {
        Result result = Paretomech.values(new double[] {0}, new double[] {1}).buyers(2).solve();
        assertThat(result.welfareMax()).isZero();
        JsonNode root = new ObjectMapper().readTree(result.json());
        root.get("vertices").forEach(v -> assertThat(v.get("welfareRatio").asDouble()).isEqualTo(1.0));
        root.get("solutions").forEach(s -> assertThat(s.get("welfareRatio").asDouble()).isEqualTo(1.0));
        String table = result.table();
        assertThat(table).doesNotContainPattern(" -\\n").doesNotContain("W/W* -");
        assertThat(table).containsPattern("\\nrevenue end \\(R_max\\) +0 +0 +0 +1\\.0000\\n")
                .containsPattern("\\nKalai-Smorodinsky +0 +0 +0 +1\\.0000\\n")
                .containsPattern("\\nno reserve \\(r = 0\\) +R 0 +S 0 +W/W\\* 1\\.0000 ")
                .containsPattern("\\n +0 +0 +0 +0 +1\\.0000  unique ");
    }
}
