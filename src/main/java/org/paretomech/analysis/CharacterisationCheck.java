package org.paretomech.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.DistributionClassSummary;
import org.paretomech.distribution.classification.DiscreteClassification;
import org.paretomech.distribution.classification.DiscreteClassifier;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.mechanism.description.AuctionDescription;

/**
 * Checks the paper's characterisations (arXiv 2602.11967; MATH §6–§7) on a traced frontier,
 * vertex by vertex, with evidence:
 * <ul>
 *   <li><b>regular ∩ anti-MHR</b>: every Pareto-optimal mechanism is a second-price auction with a
 *       reserve no larger than the monopoly reserve. Applies when the discrete distribution is
 *       regular and anti-MHR (MATH §7, within {@link DiscreteClassifier#DEFAULT_RELATIVE_TOLERANCE}).</li>
 *   <li><b>MHR</b>: the buyer side needs pooled bids ("indirect Vickrey"): applies when the discrete
 *       distribution is MHR; passes when some buyer-side vertex pools an interval of bids.</li>
 *   <li><b>KS keeps half</b>: the Kalai–Smorodinsky point has {@code W >= W* / 2}; always applies.</li>
 *   <li><b>ironing on the revenue side</b> (information): pooled intervals of the revenue end,
 *       which appear exactly when the distribution is irregular.</li>
 * </ul>
 *
 * @param classification the discrete class tests
 * @param familyClass    the continuous family's class, when the instance came from a family
 * @param verdicts       one verdict per characterisation
 */
