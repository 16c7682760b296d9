package org.paretomech.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.Discretisation;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.frontier.LpEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.lp.Weights;
import org.paretomech.numeric.Tolerances;
import org.paretomech.oracle.IroningOracle;
import org.paretomech.solver.Backends;

/**
 * Benchmark (not a test): LP vs oracle time per frontier, oracle time per call, peak heap. Run with
 * {@code scripts/bench.sh} ({@code scripts/bench.sh quick}: LP at K = 100, oracle up to 10^5, under a
 * minute). Arguments: {@code lp|oracle [LP budget seconds] [quick]}. Instances: Lomax(shape 3) and Weibull(shape 2) discretised with K
 * equal-probability left points, n = 100 buyers. Prints a Markdown table; all figures from one run
 * on a shared machine, so compare ratios, not absolute times.
 */
public final class FrontierBenchmark {

    private FrontierBenchmark() {
    }

    public static void main(String[] args) {
        boolean withLp = args.length > 0 && args[0].equals("lp");
        double lpBudgetSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 120;
        boolean quick = args.length > 2 && args[2].equals("quick");
        int maxK = quick ? (withLp ? 100 : 100_000) : withLp ? 10_000 : 1_000_000;
        if (withLp) {
            // Class loading and JIT: the first LP solve of a JVM took 5 s at K = 100, later ones 0.1 s.
            Instance warmUp = instance("weibull", 100, 100);
            for (String backend : List.of(Backends.DEFAULT, Backends.GLOP)) {
                new LpEngine(Backends.fallbackChain(backend), Tolerances.DEFAULT).maximise(warmUp, new Weights(1, 0.5));
            }
        }
        System.out.println("| family | K | n | vertices | oracle frontier ms | oracle call ms | LP frontier ms | LP / oracle | peak heap MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String family : List.of("lomax", "weibull")) {
            for (int k : new int[] {100, 1_000, 10_000, 100_000, 1_000_000}) {
                if (k > maxK) {
                    continue;
                }
                Instance in = instance(family, k, 100);
                resetPeaks();
                double callMs = oracleCall(in);
                if (k > FRONTIER_MAX_K.get(family)) {
                    // The frontier has about K/20 vertices here, each an O(K) call: quadratic, skipped.
                    System.out.printf(Locale.ROOT, "| %s | %d | %d | - | - | %.2f | - | - | %.0f |%n", family, k, 100,
                            callMs, peakHeapMb());
                    continue;
                }
                long t0 = System.nanoTime();
                Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
                double oracleMs = (System.nanoTime() - t0) / 1e6;
                String lp = "-";
                String ratio = "-";
                if (withLp) {
                    // One weighted solve first; the whole LP frontier is traced only if that many solves
                    // fit the budget, else it is estimated as (time per solve) x (solves the oracle's
                    // trace needed). At K = 10^4 the solve is GLOP's: ojAlgo's simplex did not finish
                    // one in 5 min.
                    String backend = k >= 10_000 ? Backends.GLOP : Backends.DEFAULT;
                    long t1 = System.nanoTime();
                    new LpEngine(Backends.fallbackChain(backend), Tolerances.DEFAULT).maximise(in, new Weights(1, 0.5));
                    double perSolve = (System.nanoTime() - t1) / 1e6;
                    if (backend.equals(Backends.DEFAULT) && perSolve * f.lpSolves() <= lpBudgetSeconds * 1e3) {
                        long t2 = System.nanoTime();
                        new FrontierTracer(new LpEngine(Backends.fallbackChain(backend), Tolerances.DEFAULT),
                                Tolerances.DEFAULT).trace(in);
                        double lpMs = (System.nanoTime() - t2) / 1e6;
                        lp = String.format(Locale.ROOT, "%.0f", lpMs);
                        ratio = String.format(Locale.ROOT, "%.0f", lpMs / oracleMs);
                    } else {
                        lp = String.format(Locale.ROOT, "~%.0f (est.: %.0f ms per %s solve x %d)",
                                perSolve * f.lpSolves(), perSolve, backend, f.lpSolves());
                        ratio = String.format(Locale.ROOT, "~%.0f", perSolve * f.lpSolves() / oracleMs);
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.2f | %s | %s | %.0f |%n", family, k, 100,
                        f.vertices().size(), oracleMs, callMs, lp, ratio, peakHeapMb());
            }
        }
    }

    /** Largest K whose whole frontier is traced (Weibull's vertex count grows with K; Lomax has two). */
    private static final Map<String, Integer> FRONTIER_MAX_K = Map.of("lomax", 1_000_000, "weibull", 100_000);

    static Instance instance(String family, int k, int n) {
        Map<String, Double> p = family.equals("lomax") ? Map.of("shape", 3.0) : Map.of("shape", 2.0);
        var d = Discretisation.discretise(ContinuousFamily.of(family, p), k, Discretisation.Scheme.LEFT).distribution();
        return new Instance(family + "-" + k, n, 1, TransferMode.NO_SUBSIDY, d, "benchmark");
    }

    /**
     * Median of 15 oracle calls (after 10 warm-up calls) on a prepared instance: the optimal
     * mechanism for one weight, as a frontier trace asks for it (without the certificate).
     */
    static double oracleCall(Instance in) {
        IroningOracle o = IroningOracle.prepare(in);
        for (int i = 0; i < 10; i++) {
            o.mechanism(new Weights(1, 0.1 * i), false);
        }
        double[] t = new double[15];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            o.mechanism(new Weights(1, 0.2 + 0.1 * i), false);
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        java.util.Arrays.sort(t);
        return t[t.length / 2];
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }
}
