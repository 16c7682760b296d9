package org.paretomech.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.expost.ExPostAuction;
import org.paretomech.expost.ExPostVerification;
import org.paretomech.expost.ExPostVerifier;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.Instance;
import org.paretomech.instance.OptionMismatchException;
import org.paretomech.numeric.Tolerances;
import org.paretomech.report.TableReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paretomech expost INSTANCE [--vertex I]}: the actual auction behind frontier vertices of a
 * small instance, written out profile by profile (who wins with which probability, the threshold
 * payments) and verified by enumerating every value profile and every misreport: dominant-strategy
 * truthful, ex-post IR, the transfer rule, the interim rule and R, S reproduced
 * ({@link ExPostVerifier}).
 */
@Command(name = "expost", mixinStandardHelpOptions = true,
        description = {"Write out and verify the ex-post auction at each vertex.",
                "Builds the auction at each vertex (or the one given by --vertex) profile by profile, who wins "
                        + "with which probability and the threshold payments, and verifies by enumerating every "
                        + "value profile and misreport that it is dominant-strategy truthful and ex-post "
                        + "individually rational, follows the transfer rule and reproduces the interim rule, R and "
                        + "S. For n <= 4 buyers and K <= 6 support points. Exit code 0 when every auction passes, "
                        + "8 when one fails."})
final class ExPostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Option(names = "--vertex", paramLabel = "I",
            description = "Write out the auction at vertex I (0 = revenue end) profile by profile; without it, "
                    + "verify every vertex and print one line each.")
    Long vertex;

    @Override
    public Integer call() throws Exception {
        if (vertex != null && vertex < 0) {
            throw Usage.error(spec, "--vertex " + vertex + " is negative; vertices are numbered from 0 (the revenue end)");
        }
        Instance in = instance.read();
        if (in.buyers() > ExPostAuction.MAX_BUYERS || in.supportSize() > ExPostAuction.MAX_SUPPORT) {
            throw new OptionMismatchException(String.format(Locale.ROOT, "expost writes auctions out only for n <= %d "
                    + "buyers and K <= %d support points; %s has n = %d, K = %d (--buyers N overrides n); the "
                    + "frontier and check commands certify every vertex of larger instances", ExPostAuction.MAX_BUYERS,
                    ExPostAuction.MAX_SUPPORT, in.name(), in.buyers(), in.supportSize()));
        }
        Frontier f = new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
        if (vertex != null && vertex >= f.vertices().size()) {
            throw new OptionMismatchException(String.format(Locale.ROOT, "--vertex %d is beyond the frontier of %s, "
                    + "which has %d vertices (0 to %d)", vertex, in.name(), f.vertices().size(), f.vertices().size() - 1));
        }
        FrontierAnalysis analysis = FrontierAnalysis.of(f);
        PrintWriter out = spec.commandLine().getOut();
        int vertices = f.vertices().size();
        long profiles = (long) Math.pow(in.supportSize(), in.buyers());
        out.printf(Locale.ROOT, "Instance %s: n = %d, k = %d, K = %d, transfers %s, %d frontier vert%s, %d value "
                        + "profile%s%n", TableReport.printable(in.name()), in.buyers(), in.units(), in.supportSize(),
                in.transfers().label(), vertices, vertices == 1 ? "ex" : "ices", profiles, profiles == 1 ? "" : "s");
        out.printf(Locale.ROOT, "checks by enumeration, each to %.0e of v_K: feasibility, dominant-strategy IC (every "
                + "misreport), ex-post IR, the transfer rule, interim x and u, R and S%n%n", ExPostVerification.TOLERANCE);
        boolean passed = true;
        int from = vertex != null ? vertex.intValue() : 0;
        int to = vertex != null ? vertex.intValue() : f.vertices().size() - 1;
        for (int i = from; i <= to; i++) {
            FrontierPoint p = f.vertices().get(i);
            ExPostAuction auction = ExPostAuction.implement(in, IroningEngine.solution(in, p));
            ExPostVerification check = ExPostVerifier.verify(auction, p.mechanism());
            passed &= check.passed();
            String auctionText = analysis.auctions().get(i).text() + " [" + TableReport.payments(analysis.auctions().get(i).paymentSide())
                    + " payments]";
            if (vertex != null) {
                out.printf(Locale.ROOT, "vertex %d: %s%nR = %.9g, S = %.9g%n%n", i, auctionText, check.revenue(),
                        check.surplus());
                writeProfiles(out, in, auction);
                out.println();
                out.println(summary(check));
            } else {
                out.printf(Locale.ROOT, "%4d  %-6s %s; %s%n", i, check.passed() ? "PASS" : "FAIL", summary(check),
                        auctionText);
            }
        }
        out.println(passed ? "verdict: PASS" : "verdict: FAIL");
        out.flush();
        return passed ? ExitCode.OK.code() : ExitCode.CHECK_FAILED.code();
    }

    private static String summary(ExPostVerification c) {
        List<String> failures = c.failures();
        String numbers = String.format(Locale.ROOT, "largest IC gain %.1e, IR violation %.1e, interim mismatch %.1e, "
                        + "R and S off by %.1e and %.1e", c.maxICViolation(), c.maxIRViolation(), c.maxInterimMismatch(),
                c.revenueMismatch(), c.surplusMismatch());
        return failures.isEmpty() ? numbers : numbers + "; FAILED: " + String.join("; ", failures);
    }

    /** One row per value profile: the values, its probability, each buyer's win probability and payment. */
    private static void writeProfiles(PrintWriter out, Instance in, ExPostAuction a) {
        int n = in.buyers();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + (10 * n) + "s %10s", "values",
                "P(profile)"));
        for (int b = 1; b <= n; b++) {
            head.append(String.format(Locale.ROOT, " %8s", "x" + b));
        }
        for (int b = 1; b <= n; b++) {
            head.append(String.format(Locale.ROOT, " %10s", "pay" + b));
        }
        out.println(head);
        for (int t = 0; t < a.profileCount(); t++) {
            StringBuilder row = new StringBuilder();
            StringBuilder values = new StringBuilder();
            for (int b = 0; b < n; b++) {
                values.append(String.format(Locale.ROOT, "%-10s", TableReport.num(in.distribution().value(a.type(t, b)))));
            }
            row.append(String.format(Locale.ROOT, "%-" + (10 * n) + "s %10.4g", values, a.probability(t)));
            for (int b = 0; b < n; b++) {
                row.append(String.format(Locale.ROOT, " %8.4f", a.allocation(t, b)));
            }
            for (int b = 0; b < n; b++) {
                row.append(String.format(Locale.ROOT, " %10.6g", a.payment(t, b)));
            }
            out.println(row);
        }
    }
}
