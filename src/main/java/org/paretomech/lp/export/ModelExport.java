package org.paretomech.lp.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.lp.LinearProgram;
import org.paretomech.lp.ReducedFormProgram;
import org.paretomech.lp.Weights;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.oracle.IroningOracle;

/**
 * The reduced-form LP of MATH §2 for one instance and one weight vector, ready to be written as
 * a self-describing model file: the program, its normalisation, and the optimum expected from the
 * exact ironing oracle (MATH §3), an independent route to the same number.
 *
 * <p>The program is normalised: values are divided by {@link #scale()} (the largest support value)
 * and the weights by their maximum ({@link Weights#normalised()}), so its optimum is
 * {@code c·z* = (λ_R R + λ_S S) / scale} with {@code max(λ_R, λ_S) = 1}.
 *
 * @param instance  the instance
 * @param weights   the weights as given
 * @param program   {@code new ReducedFormProgram(instance).build(weights)}
 * @param scale     the factor values are divided by inside the program
 * @param objective the expected optimum {@code c·z*} of the program (from the oracle)
 * @param revenue   {@code R} of the oracle's optimal mechanism, original units
 * @param surplus   {@code S} of the oracle's optimal mechanism, original units
 */
public record ModelExport(Instance instance, Weights weights, LinearProgram program, double scale, double objective,
                          double revenue, double surplus) {

    /** Builds the program for {@code weights} and solves the same problem with the exact oracle. */
    public static ModelExport of(Instance instance, Weights weights) {
        ReducedFormProgram builder = new ReducedFormProgram(instance);
        LinearProgram program = builder.build(weights);
        Weights w = weights.normalised();
        InterimMechanism m = IroningOracle.maximise(instance, w, false).mechanism();
        DiscreteDistribution d = instance.distribution();
        double r = m.revenue(d, instance.buyers());
        double s = m.surplus(d, instance.buyers());
        return new ModelExport(instance, weights, program, builder.scale(), w.value(r, s) / builder.scale(), r, s);
    }

    /** The normalised weights, {@code max(λ_R, λ_S) = 1}: the ones in the objective. */
    public Weights normalisedWeights() {
        return weights.normalised();
    }

    /** The model file in {@code format}, with the comment header of {@link #header(ModelFormat)}. */
    public String text(ModelFormat format) {
        return format.write(program, header(format));
    }

    /**
     * The comment lines at the top of a file in {@code format}: what the program is, the instance,
     * the normalisation and how to convert back, and the expected optimum. The last line is
     * machine-readable, {@code key=value} pairs separated by single spaces:
     * {@code expected: instance=... buyers=... units=... support=... transfers=... lambda_r=...
     * lambda_s=... scale=... objective=... revenue=... surplus=...} ({@code objective} is the
     * maximum of {@code c·z}, {@code revenue} and {@code surplus} are in original units).
     */
    public List<String> header(ModelFormat format) {
        Weights w = normalisedWeights();
        int n = instance.buyers();
        int kk = instance.supportSize();
        List<String> h = new ArrayList<>();
        h.add("paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful");
        h.add("mechanisms, arXiv 2602.11967); written by 'paretomech export'.");
        h.add(f("instance %s: n = %d buyers, k = %d unit(s), K = %d support points in [%s, %s], transfers %s",
                ascii(instance.name()), n, instance.units(), kk, g(instance.distribution().value(0)),
                g(instance.distribution().maxValue()), instance.transfers().label()));
        h.add(f("weights: lambda_R = %s, lambda_S = %s (given %s,%s; normalised so that max(lambda_R, lambda_S) = 1)",
                g(w.revenue()), g(w.surplus()), g(weights.revenue()), g(weights.surplus())));
        h.add(f("scale = %s: every value v_j is divided by this (the largest support value) inside the program.",
                g(scale)));
        h.add(f("program: %d variables, %d rows, %d non-zeros. Variables x1..x%d = interim allocation probabilities,",
                program.variableCount(), program.rows().size(), program.nonZeros(), kk));
        h.add(f("u1..u%d = interim utilities divided by scale, t1..t%d = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).", kk, kk));
        h.add("objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.");
        if (format == ModelFormat.MPS) {
            h.add("MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports");
            h.add("min = -(c.z optimum); negate it first.");
        }
        h.add("convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.");
        h.add("from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,");
        h.add("R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.");
        h.add(f("expected optimum (exact ironing oracle, MATH section 3): c.z = %s, lambda_R R + lambda_S S = %s",
                g(objective), g(objective * scale)));
        h.add(f("(at the oracle's mechanism R = %s, S = %s)%s", g(revenue), g(surplus),
                format == ModelFormat.MPS ? f("; the MPS minimum is %s", g(-objective)) : ""));
        h.add(f("expected: instance=%s buyers=%d units=%d support=%d transfers=%s lambda_r=%s lambda_s=%s scale=%s "
                        + "objective=%s revenue=%s surplus=%s",
                token(instance.name()), n, instance.units(), kk, instance.transfers().label(), g(w.revenue()),
                g(w.surplus()), g(scale), g(objective), g(revenue), g(surplus)));
        return h;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Full precision, integers without a fraction. */
    private static String g(double v) {
        return ExportView.number(v);
    }

    /** The instance name as one CSV- and space-free token. */
    private static String token(String s) {
        String t = ascii(s).replaceAll("[\\s,\"]+", "_");
        return t.isEmpty() ? "_" : t;
    }

    /** Instance names come from files; keep comment lines plain ASCII. */
    private static String ascii(String s) {
        return s.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
