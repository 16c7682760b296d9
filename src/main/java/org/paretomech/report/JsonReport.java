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
        root.put("revenueMax", f.revenueMax());
        root.put("surplusMax", f.surplusMax());
        root.put("welfareMax", f.welfareMax());
        ArrayNode vertices = root.putArray("vertices");
        for (FrontierPoint p : f.vertices()) {
            ObjectNode v = vertices.addObject();
            v.put("revenue", p.revenue());
            v.put("surplus", p.surplus());
            v.put("welfare", p.welfare());
            v.put("welfareRatio", analysis.welfareRatio(p.revenue(), p.surplus()));
            ArrayNode w = v.putArray("weights");
            w.add(p.weights().revenue());
            w.add(p.weights().surplus());
            v.put("maxViolation", p.certificate().maxViolation());
            putMechanism(v.putObject("mechanism"), analysis.auctions().get(vertices.size() - 1));
        }
        ObjectNode sol = root.putObject("solutions");
        for (BargainingSolution s : List.of(analysis.kalaiSmorodinsky(), analysis.nash(), analysis.crossSideNash())) {
            ObjectNode o = sol.putObject(s.concept());
            o.put("revenue", s.revenue());
            o.put("surplus", s.surplus());
            o.put("welfare", s.welfare());
            o.put("welfareRatio", s.welfareRatio());
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
        summary.put("bestReserveRevenue", t.bestReserve().revenue());
        summary.put("bestReserveSurplus", t.bestReserve().surplus());
        summary.put("monopolyReserve", t.monopolyReserve().reserve());
        // Reserves tied with the reported ones (which are the lowest of them), so the choice is visible.
        ArrayNode tiedBest = summary.putArray("tiedBestReserves");
        t.bestReserves().forEach(o -> tiedBest.add(o.reserve()));
        ArrayNode tiedMonopoly = summary.putArray("tiedMonopolyReserves");
        t.monopolyReserves().forEach(o -> tiedMonopoly.add(o.reserve()));
        summary.put("noReserveRevenue", t.noReserve().revenue());
        summary.put("noReserveSurplus", t.noReserve().surplus());
        ArrayNode sp = root.putArray("secondPrice");
        for (int i = 0; i < t.outcomes().size(); i++) {
            SecondPriceOutcome o = t.outcomes().get(i);
            ObjectNode e = sp.addObject();
            e.put("reserve", o.reserve());
            e.put("revenue", o.revenue());
            e.put("surplus", o.surplus());
            e.put("welfare", o.welfare());
            e.put("surplusGap", analysis.surplusGaps().get(i));
            e.put("frontierPaymentsRevenue", o.frontierRevenue());
            e.put("frontierPaymentsSurplus", o.frontierSurplus());
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
