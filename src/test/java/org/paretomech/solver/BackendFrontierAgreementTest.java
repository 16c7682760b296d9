package org.paretomech.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierComparison;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.frontier.LpEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.numeric.Tolerances;

/**
 * Issue 3's "done when": {@code frontier INSTANCE --solver X} gives the same frontier ends and
 * bargaining points for every available backend, here on the bundled instances small enough for
 * every backend (and a K = 200 one for the fast exact backends), against the exact oracle.
 */
@Tag("slow")
class BackendFrontierAgreementTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String file : List.of("two-point", "point-mass", "three-point-zero-lowest")) {
            for (String backend : Backends.names()) {
                out.add(Arguments.of(file, backend));
            }
        }
        for (String backend : List.of(Backends.DEFAULT, Backends.GLOP)) {
            out.add(Arguments.of("uniform-n5-k2", backend));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void endsAndBargainingPointsAgreeWithTheOracle(String file, String backend) throws IOException {
        assumeTrue(Backends.available(backend), backend + " is not available on this machine");
        Instance in = InstanceJson.read(Path.of("instances", file + ".json"), InstanceOverrides.NONE);
        Frontier exact = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        Frontier lp = new FrontierTracer(new LpEngine(List.of(Backends.byName(backend)), Tolerances.DEFAULT),
                Tolerances.DEFAULT).trace(in);
        double tol = FrontierComparison.tolerance(in, Tolerances.DEFAULT) * exact.welfareMax();
        assertThat(lp.complete()).isTrue();
        assertThat(lp.revenueMax()).isCloseTo(exact.revenueMax(), within(tol));
        assertThat(lp.surplusMax()).isCloseTo(exact.surplusMax(), within(tol));
        assertThat(FrontierComparison.largestDiscrepancy(lp, exact) * exact.welfareMax()).isLessThanOrEqualTo(tol);
        // Bargaining points are intersections with (or optima on) edges: a vertex error δ moves them
        // by δ over the sine of the angle between the edge and the KS ray or the Nash level set;
        // a factor 10 covers angles down to about 6 degrees.
        FrontierAnalysis a = FrontierAnalysis.of(exact);
        FrontierAnalysis b = FrontierAnalysis.of(lp);
        for (int i = 0; i < 3; i++) {
            BargainingSolution x = List.of(a.kalaiSmorodinsky(), a.nash(), a.crossSideNash()).get(i);
            BargainingSolution y = List.of(b.kalaiSmorodinsky(), b.nash(), b.crossSideNash()).get(i);
            assertThat(y.revenue()).as(x.concept()).isCloseTo(x.revenue(), within(10 * tol));
            assertThat(y.surplus()).as(x.concept()).isCloseTo(x.surplus(), within(10 * tol));
        }
    }
}
