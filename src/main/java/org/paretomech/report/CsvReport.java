package org.paretomech.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
        StringWriter out = new StringWriter();
        try {
            writeSecondPrice(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Streams {@link #secondPrice(FrontierAnalysis)} to {@code out} (not closed): K rows, O(1) extra memory. */
    public static void writeSecondPrice(FrontierAnalysis analysis, Writer out) throws IOException {
        out.write("reserve,revenue,surplus,welfare,surplus_gap,frontier_payments_revenue,frontier_payments_surplus\n");
        ReportedValues r = ReportedValues.of(analysis.frontier());
        StringBuilder row = new StringBuilder(160);
        int i = 0;
        for (SecondPriceOutcome o : analysis.secondPrice().outcomes()) {
            row.setLength(0);
            row.append(o.reserve()).append(',').append(r.amount(o.revenue())).append(',')
                    .append(r.amount(o.surplus())).append(',').append(r.amount(o.welfare())).append(',')
                    .append(r.amount(analysis.surplusGaps().get(i++))).append(',')
                    .append(r.amount(o.frontierRevenue())).append(',').append(r.amount(o.frontierSurplus()))
                    .append('\n');
            out.append(row);
        }
        out.flush();
    }
}
