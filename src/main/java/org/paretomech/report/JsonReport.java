package org.paretomech.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.auction.SecondPriceOutcome;
import org.paretomech.auction.SecondPriceTable;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.UnresolvedSegment;
import org.paretomech.instance.Instance;
import org.paretomech.mechanism.description.AuctionDescription;
import org.paretomech.mechanism.description.PooledInterval;

/**
 * The JSON result of the {@code frontier} command. Field order is fixed and no timing is included,
 * so the same input gives the same bytes. The contract scripts rely on:
 * <pre>
 * {"instance": {"name", "buyers", "units", "transfers", "supportSize", ...},
 *  "revenueMax", "surplusMax", "welfareMax",
 *  "vertices": [{"revenue", "surplus", "welfare", ...}, ...],   // revenue end first
 *  "solutions": {"kalaiSmorodinsky": {"revenue", "surplus", "welfare", "welfareRatio"},
 *                "nash": {...}, "crossSideNash": {...}},
 *  "secondPrice": [{"reserve", "revenue", "surplus", "welfare", ...}, ...],
 *  "solver": "..."}
 * </pre>
 * Numbers are written with full precision (they round-trip); amounts and welfare ratios within
 * the certified accuracy of 0 or 1 are written as 0 or 1, by the rule of {@link ReportedValues}.
 * Inputs (values, reserves, weights) and diagnostics ({@code maxViolation}, {@code certifiedGap})
 * are written as computed.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReport() {
    }

    /** The result as a JSON tree (the document {@link #write(FrontierAnalysis, String, Writer)} streams). */
    public static ObjectNode tree(FrontierAnalysis analysis, String solver) {
        try {
            return (ObjectNode) MAPPER.readTree(write(analysis, solver));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot re-read the result", e);
        }
    }

    /** The result as indented JSON text ending in a newline. */
    public static String write(FrontierAnalysis analysis, String solver) {
        StringWriter out = new StringWriter();
        try {
            write(analysis, solver, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Streams the result as indented JSON text ending in a newline to {@code out} (not closed). Memory
     * stays O(1) beyond the analysis itself, which matters for the second-price list at large K.
     */
    public static void write(FrontierAnalysis analysis, String solver, Writer out) throws IOException {
        Frontier f = analysis.frontier();
        Instance in = f.instance();
        ReportedValues r = ReportedValues.of(f);
        JsonGenerator g = MAPPER.createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeObjectFieldStart("instance");
        g.writeStringField("name", in.name());
        g.writeNumberField("buyers", in.buyers());
        g.writeNumberField("units", in.units());
        g.writeStringField("transfers", in.transfers().label());
        g.writeNumberField("supportSize", in.supportSize());
        g.writeNumberField("minValue", in.distribution().value(0));
        g.writeNumberField("maxValue", in.distribution().maxValue());
        g.writeNumberField("meanValue", in.distribution().mean());
        g.writeStringField("source", in.source());
        g.writeEndObject();
        g.writeNumberField("revenueMax", r.amount(f.revenueMax()));
        g.writeNumberField("surplusMax", r.amount(f.surplusMax()));
        g.writeNumberField("welfareMax", f.welfareMax());
        g.writeArrayFieldStart("vertices");
        for (int i = 0; i < f.vertices().size(); i++) {
            FrontierPoint p = f.vertices().get(i);
            g.writeStartObject();
            g.writeNumberField("revenue", r.amount(p.revenue()));
            g.writeNumberField("surplus", r.amount(p.surplus()));
            g.writeNumberField("welfare", r.amount(p.welfare()));
            g.writeNumberField("welfareRatio", r.ratio(analysis.welfareRatio(p.revenue(), p.surplus())));
            g.writeArrayFieldStart("weights");
            g.writeNumber(p.weights().revenue());
            g.writeNumber(p.weights().surplus());
            g.writeEndArray();
            g.writeNumberField("maxViolation", p.certificate().maxViolation());
            g.writeFieldName("mechanism");
            writeMechanism(g, analysis.auctions().get(i));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("solutions");
        for (BargainingSolution s : List.of(analysis.kalaiSmorodinsky(), analysis.nash(), analysis.crossSideNash())) {
            g.writeObjectFieldStart(s.concept());
            g.writeNumberField("revenue", r.amount(s.revenue()));
            g.writeNumberField("surplus", r.amount(s.surplus()));
            g.writeNumberField("welfare", r.amount(s.welfare()));
            g.writeNumberField("welfareRatio", r.ratio(s.welfareRatio()));
            g.writeNumberField("edge", s.segment());
            g.writeNumberField("position", s.position());
            g.writeObjectFieldStart("mechanism");
            g.writeStringField("text", analysis.mechanismText(s));
            boolean mix = s.position() > 0 && s.segment() + 1 < f.vertices().size();
            g.writeArrayFieldStart("vertices");
            g.writeNumber(s.segment());
            if (mix) {
                g.writeNumber(s.segment() + 1);
            }
            g.writeEndArray();
            g.writeNumberField("probabilityOfFirst", mix ? 1 - s.position() : 1.0);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
        SecondPriceTable t = analysis.secondPrice();
        g.writeObjectFieldStart("secondPriceSummary");
        g.writeNumberField("bestReserve", t.bestReserve().reserve());
        g.writeNumberField("bestReserveRevenue", r.amount(t.bestReserve().revenue()));
        g.writeNumberField("bestReserveSurplus", r.amount(t.bestReserve().surplus()));
        g.writeNumberField("monopolyReserve", t.monopolyReserve().reserve());
        g.writeNumberField("noReserveRevenue", r.amount(t.noReserve().revenue()));
        g.writeNumberField("noReserveSurplus", r.amount(t.noReserve().surplus()));
        // Reserves tied with the reported ones (which are the lowest of them), so the choice is visible.
        g.writeArrayFieldStart("tiedBestReserves");
        for (SecondPriceOutcome o : t.bestReserves()) {
            g.writeNumber(o.reserve());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tiedMonopolyReserves");
        for (SecondPriceOutcome o : t.monopolyReserves()) {
            g.writeNumber(o.reserve());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("secondPrice");
        for (int i = 0; i < t.outcomes().size(); i++) {
            SecondPriceOutcome o = t.outcomes().get(i);
            g.writeStartObject();
            g.writeNumberField("reserve", o.reserve());
            g.writeNumberField("revenue", r.amount(o.revenue()));
            g.writeNumberField("surplus", r.amount(o.surplus()));
            g.writeNumberField("welfare", r.amount(o.welfare()));
            g.writeNumberField("surplusGap", r.amount(analysis.surplusGaps().get(i)));
            g.writeNumberField("frontierPaymentsRevenue", r.amount(o.frontierRevenue()));
            g.writeNumberField("frontierPaymentsSurplus", r.amount(o.frontierSurplus()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("solver", solver);
        g.writeObjectFieldStart("trace");
        g.writeStringField("method", f.method());
        g.writeNumberField("lpSolves", f.lpSolves());
        g.writeNumberField("certifiedGap", f.certifiedGap());
        g.writeBooleanField("complete", f.complete());
        g.writeArrayFieldStart("unresolvedSegments");
        for (UnresolvedSegment u : f.unresolved()) {
            g.writeStartObject();
            g.writeNumberField("fromRevenue", u.fromRevenue());
            g.writeNumberField("fromSurplus", u.fromSurplus());
            g.writeNumberField("toRevenue", u.toRevenue());
            g.writeNumberField("toSurplus", u.toSurplus());
            g.writeStringField("reason", u.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fallbacks");
        for (FrontierPoint p : f.vertices()) {
            for (String note : p.fallbacks()) {
                g.writeString(note);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
        out.write("\n");
        out.flush();
    }

    private static void writeMechanism(JsonGenerator g, AuctionDescription a) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", a.kind().name());
        g.writeStringField("text", a.text());
        if (a.reserve().isPresent()) {
            g.writeNumberField("reserve", a.reserve().getAsDouble());
        } else {
            g.writeNullField("reserve");
        }
        g.writeArrayFieldStart("pooled");
        for (PooledInterval p : a.pooledIntervals()) {
            g.writeStartArray();
            g.writeNumber(p.low());
            g.writeNumber(p.high());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStringField("paymentSide", a.paymentSide().name());
        g.writeEndObject();
    }
}
