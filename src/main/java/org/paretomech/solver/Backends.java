package org.paretomech.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.paretomech.solver.commonsmath.CommonsMathSolver;
import org.paretomech.solver.ojalgo.OjAlgoSolver;
import org.paretomech.solver.ortools.OrToolsSolver;

/**
 * The registry of LP backends, by name, in a fixed order:
 *
 * <table>
 *   <caption>Backends</caption>
 *   <tr><th>name</th><th>method</th><th>exact</th><th>size limit</th></tr>
 *   <tr><td>{@code ojalgo}</td><td>ojAlgo simplex, ojAlgo's choice of variant (the default)</td><td>yes</td><td>none</td></tr>
 *   <tr><td>{@code ojalgo-primal}</td><td>ojAlgo primal simplex</td><td>yes</td><td>none</td></tr>
 *   <tr><td>{@code glop}</td><td>OR-Tools GLOP simplex (native)</td><td>yes</td><td>none</td></tr>
 *   <tr><td>{@code pdlp}</td><td>OR-Tools PDLP first-order method (native)</td><td>no</td><td>none</td></tr>
 *   <tr><td>{@code commons-math}</td><td>Commons Math dense simplex</td><td>yes</td>
 *       <td>{@value CommonsMathSolver#DEFAULT_MAX_VARIABLES} variables</td></tr>
 * </table>
 *
 * <p>Every backend returned here honours the {@link LpSolver} contract: it never throws for solver
 * trouble. An unavailable backend (OR-Tools without its natives) can still be obtained; its solves
 * return {@link LpStatus#FAILED} with the reason, which {@link #all()} also reports.
 */
public final class Backends {

    /** Name of the default backend. */
    public static final String DEFAULT = OjAlgoSolver.NAME;
    /** ojAlgo forced to its primal simplex. */
    public static final String OJALGO_PRIMAL = "ojalgo-primal";
    /** OR-Tools GLOP. */
    public static final String GLOP = "glop";
    /** OR-Tools PDLP. */
    public static final String PDLP = "pdlp";
    /** Commons Math simplex. */
    public static final String COMMONS_MATH = CommonsMathSolver.NAME;

    private record Entry(String name, String description, boolean exact, int maxVariables,
                         Supplier<LpSolver> factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(DEFAULT, "ojAlgo 57 simplex (pure Java; ojAlgo picks the variant, its dual simplex here)", true,
                    BackendInfo.UNLIMITED, OjAlgoSolver::new),
            new Entry(OJALGO_PRIMAL, "ojAlgo 57 primal simplex (pure Java)", true, BackendInfo.UNLIMITED,
                    () -> new OjAlgoSolver(OjAlgoSolver.Algorithm.PRIMAL)),
            new Entry(GLOP, "Google OR-Tools GLOP simplex (native, via MPSolver)", true, BackendInfo.UNLIMITED,
                    OrToolsSolver::glop),
            new Entry(PDLP, "Google OR-Tools PDLP primal-dual hybrid gradient (native, first-order; answers are "
                    + "IMPRECISE, tolerance " + OrToolsSolver.DEFAULT_PDLP_EPSILON + ")", false, BackendInfo.UNLIMITED,
                    OrToolsSolver::pdlp),
            new Entry(COMMONS_MATH, "Apache Commons Math 3.6.1 dense-tableau simplex (pure Java, small programs only)",
                    true, CommonsMathSolver.DEFAULT_MAX_VARIABLES, CommonsMathSolver::new));

    private Backends() {
    }

    /** The registered names, default first. */
    public static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    /**
     * A new backend called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static LpSolver byName(String name) {
        return entry(name).factory().get();
    }

    /**
     * Every backend with its availability in this JVM, in registry order. Asking about the
     * OR-Tools backends loads the OR-Tools natives (once per JVM).
     */
    public static List<BackendInfo> all() {
        List<BackendInfo> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            out.add(info(e));
        }
        return List.copyOf(out);
    }

    /** What the registry knows about backend {@code name}; see {@link #all()}. */
    public static BackendInfo info(String name) {
        return info(entry(name));
    }

    /** Whether backend {@code name} can run in this JVM. */
    public static boolean available(String name) {
        return info(name).available();
    }

    /**
     * The backends an engine should try in order when {@code primary} fails or its answer fails
     * the certificate:
     * <ol>
     *   <li>{@code primary} itself (even if unavailable: its {@code FAILED} result then records why);</li>
     *   <li>{@code ojalgo-primal}, only when {@code primary} is {@code ojalgo} (the other simplex
     *       variant of the same library, cheap and pure Java);</li>
     *   <li>{@code glop}, when OR-Tools is available here and {@code primary} is not {@code glop}
     *       (an independent simplex implementation);</li>
     *   <li>{@code ojalgo}, when {@code primary} is not {@code ojalgo} (the default, always
     *       available).</li>
     * </ol>
     * PDLP and Commons Math never appear as fallbacks: the first is approximate, the second small
     * programs only.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static List<LpSolver> fallbackChain(String primary) {
        String p = entry(primary).name();
        List<String> chain = new ArrayList<>();
        chain.add(p);
        if (p.equals(DEFAULT)) {
            chain.add(OJALGO_PRIMAL);
        }
        if (!p.equals(GLOP) && available(GLOP)) {
            chain.add(GLOP);
        }
        if (!p.equals(DEFAULT)) {
            chain.add(DEFAULT);
        }
        return chain.stream().map(Backends::byName).toList();
    }

    private static BackendInfo info(Entry e) {
        String reason = "";
        LpSolver solver = e.factory().get();
        if (solver instanceof OrToolsSolver ortools) {
            reason = ortools.unavailableReason();
        }
        return new BackendInfo(e.name(), e.description(), reason.isEmpty(), reason, e.exact(), e.maxVariables());
    }

    private static Entry entry(String name) {
        if (name != null) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            for (Entry e : ENTRIES) {
                if (e.name().equals(key)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown LP backend '" + name + "'; known backends: "
                + String.join(", ", names()) + " (default " + DEFAULT + ")");
    }
}
