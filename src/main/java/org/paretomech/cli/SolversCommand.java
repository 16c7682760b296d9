package org.paretomech.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paretomech.solver.BackendInfo;
import org.paretomech.solver.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code paretomech solvers}: the LP backends and whether each works on this machine. */
@Command(name = "solvers", mixinStandardHelpOptions = true,
        description = {"List the LP backends and whether each works on this machine.",
                "The names are the values of frontier --solver."})
final class SolversCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "%-14s %-10s %-7s %-12s %s", "backend", "available", "exact", "max vars",
                "description"));
        for (BackendInfo b : Backends.all()) {
            out.println(String.format(Locale.ROOT, "%-14s %-10s %-7s %-12s %s%s", b.name(), b.available() ? "yes" : "NO",
                    b.exact() ? "yes" : "no", b.maxVariables() == BackendInfo.UNLIMITED ? "-" : b.maxVariables(),
                    b.description(), b.available() ? "" : " [" + b.reason() + "]"));
        }
        out.println();
        out.println("The default engine needs no LP (the exact ironing oracle); --solver NAME runs the");
        out.println("reduced-form LP on that backend, falling back to " + String.join(" -> ",
                Backends.fallbackChain(Backends.DEFAULT).stream().map(s -> s.name()).toList())
                + " when a solve fails its certificate.");
        out.flush();
        return ExitCode.OK.code();
    }
}
