package org.paretomech.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.DistributionClassSummary;
import org.paretomech.distribution.classification.DiscreteClassification;
import org.paretomech.distribution.classification.DiscreteClassifier;
import org.paretomech.distribution.classification.ShapeCheck;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.instance.TransferMode;
import org.paretomech.mechanism.description.AuctionDescription;

/**
 * Checks the paper's characterisations (arXiv 2602.11967; MATH §6–§7) on a traced frontier,
 * vertex by vertex, with evidence:
 * <ul>
 *   <li><b>regular ∩ anti-MHR</b>: every Pareto-optimal mechanism is a second-price auction with a
 *       reserve no larger than the monopoly reserve. Applies when the discrete distribution is
 *       regular and anti-MHR (MATH §7, within {@link DiscreteClassifier#DEFAULT_RELATIVE_TOLERANCE})
 *       and, as a grid needs besides, its buyer-side rents {@code g⁺} are non-decreasing
 *       ({@link DiscreteClassifier#buyerSideAntiMhr}); then no weight irons, so the claim is a
 *       theorem of the discrete model and a failure is a solver or recogniser bug.</li>
 *   <li><b>its converse</b>: every second-price auction with reserve at most the monopoly reserve
 *       lies on the frontier ({@link #converse}).</li>
 *   <li><b>MHR</b>: the buyer side needs pooled bids ("indirect Vickrey"): applies when the discrete
 *       distribution is MHR and its buyer-side rents {@code g⁺} fall somewhere (where they do not,
 *       no buyer-side weight irons); passes when some buyer-side vertex pools bids.</li>
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

    /** Outcome of one check. */
    public enum Status { PASS, FAIL, NOT_APPLICABLE, INFO }

    /**
     * One characterisation's verdict.
     *
     * @param label    a short name for summaries, e.g. {@code regular+anti-MHR} or {@code KS>=1/2}
     * @param claim    what is claimed
     * @param status   the verdict
     * @param evidence the numbers behind it
     */
    public record Verdict(String label, String claim, Status status, String evidence) {
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
        out.add(new Verdict("class", "distribution class", Status.INFO, classes
                + familyClass.map(s -> "; continuous family: " + s.label()).orElse("")));

        double monopoly = analysis.secondPrice().monopolyReserve().reserve();
        List<AuctionDescription> auctions = analysis.auctions();
        String claimA = "regular and anti-MHR: every Pareto-optimal mechanism is a second-price auction with reserve "
                + "<= the monopoly reserve";
        // On a grid the characterisation needs the buyer-side rents g⁺ to be non-decreasing as well:
        // buyer-side weights are λ_R v + (λ_S - λ_R) g⁺ (MATH §3), and anti-MHR on g⁻ does not imply
        // it (values {0, 1, 2}, masses 1/2, 1/4, 1/4, n = 2: the surplus end pools values 1 and 2).
        // Under no-subsidy g⁺_1 = v_1 / f_1, so a lowest value above 0 usually breaks it too.
        boolean noSubsidy = f.instance().transfers() == TransferMode.NO_SUBSIDY;
        ShapeCheck buyerRents = DiscreteClassifier.buyerSideAntiMhr(f.instance().distribution(), noSubsidy);
        boolean buyerSideFits = buyerRents.holdsWithin(tol);
        if (regular && antiMhr) {
            int bad = -1;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < auctions.size(); i++) {
                AuctionDescription a = auctions.get(i);
                // A free lottery whose allocation is the efficient one (one support point, or k >= n,
                // where every bidder wins) is the second-price auction with reserve v_1 and the
                // buyer-side payments: labels name the allocation, not the payments.
                boolean singlePoint = f.instance().supportSize() == 1;
                boolean secondPrice = (a.kind() == AuctionDescription.Kind.SECOND_PRICE_WITH_RESERVE
                        || a.kind() == AuctionDescription.Kind.FREE_LOTTERY && a.efficientAboveReserve())
                        && (singlePoint || a.reserve().isPresent() && a.reserve().getAsDouble() <= monopoly);
                if (!secondPrice && bad < 0) {
                    bad = i;
                }
                if (a.reserve().isPresent()) {
                    lo = Math.min(lo, a.reserve().getAsDouble());
                    hi = Math.max(hi, a.reserve().getAsDouble());
                }
            }
            String evidence = bad < 0
                    ? String.format(Locale.ROOT, "all %d vertices are second-price auctions (by allocation, with "
                            + "their IC payments) with reserves %s..%s <= monopoly reserve %s (a reserve of v_1 = %s is "
                            + "no reserve)", auctions.size(), num(lo), num(hi), num(monopoly),
                            num(f.instance().distribution().value(0)))
                    : String.format(Locale.ROOT, "vertex %d (R = %s, S = %s) is \"%s\"", bad,
                            num(f.vertices().get(bad).revenue()), num(f.vertices().get(bad).surplus()),
                            auctions.get(bad).text());
            if (buyerSideFits) {
                out.add(new Verdict(LABEL_A, claimA, bad < 0 ? Status.PASS : Status.FAIL, evidence));
                out.add(converse(analysis, monopoly));
            } else {
                boolean lowestKeepsValue = noSubsidy && f.instance().distribution().value(0) > 0
                        && buyerRents.worst().map(v -> v.from() == 0).orElse(false);
                String why = "the grid is regular and anti-MHR on g⁻, but its buyer-side weights iron (MATH §3): "
                        + buyerRents.describe(tol) + (lowestKeepsValue ? String.format(Locale.ROOT, " (under "
                        + "no-subsidy the lowest type keeps v_1 x_1 with v_1 = %s > 0; --transfers "
                        + "zero-lowest-utility removes that)", num(f.instance().distribution().value(0))) : "");
                out.add(new Verdict(LABEL_A, claimA, Status.NOT_APPLICABLE, why + "; here " + evidence));
                // The converse is about revenue-side weights only, which regularity keeps un-ironed.
                out.add(converse(analysis, monopoly));
            }
        } else {
            boolean familySays = familyClass.map(s -> s.regular() && s.antiMhr()).orElse(false);
            String why = (familySays
                    ? "the continuous family is regular and anti-MHR but this grid is not (discretisation, MATH §8): "
                    : "the distribution is not regular and anti-MHR: ")
                    + (regular ? c.antiMhr().describe(tol) : c.regular().describe(tol));
            out.add(new Verdict(LABEL_A, claimA, Status.NOT_APPLICABLE, why));
            out.add(new Verdict(LABEL_CONVERSE, CONVERSE_CLAIM, Status.NOT_APPLICABLE, why));
        }

        String claimB = "MHR: the buyer side of the frontier needs pooled bids (indirect Vickrey)";
        int buyerSide = 0;
        int pooled = 0;
        for (int i = 0; i < auctions.size(); i++) {
            FrontierPoint p = f.vertices().get(i);
            if (p.weights().surplus() > p.weights().revenue()) {
                buyerSide++;
                AuctionDescription a = auctions.get(i);
                // A lottery that is not the efficient allocation pools every bid.
                if (!a.pooledIntervals().isEmpty()
                        || a.kind() == AuctionDescription.Kind.FREE_LOTTERY && !a.efficientAboveReserve()) {
                    pooled++;
                }
            }
        }
        String counts = String.format(Locale.ROOT, "%d of %d buyer-side vertices pool bids", pooled, buyerSide);
        int n = f.instance().buyers();
        int k = f.instance().units();
        if (k >= n) {
            // Every served bidder gets a unit: bids are never compared, so there is nothing to pool.
            out.add(new Verdict(LABEL_B, claimB, Status.NOT_APPLICABLE, String.format(Locale.ROOT,
                    "with %d unit%s for %d buyer%s no bids compete (%s)", k, k == 1 ? "" : "s", n, n == 1 ? "" : "s",
                    counts)));
        } else if (!mhr) {
            out.add(new Verdict(LABEL_B, claimB, Status.NOT_APPLICABLE, "the distribution is not MHR: "
                    + c.mhr().describe(tol) + " (" + counts + ")"));
        } else if (buyerSideFits) {
            // On a grid, pooling on the buyer side is forced exactly when g⁺ falls somewhere: at the
            // surplus end the weights are g⁺ itself. An MHR grid with non-decreasing g⁺ (constant
            // hazard rate, the exponential's boundary case, or too few points) needs none.
            out.add(new Verdict(LABEL_B, claimB, Status.NOT_APPLICABLE, "the grid is MHR, but its buyer-side rents "
                    + "do not fall (" + buyerRents.describe(tol) + "), so no buyer-side weight irons (MATH §3) ("
                    + counts + ")"));
        } else {
            out.add(new Verdict(LABEL_B, claimB, pooled > 0 ? Status.PASS : Status.FAIL, counts + "; the buyer-side "
                    + "rents fall (" + buyerRents.describe(tol) + ")"));
        }

        double ks = analysis.kalaiSmorodinsky().welfareRatio();
        out.add(new Verdict("KS>=1/2", "Kalai-Smorodinsky keeps at least half of the optimal welfare",
                ks >= 0.5 ? Status.PASS : Status.FAIL, String.format(Locale.ROOT, "KS welfare ratio %.6f", ks)));

        AuctionDescription revenueEnd = auctions.get(0);
        out.add(new Verdict("revenue end", "revenue end (optimal auction)", Status.INFO, revenueEnd.text()
                + String.format(Locale.ROOT, "; R_max = %s", num(f.revenueMax()))));
        return new CharacterisationCheck(c, familyClass, out);
    }

    /** Short label of the regular ∩ anti-MHR characterisation. */
    static final String LABEL_A = "regular+anti-MHR";
    /** Short label of its converse. */
    static final String LABEL_CONVERSE = "second-price on frontier";
    /** Short label of the MHR pooling claim. */
    static final String LABEL_B = "MHR";

    /** The converse half of the regular ∩ anti-MHR characterisation, as {@link #converse} checks it. */
    static final String CONVERSE_CLAIM = "regular and anti-MHR: every second-price auction with reserve <= the "
            + "monopoly reserve is Pareto-optimal";

    /**
     * The converse of the characterisation on a discrete grid: every second-price auction with a
     * reserve at most the monopoly reserve, charged the revenue-side IC payments of its allocation
     * (MATH §3), lies on the frontier. On a regular grid the revenue-side weights
     * {@code λ_S v_j + (λ_R - λ_S) φ_j} are non-decreasing for every weight, so no class is ironed and each
     * threshold from the monopoly reserve down to {@code v_1} is optimal for some weight: the gap is
     * zero up to the frontier's accuracy ({@link FrontierAnalysis#SECOND_PRICE_SLACK} of {@code W*}).
     * With Vickrey payments the point lies inside the discrete frontier by a gap that vanishes as the
     * grid refines (MATH §5); that gap is reported, not tested. A frontier traced on a weight grid
     * is only an inner approximation, so the test needs an exact (dichotomic, complete) trace.
     */
    private static Verdict converse(FrontierAnalysis analysis, double monopoly) {
        Frontier f = analysis.frontier();
        List<double[]> pts = FrontierAnalysis.polyline(f);
        double w = f.welfareMax() > 0 ? f.welfareMax() : 1;
        int count = 0;
        double gap = 0;
        double worstReserve = Double.NaN;
        double vickreyGap = 0;
        List<org.paretomech.auction.SecondPriceOutcome> outcomes = analysis.secondPrice().outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            var o = outcomes.get(i);
            if (o.reserve() > monopoly) {
                continue;
            }
            count++;
            double g = FrontierAnalysis.frontierSurplusAt(pts, o.frontierRevenue()) - o.frontierSurplus();
            if (g > gap) {
                gap = g;
                worstReserve = o.reserve();
            }
            vickreyGap = Math.max(vickreyGap, analysis.surplusGaps().get(i));
        }
        boolean exact = f.method().equals("dichotomic") && f.complete();
        double slack = FrontierAnalysis.SECOND_PRICE_SLACK;
        String vickrey = String.format(Locale.ROOT, "; with Vickrey payments %s up to %.2e of W* below it "
                + "(the discrete payment gap, which vanishes as the grid refines: see --refine)",
                count == 1 ? "it lies" : "they lie", vickreyGap / w);
        if (!exact) {
            return new Verdict(LABEL_CONVERSE, CONVERSE_CLAIM, Status.NOT_APPLICABLE, "the frontier was traced on a weight grid "
                    + "(an inner approximation), so distances to it prove nothing" + vickrey);
        }
        boolean ok = gap <= slack * w;
        String evidence = ok
                ? String.format(Locale.ROOT, "%s with reserve <= %s, with the revenue-side IC payments, %s on the "
                        + "frontier (largest surplus gap %.1e of W*, within the frontier's accuracy %.0e)",
                        count == 1 ? "the second-price auction" : "all " + count + " second-price auctions",
                        num(monopoly), count == 1 ? "lies" : "lie", gap / w, slack)
                : String.format(Locale.ROOT, "the second-price auction with reserve %s, with the revenue-side IC "
                        + "payments, lies %.3e of W* below the frontier (accuracy %.0e)", num(worstReserve), gap / w,
                        slack);
        return new Verdict(LABEL_CONVERSE, CONVERSE_CLAIM, ok ? Status.PASS : Status.FAIL, evidence + vickrey);
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
