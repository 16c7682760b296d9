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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paretomech.cli.Main;

/**
 * Every bundled instance runs through {@code frontier --format json} and the output follows the
 * contract scripts rely on (README), with internally consistent numbers.
 */
class BundledInstancesContractTest {

    /** Sums of a few thousand terms of order W*: relative round-off far below 1e-12. */
    private static final double ROUND_OFF = 1e-12;

    static Stream<Path> instances() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("instances"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(10);
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("instances")
    void jsonFollowsTheContract(Path file) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"frontier", file.toString(), "--format", "json"}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());

        JsonNode in = root.get("instance");
        for (String f : List.of("name", "buyers", "units", "transfers", "supportSize")) {
            assertThat(in.has(f)).as("instance.%s", f).isTrue();
        }
        assertThat(in.get("buyers").isInt()).isTrue();
        assertThat(in.get("supportSize").asInt()).isPositive();
        double rMax = root.get("revenueMax").asDouble();
        double sMax = root.get("surplusMax").asDouble();
        double wMax = root.get("welfareMax").asDouble();
        double tol = ROUND_OFF * Math.max(1, wMax);

        JsonNode vertices = root.get("vertices");
        assertThat(vertices.size()).isPositive();
        assertThat(vertices.get(0).get("revenue").asDouble()).isEqualTo(rMax);
        assertThat(vertices.get(vertices.size() - 1).get("surplus").asDouble()).isEqualTo(sMax);
        for (int i = 0; i < vertices.size(); i++) {
            JsonNode v = vertices.get(i);
            double r = v.get("revenue").asDouble();
            double s = v.get("surplus").asDouble();
            assertThat(v.get("welfare").asDouble()).isCloseTo(r + s, within(tol));
            assertThat(r + s).isLessThanOrEqualTo(wMax * (1 + 1e-8));
            if (i > 0) {
                assertThat(r).isLessThan(vertices.get(i - 1).get("revenue").asDouble());
                assertThat(s).isGreaterThan(vertices.get(i - 1).get("surplus").asDouble());
            }
        }
        for (String concept : List.of("kalaiSmorodinsky", "nash", "crossSideNash")) {
            JsonNode sol = root.get("solutions").get(concept);
            double r = sol.get("revenue").asDouble();
            double s = sol.get("surplus").asDouble();
            assertThat(sol.get("welfare").asDouble()).isCloseTo(r + s, within(tol));
            assertThat(sol.get("welfareRatio").asDouble()).isCloseTo((r + s) / wMax, within(1e-12));
            assertThat(r).isBetween(-tol, rMax + tol);
            assertThat(s).isBetween(-tol, sMax + tol);
        }
        // KS keeps at least half of W* on every instance (MATH §6: (R_max/2, S_max/2) is feasible).
        assertThat(root.get("solutions").get("kalaiSmorodinsky").get("welfareRatio").asDouble())
                .isGreaterThanOrEqualTo(0.5 - 1e-12);
        JsonNode sp = root.get("secondPrice");
        assertThat(sp.size()).isEqualTo(in.get("supportSize").asInt());
        for (JsonNode o : sp) {
            for (String f : List.of("reserve", "revenue", "surplus", "welfare")) {
                assertThat(o.get(f).isNumber()).as("secondPrice.%s", f).isTrue();
            }
            assertThat(o.get("surplusGap").asDouble()).isGreaterThanOrEqualTo(0);
        }
        assertThat(root.get("solver").asText()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("instances")
    void outputIsDeterministic(Path file) {
        String first = run(file);
        assertThat(run(file)).isEqualTo(first);
    }

    private static String run(Path file) {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"frontier", file.toString(), "--format", "json"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        return out.toString();
    }
}
