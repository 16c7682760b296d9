package org.paretomech.report;

import java.util.Locale;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.auction.SecondPriceOutcome;
import org.paretomech.frontier.FrontierPoint;

/** CSV tables of the frontier vertices and of the second-price auctions. Numbers use {@link Double#toString}. */
public final class CsvReport {

    private CsvReport() {
    }

    /** One row per frontier vertex, revenue end first. */
    public static String vertices(FrontierAnalysis analysis) {
        StringBuilder sb = new StringBuilder("vertex,revenue,surplus,welfare,welfare_ratio,lambda_revenue,lambda_surplus\n");
        int i = 0;
        for (FrontierPoint p : analysis.frontier().vertices()) {
            sb.append(i++).append(',').append(p.revenue()).append(',').append(p.surplus()).append(',')
                    .append(p.welfare()).append(',').append(analysis.welfareRatio(p.revenue(), p.surplus())).append(',')
                    .append(p.weights().revenue()).append(',').append(p.weights().surplus()).append('\n');
        }
        return sb.toString();
    }

    /** One row per reserve at a support point. */
    public static String secondPrice(FrontierAnalysis analysis) {
        StringBuilder sb = new StringBuilder(
                "reserve,revenue,surplus,welfare,surplus_gap,frontier_payments_revenue,frontier_payments_surplus\n");
        int i = 0;
        for (SecondPriceOutcome o : analysis.secondPrice().outcomes()) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s%n", o.reserve(), o.revenue(), o.surplus(),
                    o.welfare(), analysis.surplusGaps().get(i++), o.frontierRevenue(), o.frontierSurplus()));
        }
        return sb.toString().replace(System.lineSeparator(), "\n");
    }
}
