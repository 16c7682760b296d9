package org.paretomech.expost;

import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.Instance;
import org.paretomech.mechanism.Certificate;
import org.paretomech.mechanism.InterimMechanism;
import org.paretomech.numeric.Tolerances;

/**
 * Checks an {@link ExPostAuction} by brute-force enumeration of every value profile, independently
 * of how it was built: feasibility, dominant-strategy IC against every misreport, ex-post IR, the
 * transfer rule, and agreement with an expected interim mechanism (allocation, utilities, and
 * {@code R}, {@code S} of its certificate). See {@link ExPostVerification} for the measures.
 */
public final class ExPostVerifier {

    private ExPostVerifier() {
    }

    /**
     * Verifies {@code auction} against {@code expected} (typically the oracle's mechanism, certified
     * here with {@link Tolerances#DEFAULT}).
     *
     * @throws IllegalArgumentException if {@code expected} has another number of types
     */
    public static ExPostVerification verify(ExPostAuction auction, InterimMechanism expected) {
        Instance instance = auction.instance();
        DiscreteDistribution d = instance.distribution();
        int n = auction.buyers();
        int kk = auction.supportSize();
        int k = instance.units();
        if (expected.size() != kk) {
            throw new IllegalArgumentException("expected mechanism has " + expected.size() + " types, the auction has " + kk);
        }
        double scale = d.maxValue() > 0 ? d.maxValue() : 1.0;
        double feasibility = 0;
        double ic = 0;
        double ir = 0;
        double negative = 0;
        double lowest = 0;
        double revenue = 0;
        double surplus = 0;
        double[][] interimAllocation = new double[n][kk];
        double[][] interimUtility = new double[n][kk];
        for (int p = 0; p < auction.profileCount(); p++) {
            double prob = auction.probability(p);
            double units = 0;
            for (int i = 0; i < n; i++) {
                int t = auction.type(p, i);
                double a = auction.allocation(p, i);
                double pay = auction.payment(p, i);
                double u = d.value(t) * a - pay;
                units += a;
                feasibility = Math.max(feasibility, Math.max(-a, a - 1));
                ir = Math.max(ir, -u / scale);
                negative = Math.max(negative, -pay / scale);
                if (t == 0) {
                    lowest = Math.max(lowest, Math.abs(u) / scale);
                }
                for (int m = 0; m < kk; m++) {
                    int lie = auction.withType(p, i, m);
                    double uLie = d.value(t) * auction.allocation(lie, i) - auction.payment(lie, i);
                    ic = Math.max(ic, (uLie - u) / scale);
                }
                revenue += prob * pay;
                surplus += prob * u;
                // P(t_-i) = P(t) / f_t.
                double others = prob / d.mass(t);
                interimAllocation[i][t] += others * a;
                interimUtility[i][t] += others * u;
            }
            feasibility = Math.max(feasibility, units - k);
        }
        double interim = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < kk; j++) {
                interim = Math.max(interim, Math.abs(interimAllocation[i][j] - expected.allocation(j)));
                interim = Math.max(interim, Math.abs(interimUtility[i][j] - expected.utility(j)) / scale);
            }
        }
        Certificate certificate = Certificate.check(instance, expected, Tolerances.DEFAULT);
        return new ExPostVerification(Math.max(0, feasibility), Math.max(0, ic), Math.max(0, ir), Math.max(0, negative),
                lowest, interim, revenue, surplus, certificate.revenue(), certificate.surplus(), certificate.passed(),
                instance.transfers(), scale);
    }
}
