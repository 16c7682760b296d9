package org.paretomech.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paretomech.instance.Instance;
import org.paretomech.lp.Weights;
import org.paretomech.lp.export.ModelExport;
import org.paretomech.lp.export.ModelFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code paretomech export INSTANCE --weights λR,λS}: the reduced-form LP as an MPS or CPLEX LP file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write an instance's reduced-form LP as an MPS or CPLEX LP file.",
                "The reduced-form LP (MATH §2) for one weight vector, as a model file for external LP solvers: "
                        + "free MPS (HiGHS, GLPK, CPLEX, Gurobi, Clp; the objective is negated, a minimisation of "
                        + "-c.z) or CPLEX LP format (Maximize c.z). Values are divided by the largest value and the "
                        + "weights by the larger weight, so the optimum is (λR R + λS S) / scale; the file header "
                        + "says how to convert back and gives the optimum of the exact ironing oracle."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Option(names = "--weights", paramLabel = "λR,λS", required = true,
            description = "Objective weights of revenue and buyer surplus, e.g. 1,1 (welfare), 1,0 (revenue), 0,1.")
    String weights;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "mps or lp; default: from the extension of -o (.mps, .lp), else mps.")
    ModelFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the model to FILE (atomically) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Weights w = Usage.check(spec, () -> parseWeights(weights));
        Usage.refuseToOverwriteInput(spec, Usage.typedName(spec, "-o", "--output"), output, instance.file);
        ModelFormat f = chooseFormat(format, output);
        Instance in = instance.read();
        ModelExport export = ModelExport.of(in, w);
        String text = export.text(f);
        if (output != null) {
            AtomicOutput.writeFile(output, Usage.typedName(spec, "-o", "--output"), text);
            PrintWriter err = spec.commandLine().getErr();
            err.println(String.format(Locale.ROOT,
                    "wrote %s (%s; %d variables, %d rows, %d non-zeros; expected optimum c.z = %s, i.e. %s = %s)",
                    output, f.extension(), export.program().variableCount(), export.program().rows().size(),
                    export.program().nonZeros(), export.objective(), describe(export.normalisedWeights()),
                    export.objective() * export.scale()));
            err.flush();
        } else {
            PrintWriter o = spec.commandLine().getOut();
            o.print(text);
            o.flush();
        }
        return ExitCode.OK.code();
    }

    private static String describe(Weights w) {
        return plain(w.revenue()) + " R + " + plain(w.surplus()) + " S";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Parses {@code λR,λS}: two finite non-negative numbers, not both zero.
     *
     * @throws IllegalArgumentException naming the value and the fix (a usage error on the command line)
     */
    static Weights parseWeights(String text) {
        String fix = "give two non-negative numbers λR,λS, not both zero, e.g. --weights 1,1 (welfare) or 1,0 (revenue)";
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--weights \"%s\" is invalid: expected 2 comma-separated numbers, found %d; %s",
                    text, parts.length, fix));
        }
        double[] v = new double[2];
        for (int i = 0; i < 2; i++) {
            String p = parts[i].trim();
            try {
                v[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "--weights \"%s\" is invalid: \"%s\" is not a number; %s", text, p, fix), e);
            }
            if (!Double.isFinite(v[i]) || v[i] < 0 || p.matches(".*[dDfF]$")) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "--weights \"%s\" is invalid: \"%s\" is not a finite non-negative number; %s", text, p, fix));
            }
        }
        if (v[0] + v[1] <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--weights \"%s\" is invalid: both weights are zero, so every mechanism is optimal; %s", text, fix));
        }
        return new Weights(v[0], v[1]);
    }

    /** The explicit {@code --format}, else the one of {@code output}'s extension, else MPS. */
    static ModelFormat chooseFormat(ModelFormat explicit, Path output) {
        if (explicit != null) {
            return explicit;
        }
        if (output != null && output.getFileName() != null) {
            return ModelFormat.fromFileName(output.getFileName().toString()).orElse(ModelFormat.MPS);
        }
        return ModelFormat.MPS;
    }

    /** An unknown format is a bad option value, a usage error (exit 2) like frontier's --format. */
    static final class FormatConverter implements ITypeConverter<ModelFormat> {
        @Override
        public ModelFormat convert(String value) {
            for (ModelFormat f : ModelFormat.values()) {
                if (f.extension().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw new TypeConversionException("--format \"" + value + "\" is unknown; use mps or lp");
        }
    }
}
