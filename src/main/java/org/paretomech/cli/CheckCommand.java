package org.paretomech.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paretomech.analysis.CharacterisationCheck;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.numeric.Tolerances;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code paretomech check INSTANCE}: the paper's characterisations, verified vertex by vertex. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify the paper's characterisations that apply to an instance.",
                "States which of the paper's characterisations apply to the instance and verifies them vertex "
                        + "by vertex. Exit code 0 when nothing failed, 8 when an applicable claim failed."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Override
    public Integer call() throws Exception {
        Instance in = instance.read();
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        CharacterisationCheck check = CharacterisationCheck.of(FrontierAnalysis.of(f), FamilyFile.read(instance.file).family());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Instance %s: n = %d, k = %d, K = %d, %d frontier vertices%n%n",
                org.paretomech.report.TableReport.printable(in.name()), in.buyers(), in.units(),
                in.supportSize(), f.vertices().size());
        out.print(check.render());
        out.flush();
        return check.passed() ? ExitCode.OK.code() : ExitCode.CHECK_FAILED.code();
    }
}
