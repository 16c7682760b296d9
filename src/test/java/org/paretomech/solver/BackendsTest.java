package org.paretomech.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paretomech.solver.commonsmath.CommonsMathSolver;
import org.paretomech.solver.ortools.OrToolsSolver;

/** The backend registry: names, descriptions, availability and the fallback order. */
class BackendsTest {

    @Test
    void knowsTheFiveBackendsDefaultFirst() {
        assertThat(Backends.names()).containsExactly("ojalgo", "ojalgo-primal", "glop", "pdlp", "commons-math");
        assertThat(Backends.DEFAULT).isEqualTo("ojalgo");
        for (String name : Backends.names()) {
            assertThat(Backends.byName(name).name()).isEqualTo(name);
        }
        assertThat(Backends.byName(" GLOP ").name()).isEqualTo("glop");
    }

    @Test
    void rejectsAnUnknownNameListingTheKnownOnes() {
        assertThatThrownBy(() -> Backends.byName("gurobi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown LP backend 'gurobi'")
                .hasMessageContaining("ojalgo, ojalgo-primal, glop, pdlp, commons-math");
        assertThatThrownBy(() -> Backends.byName(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backends.fallbackChain("cplex")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesEveryBackend() {
        List<BackendInfo> all = Backends.all();
        assertThat(all).extracting(BackendInfo::name).containsExactlyElementsOf(Backends.names());
        for (BackendInfo info : all) {
            assertThat(info.description()).isNotBlank();
            assertThat(info.available()).as(info.name()).isEqualTo(info.reason().isEmpty());
            assertThat(info.exact()).as(info.name()).isEqualTo(!info.name().equals("pdlp"));
        }
        assertThat(Backends.info("ojalgo").available()).isTrue();
        assertThat(Backends.info("ojalgo-primal").available()).isTrue();
        assertThat(Backends.info("commons-math").available()).isTrue();
        assertThat(Backends.info("commons-math").maxVariables()).isEqualTo(CommonsMathSolver.DEFAULT_MAX_VARIABLES);
        assertThat(Backends.info("ojalgo").maxVariables()).isEqualTo(BackendInfo.UNLIMITED);
        // Both OR-Tools backends share the natives: available together or not at all.
        assertThat(Backends.info("glop").available()).isEqualTo(Backends.info("pdlp").available());
        System.out.println("OR-Tools: " + (Backends.available("glop") ? "natives loaded" : Backends.info("glop").reason()));
    }

    @Test
    void fallbackChainsFollowTheDocumentedOrder() {
        boolean glop = Backends.available("glop");
        assertThat(names(Backends.fallbackChain("ojalgo")))
                .containsExactlyElementsOf(glop ? List.of("ojalgo", "ojalgo-primal", "glop") : List.of("ojalgo", "ojalgo-primal"));
        assertThat(names(Backends.fallbackChain("glop"))).containsExactly("glop", "ojalgo");
        assertThat(names(Backends.fallbackChain("pdlp")))
                .containsExactlyElementsOf(glop ? List.of("pdlp", "glop", "ojalgo") : List.of("pdlp", "ojalgo"));
        assertThat(names(Backends.fallbackChain("commons-math")))
                .containsExactlyElementsOf(glop ? List.of("commons-math", "glop", "ojalgo") : List.of("commons-math", "ojalgo"));
        assertThat(names(Backends.fallbackChain("ojalgo-primal")))
                .containsExactlyElementsOf(glop ? List.of("ojalgo-primal", "glop", "ojalgo") : List.of("ojalgo-primal", "ojalgo"));
    }

    @Test
    void pdlpToleranceIsValidated() {
        assertThat(OrToolsSolver.pdlp(1e-9).pdlpEpsilon()).isEqualTo(1e-9);
        assertThat(OrToolsSolver.pdlp().pdlpEpsilon()).isEqualTo(OrToolsSolver.DEFAULT_PDLP_EPSILON);
        assertThat(OrToolsSolver.pdlpParameters(1e-10)).contains("eps_optimal_absolute: 1.0E-10");
        assertThatThrownBy(() -> OrToolsSolver.pdlp(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> OrToolsSolver.pdlp(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(List<LpSolver> chain) {
        return chain.stream().map(LpSolver::name).toList();
    }
}