public record CharacterisationCheck(DiscreteClassification classification, Optional<DistributionClassSummary> familyClass,
                                    List<Verdict> verdicts) {

    /**
     * Smallest grid on which the MHR pooling claim is tested: it is a statement about continuous
     * values, and with two or three support points (e.g. values {0, 1}) the buyer side may have a
     * single vertex with nothing to pool.
     */
    public static final int MIN_SUPPORT_FOR_POOLING = 4;

    /** Outcome of one check. */
    public enum Status { PASS, FAIL, NOT_APPLICABLE, INFO }

    /**
     * One characterisation's verdict.
     *
     * @param claim    what is claimed
     * @param status   the verdict
     * @param evidence the numbers behind it
     */
    public record Verdict(String claim, Status status, String evidence) {
    }

    public CharacterisationCheck {
        verdicts = List.copyOf(verdicts);
    }

    /** Whether no verdict failed. */
    public boolean passed() {
        return verdicts.stream().noneMatch(v -> v.status() == Status.FAIL);
    }

    /** Runs every check on {@code analysis}; {@code family} is the instance's continuous family, if any. */
    public static CharacterisationCheck of(FrontierAnalysis analysis, Optional<ContinuousFamily> family) {
        Frontier f = analysis.frontier();
        DiscreteClassification c = DiscreteClassifier.classify(f.instance().distribution());
        double tol = DiscreteClassifier.DEFAULT_RELATIVE_TOLERANCE;
        boolean regular = c.regular().holdsWithin(tol);
        boolean mhr = c.mhr().holdsWithin(tol);
        boolean antiMhr = c.antiMhr().holdsWithin(tol);
        Optional<DistributionClassSummary> familyClass = family.map(ContinuousFamily::continuousClass);
        List<Verdict> out = new ArrayList<>();
        String classes = String.format(Locale.ROOT, "discrete tests (MATH §7): %s; %s; %s", c.regular().describe(tol),
                c.mhr().describe(tol), c.antiMhr().describe(tol));
        out.add(new Verdict("distribution class", Status.INFO, classes
                + familyClass.map(s -> "; continuous family: " + s.label()).orElse("")));

        double monopoly = analysis.secondPrice().monopolyReserve().reserve();
        List<AuctionDescription> auctions = analysis.auctions();
        String claimA = "regular and anti-MHR: every Pareto-optimal mechanism is a second-price auction with reserve "
                + "<= the monopoly reserve";
        if (regular && antiMhr) {
            int bad = -1;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < auctions.size(); i++) {
                AuctionDescription a = auctions.get(i);
                // With one support point a free lottery is the second-price auction with reserve v_1.
                boolean singlePoint = f.instance().supportSize() == 1;
                boolean secondPrice = (a.kind() == AuctionDescription.Kind.SECOND_PRICE_WITH_RESERVE
                        || singlePoint && a.kind() == AuctionDescription.Kind.FREE_LOTTERY)
                        && (singlePoint || a.reserve().isPresent() && a.reserve().getAsDouble() <= monopoly);
                if (!secondPrice && bad < 0) {
                    bad = i;
                }
                if (a.reserve().isPresent()) {
                    lo = Math.min(lo, a.reserve().getAsDouble());
                    hi = Math.max(hi, a.reserve().getAsDouble());
                }
            }
            double maxGap = 0;
            for (int i = 0; i < analysis.secondPrice().outcomes().size(); i++) {
                if (analysis.secondPrice().outcomes().get(i).reserve() <= monopoly) {
                    maxGap = Math.max(maxGap, analysis.surplusGaps().get(i));
                }
            }
            double w = f.welfareMax() > 0 ? f.welfareMax() : 1;
            String evidence = bad < 0
                    ? String.format(Locale.ROOT, "all %d vertices are second-price auctions with reserves %s..%s <= "
                            + "monopoly reserve %s; largest surplus gap between the second-price curve (Vickrey "
                            + "payments, reserves <= monopoly) and the frontier %.2e of W*", auctions.size(), num(lo),
                            num(hi), num(monopoly), maxGap / w)
                    : String.format(Locale.ROOT, "vertex %d (R = %s, S = %s) is \"%s\"", bad,
                            num(f.vertices().get(bad).revenue()), num(f.vertices().get(bad).surplus()),
                            auctions.get(bad).text());
            out.add(new Verdict(claimA, bad < 0 ? Status.PASS : Status.FAIL, evidence));
        } else {
            boolean familySays = familyClass.map(s -> s.regular() && s.antiMhr()).orElse(false);
            out.add(new Verdict(claimA, Status.NOT_APPLICABLE, (familySays
                    ? "the continuous family is regular and anti-MHR but this grid is not (discretisation, MATH §8): "
                    : "the distribution is not regular and anti-MHR: ")
                    + (regular ? c.antiMhr().describe(tol) : c.regular().describe(tol))));
        }

        String claimB = "MHR: the buyer side of the frontier needs pooled bids (indirect Vickrey)";
        int buyerSide = 0;
        int pooled = 0;
        for (int i = 0; i < auctions.size(); i++) {
            FrontierPoint p = f.vertices().get(i);
            if (p.weights().surplus() > p.weights().revenue()) {
                buyerSide++;
                if (!auctions.get(i).pooledIntervals().isEmpty()) {
                    pooled++;
                }
            }
        }
        if (mhr && f.instance().supportSize() < MIN_SUPPORT_FOR_POOLING) {
            out.add(new Verdict(claimB, Status.NOT_APPLICABLE, String.format(Locale.ROOT,
                    "the distribution is MHR but has only %d support points; the claim is about continuous values "
                            + "and needs a grid of at least %d points (%d of %d buyer-side vertices pool bids)",
                    f.instance().supportSize(), MIN_SUPPORT_FOR_POOLING, pooled, buyerSide)));
        } else if (mhr) {
            out.add(new Verdict(claimB, pooled > 0 ? Status.PASS : Status.FAIL, String.format(Locale.ROOT,
                    "%d of %d buyer-side vertices pool an interval of bids", pooled, buyerSide)));
        } else {
            out.add(new Verdict(claimB, Status.NOT_APPLICABLE, "the distribution is not MHR: " + c.mhr().describe(tol)
                    + String.format(Locale.ROOT, " (%d of %d buyer-side vertices pool bids)", pooled, buyerSide)));
        }

        double ks = analysis.kalaiSmorodinsky().welfareRatio();
        out.add(new Verdict("Kalai-Smorodinsky keeps at least half of the optimal welfare",
                ks >= 0.5 ? Status.PASS : Status.FAIL, String.format(Locale.ROOT, "KS welfare ratio %.6f", ks)));

        AuctionDescription revenueEnd = auctions.get(0);
        out.add(new Verdict("revenue end (optimal auction)", Status.INFO, revenueEnd.text()
                + String.format(Locale.ROOT, "; R_max = %s", num(f.revenueMax()))));
        return new CharacterisationCheck(c, familyClass, out);
    }

    /** A readable report. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Verdict v : verdicts) {
            sb.append(String.format(Locale.ROOT, "%-15s %s%n                %s%n", v.status().name().replace('_', ' '),
                    v.claim(), v.evidence()));
        }
        sb.append(passed() ? "verdict: PASS\n" : "verdict: FAIL\n");
        return sb.toString();
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
