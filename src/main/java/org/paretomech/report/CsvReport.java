package org.paretomech.report;

import java.util.Locale;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.auction.SecondPriceOutcome;
import org.paretomech.frontier.FrontierPoint;

/**
 * CSV tables of the frontier vertices and of the second-price auctions. Numbers use
 * {@link Double#toString} (full precision, round-trippable); amounts and welfare ratios within the
 * certified accuracy of 0 or 1 are written as 0 or 1 ({@link ReportedValues} states the rule).
 */
public final class CsvReport {

    private CsvReport() {
    }

    /** One row per frontier vertex, revenue end first. */
    public static String vertices(FrontierAnalysis analysis) {
        StringBuilder sb = new StringBuilder("vertex,revenue,surplus,welfare,welfare_ratio,lambda_revenue,lambda_surplus\n");
        ReportedValues r = ReportedValues.of(analysis.frontier());
        int i = 0;
        for (FrontierPoint p : analysis.frontier().vertices()) {
            sb.append(i++).append(',').append(r.amount(p.revenue())).append(',').append(r.amount(p.surplus())).append(',')
                    .append(r.amount(p.welfare())).append(',')
                    .append(r.ratio(analysis.welfareRatio(p.revenue(), p.surplus()))).append(',')
                    .append(p.weights().revenue()).append(',').append(p.weights().surplus()).append('\n');
        }
        return sb.toString();
    }

    /** One row per reserve at a support point. */
    public static String secondPrice(FrontierAnalysis analysis) {
        StringBuilder sb = new StringBuilder(
                "reserve,revenue,surplus,welfare,surplus_gap,frontier_payments_revenue,frontier_payments_surplus\n");
        ReportedValues r = ReportedValues.of(analysis.frontier());
        int i = 0;
        for (SecondPriceOutcome o : analysis.secondPrice().outcomes()) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s%n", o.reserve(), r.amount(o.revenue()),
                    r.amount(o.surplus()), r.amount(o.welfare()), r.amount(analysis.surplusGaps().get(i++)),
                    r.amount(o.frontierRevenue()), r.amount(o.frontierSurplus())));
        }
        return sb.toString().replace(System.lineSeparator(), "\n");
    }
}
