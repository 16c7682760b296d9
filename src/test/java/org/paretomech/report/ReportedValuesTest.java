package org.paretomech.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paretomech.api.Paretomech;
import org.paretomech.api.Result;
import org.paretomech.numeric.Tolerances;

/**
 * Issue 6, fresh-user finding 6: rounding residue such as {@code 1.0000000000000906} (a welfare
 * ratio above 1) or {@code -1.1134756311426123E-15} (revenue at the surplus end) in the printed
 * output. The rule of {@link ReportedValues}: within {@code ε W*} of 0, or {@code ε} of a ratio
 * of 1, with {@code ε = Tolerances.DEFAULT.feasibility()}, print the bound; outside, print the
 * value unchanged, violations included.
 */
class ReportedValuesTest {

    private static final double EPS = Tolerances.DEFAULT.feasibility();

    @Test
    void valuesInsideTheCertifiedBandPrintAsTheBound() {
        double wStar = 240.786;
        ReportedValues r = new ReportedValues(wStar, EPS * wStar, EPS);
        assertThat(r.amount(-1.1e-15)).isEqualTo(0.0);
        assertThat(r.amount(0.9 * EPS * wStar)).isEqualTo(0.0);
        assertThat(r.amount(-0.9 * EPS * wStar)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(r.amount(-0.0))).as("no negative zero").isZero();
        assertThat(r.ratio(1.0000000000000906)).isEqualTo(1.0);
        assertThat(r.ratio(1 - 0.5 * EPS)).isEqualTo(1.0);
    }

    /** Never hide a violation: outside the band the computed value is printed, sign and all. */
    @Test
    void valuesOutsideTheBandAreUnchanged() {
        ReportedValues r = new ReportedValues(2.0, EPS * 2.0, EPS);
        assertThat(r.amount(-3 * EPS * 2.0)).isEqualTo(-3 * EPS * 2.0);
        assertThat(r.amount(1.5 * EPS * 2.0)).isEqualTo(1.5 * EPS * 2.0);
        assertThat(r.ratio(1 + 2 * EPS)).isEqualTo(1 + 2 * EPS);
        assertThat(r.ratio(0.9999999999999869)).isEqualTo(1.0);
        assertThat(r.ratio(0.99)).isEqualTo(0.99);
        assertThat(r.amount(0.7499999999999999)).isEqualTo(0.7499999999999999);
    }

    static List<Path> bundled() {
        return List.of(Path.of("instances/uniform-n5-k2.json"), Path.of("instances/uniform-n2-left1000.json"),
                Path.of("instances/lomax-n5.json"), Path.of("instances/mixture-irregular-n3.json"),
                Path.of("instances/two-point.json"), Path.of("instances/exponential-n4.json"));
    }

    /**
     * The bundled instances whose CSV and JSON showed the residue: every welfare ratio is at most
     * 1, every amount is 0 or outside the band, and no amount is negative (all are no-subsidy
     * instances, whose revenue, surplus and gaps are non-negative).
     */
    @ParameterizedTest
    @MethodSource("bundled")
    void bundledOutputsCarryNoResidue(Path file) throws IOException {
        Result result = Paretomech.instance(file.toString()).solve();
        double band = EPS * result.welfareMax();
        JsonNode root = new ObjectMapper().readTree(result.json());
        List<Double> amounts = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (JsonNode v : root.get("vertices")) {
            amounts.add(v.get("revenue").asDouble());
            amounts.add(v.get("surplus").asDouble());
            ratios.add(v.get("welfareRatio").asDouble());
        }
        for (JsonNode s : root.get("solutions")) {
            amounts.add(s.get("revenue").asDouble());
            amounts.add(s.get("surplus").asDouble());
            ratios.add(s.get("welfareRatio").asDouble());
        }
        for (JsonNode o : root.get("secondPrice")) {
            for (String f : List.of("revenue", "surplus", "surplusGap", "frontierPaymentsRevenue",
                    "frontierPaymentsSurplus")) {
                amounts.add(o.get(f).asDouble());
            }
        }
        for (String line : result.csv().lines().skip(1).toList()) {
            String[] f = line.split(",");
            amounts.add(Double.parseDouble(f[1]));
            amounts.add(Double.parseDouble(f[2]));
            ratios.add(Double.parseDouble(f[4]));
        }
        assertThat(ratios).as(file.toString()).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
        assertThat(amounts).as(file.toString()).allSatisfy(x -> {
            assertThat(x).isGreaterThanOrEqualTo(0.0);
            assertThat(x == 0.0 || x > band).as("%s is 0 or outside the band %s", x, band).isTrue();
        });
        assertThat(result.table()).doesNotContainPattern("e-1[0-9]").doesNotContain("-0 ");
    }
}
