package org.paretomech.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** The result as a JSON tree. */
    public static ObjectNode tree(FrontierAnalysis analysis, String solver) {
        Frontier f = analysis.frontier();
        Instance in = f.instance();
        ReportedValues r = ReportedValues.of(f);
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode inst = root.putObject("instance");
        inst.put("name", in.name());
        inst.put("buyers", in.buyers());
        inst.put("units", in.units());
        inst.put("transfers", in.transfers().label());
        inst.put("supportSize", in.supportSize());
        inst.put("minValue", in.distribution().value(0));
        inst.put("maxValue", in.distribution().maxValue());
        inst.put("meanValue", in.distribution().mean());
        inst.put("source", in.source());
        root.put("revenueMax", r.amount(f.revenueMax()));
        root.put("surplusMax", r.amount(f.surplusMax()));
        root.put("welfareMax", f.welfareMax());
        ArrayNode vertices = root.putArray("vertices");
        for (FrontierPoint p : f.vertices()) {
            ObjectNode v = vertices.addObject();
            v.put("revenue", r.amount(p.revenue()));
            v.put("surplus", r.amount(p.surplus()));
            v.put("welfare", r.amount(p.welfare()));
            v.put("welfareRatio", r.ratio(analysis.welfareRatio(p.revenue(), p.surplus())));
            ArrayNode w = v.putArray("weights");
            w.add(p.weights().revenue());
            w.add(p.weights().surplus());
            v.put("maxViolation", p.certificate().maxViolation());
            putMechanism(v.putObject("mechanism"), analysis.auctions().get(vertices.size() - 1));
        }
        ObjectNode sol = root.putObject("solutions");
        for (BargainingSolution s : List.of(analysis.kalaiSmorodinsky(), analysis.nash(), analysis.crossSideNash())) {
            ObjectNode o = sol.putObject(s.concept());
            o.put("revenue", r.amount(s.revenue()));
            o.put("surplus", r.amount(s.surplus()));
            o.put("welfare", r.amount(s.welfare()));
            o.put("welfareRatio", r.ratio(s.welfareRatio()));
            o.put("edge", s.segment());
            o.put("position", s.position());
            ObjectNode m = o.putObject("mechanism");
            m.put("text", analysis.mechanismText(s));
            ArrayNode mix = m.putArray("vertices");
            mix.add(s.segment());
            if (s.position() > 0 && s.segment() + 1 < f.vertices().size()) {
                mix.add(s.segment() + 1);
            }
            m.put("probabilityOfFirst", s.position() > 0 && s.segment() + 1 < f.vertices().size() ? 1 - s.position() : 1.0);
        }
        SecondPriceTable t = analysis.secondPrice();
        ObjectNode summary = root.putObject("secondPriceSummary");
        summary.put("bestReserve", t.bestReserve().reserve());
        summary.put("bestReserveRevenue", r.amount(t.bestReserve().revenue()));
        summary.put("bestReserveSurplus", r.amount(t.bestReserve().surplus()));
        summary.put("monopolyReserve", t.monopolyReserve().reserve());
        summary.put("noReserveRevenue", r.amount(t.noReserve().revenue()));
        summary.put("noReserveSurplus", r.amount(t.noReserve().surplus()));
        ArrayNode sp = root.putArray("secondPrice");
        for (int i = 0; i < t.outcomes().size(); i++) {
            SecondPriceOutcome o = t.outcomes().get(i);
            ObjectNode e = sp.addObject();
            e.put("reserve", o.reserve());
            e.put("revenue", r.amount(o.revenue()));
            e.put("surplus", r.amount(o.surplus()));
            e.put("welfare", r.amount(o.welfare()));
            e.put("surplusGap", r.amount(analysis.surplusGaps().get(i)));
            e.put("frontierPaymentsRevenue", r.amount(o.frontierRevenue()));
            e.put("frontierPaymentsSurplus", r.amount(o.frontierSurplus()));
        }
        root.put("solver", solver);
        ObjectNode trace = root.putObject("trace");
        trace.put("method", f.method());
        trace.put("lpSolves", f.lpSolves());
        trace.put("certifiedGap", f.certifiedGap());
        trace.put("complete", f.complete());
        ArrayNode un = trace.putArray("unresolvedSegments");
        for (UnresolvedSegment u : f.unresolved()) {
            ObjectNode o = un.addObject();
            o.put("fromRevenue", u.fromRevenue());
            o.put("fromSurplus", u.fromSurplus());
            o.put("toRevenue", u.toRevenue());
            o.put("toSurplus", u.toSurplus());
            o.put("reason", u.reason());
        }
        ArrayNode fb = trace.putArray("fallbacks");
        for (FrontierPoint p : f.vertices()) {
            p.fallbacks().forEach(fb::add);
        }
        return root;
    }

    private static void putMechanism(ObjectNode m, AuctionDescription a) {
        m.put("kind", a.kind().name());
        m.put("text", a.text());
        if (a.reserve().isPresent()) {
            m.put("reserve", a.reserve().getAsDouble());
        } else {
            m.putNull("reserve");
        }
        ArrayNode pooled = m.putArray("pooled");
        for (PooledInterval p : a.pooledIntervals()) {
            ArrayNode iv = pooled.addArray();
            iv.add(p.low());
            iv.add(p.high());
        }
        m.put("paymentSide", a.paymentSide().name());
    }

    /** The result as indented JSON text ending in a newline. */
    public static String write(FrontierAnalysis analysis, String solver) {
        try {
            return MAPPER.writeValueAsString(tree(analysis, solver)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the result", e);
        }
    }
}
