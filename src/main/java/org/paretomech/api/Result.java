package org.paretomech.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paretomech.analysis.CharacterisationCheck;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.auction.SecondPriceOutcome;
import org.paretomech.auction.SecondPriceTable;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.instance.Instance;
import org.paretomech.report.CsvReport;
import org.paretomech.report.JsonReport;
import org.paretomech.report.TableReport;

/**
 * A solved problem: the certified frontier and everything the {@code frontier} command reports
 * about it. Immutable; the accessors compute their views from the underlying
 * {@link FrontierAnalysis} (available as {@link #analysis()} for anything not covered here).
 */
public final class Result {

    private final FrontierAnalysis analysis;
    private final String solver;
    private final ContinuousFamily family;

    Result(FrontierAnalysis analysis, String solver, ContinuousFamily family) {
        this.analysis = analysis;
        this.solver = solver;
        this.family = family;
    }

    /** The instance that was solved (for a family: the discretised one). */
    public Instance instance() {
        return analysis.frontier().instance();
    }

    /** The traced frontier with its certified vertices, trace method, solve count and gap. */
    public Frontier frontier() {
        return analysis.frontier();
    }

    /** The full analysis (bargaining solutions, second-price table, auctions per vertex). */
    public FrontierAnalysis analysis() {
        return analysis;
    }

    /** How it was solved, as in the reports, e.g. {@code ironing (exact oracle, MATH §3)}. */
    public String solver() {
        return solver;
    }

    /** {@code R_max}: the highest expected revenue of a truthful mechanism (revenue end). */
    public double revenueMax() {
        return analysis.frontier().revenueMax();
    }

    /** {@code S_max}: the highest expected buyer surplus of a truthful mechanism (surplus end). */
    public double surplusMax() {
        return analysis.frontier().surplusMax();
    }

    /** {@code W*}: the expected welfare of the efficient allocation. */
    public double welfareMax() {
        return analysis.frontier().welfareMax();
    }

    /** The frontier's vertices, revenue end first, each with the auction attaining it. */
    public List<Vertex> vertices() {
        List<FrontierPoint> pts = analysis.frontier().vertices();
        List<Vertex> out = new ArrayList<>(pts.size());
        for (int i = 0; i < pts.size(); i++) {
            FrontierPoint p = pts.get(i);
            out.add(new Vertex(i, p.revenue(), p.surplus(), p.welfare(),
                    analysis.welfareRatio(p.revenue(), p.surplus()), analysis.auctions().get(i).text()));
        }
        return List.copyOf(out);
    }

    /** The Kalai–Smorodinsky solution: the frontier point on the segment from (0, 0) to (R_max, S_max). */
    public Solution kalaiSmorodinsky() {
        return solution(analysis.kalaiSmorodinsky());
    }

    /** The Nash solution of the seller and each of the {@code n} buyers: maximises {@code R·S^n} on the frontier. */
    public Solution nash() {
        return solution(analysis.nash());
    }

    /** The cross-side Nash solution of the two sides: maximises {@code R·S} on the frontier. */
    public Solution crossSideNash() {
        return solution(analysis.crossSideNash());
    }

    private Solution solution(BargainingSolution s) {
        return new Solution(s.concept(), s.revenue(), s.surplus(), s.welfare(), s.welfareRatio(), s.segment(),
                s.position(), analysis.mechanismText(s));
    }

    /** Second-price auctions with every reserve, with their distance below the frontier. */
    public SecondPrice secondPrice() {
        SecondPriceTable t = analysis.secondPrice();
        List<SecondPrice.Reserve> rows = new ArrayList<>();
        SecondPrice.Reserve best = null;
        SecondPrice.Reserve monopoly = null;
        for (int i = 0; i < t.outcomes().size(); i++) {
            SecondPriceOutcome o = t.outcomes().get(i);
            SecondPrice.Reserve r = new SecondPrice.Reserve(o.reserve(), o.revenue(), o.surplus(), o.welfare(),
                    analysis.welfareRatio(o.revenue(), o.surplus()), analysis.surplusGaps().get(i));
            rows.add(r);
            if (o == t.bestReserve()) {
                best = r;
            }
            if (o == t.monopolyReserve()) {
                monopoly = r;
            }
        }
        return new SecondPrice(rows, best, monopoly);
    }

    /**
     * The paper's characterisations checked vertex by vertex, as the {@code check} command does
     * ({@link CharacterisationCheck#render()} prints them; {@link CharacterisationCheck#passed()}
     * says whether none failed). A family's continuous class is reported alongside.
     */
    public CharacterisationCheck check() {
        return CharacterisationCheck.of(analysis, Optional.ofNullable(family));
    }

    /** The JSON report, byte for byte what {@code paretomech frontier --format json} prints. */
    public String json() {
        return JsonReport.write(analysis, solver);
    }

    /** One CSV row per vertex (as {@code frontier.csv} and {@code --format csv}). */
    public String csv() {
        return CsvReport.vertices(analysis);
    }

    /** One CSV row per second-price reserve (as {@code second_price.csv}). */
    public String secondPriceCsv() {
        return CsvReport.secondPrice(analysis);
    }

    /** The table report of the {@code frontier} command, listing at most {@code rows} vertices (at least 2). */
    public String table(int rows) {
        if (rows < 2) {
            throw new IllegalArgumentException("table(" + rows + "): list at least 2 vertices (the two ends)");
        }
        return TableReport.render(analysis, solver, rows);
    }

    /** The table report with 30 vertex rows, as the {@code frontier} command prints by default. */
    public String table() {
        return table(30);
    }

    /** A one-line summary: instance, R_max, S_max, W*, number of vertices and KS welfare ratio. */
    @Override
    public String toString() {
        Instance in = instance();
        return String.format(Locale.ROOT, "%s (n = %d, k = %d, K = %d): R_max = %.6g, S_max = %.6g, W* = %.6g, "
                        + "%d vertices, KS W/W* = %.4f", in.name(), in.buyers(), in.units(), in.supportSize(),
                revenueMax(), surplusMax(), welfareMax(), analysis.frontier().vertices().size(),
                analysis.kalaiSmorodinsky().welfareRatio());
    }
}
