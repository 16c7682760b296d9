package org.paretomech.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paretomech.api.Paretomech;
import org.paretomech.api.Result;
import org.paretomech.mechanism.description.PaymentSide;

/**
 * Issue 6, fresh-user finding 8: vertex labels describe the allocation only, so a revenue-side
 * vertex labelled "second-price auction" read as plain Vickrey payments. The table now states the
 * payment side of every vertex (a column, explained in a legend) and of every auction under the
 * bargaining solutions, in agreement with the JSON's {@code paymentSide}.
 */
class TablePaymentSideTest {

    private static final Map<String, String> WORD = Map.of("REVENUE_SIDE", "highest", "BUYER_SIDE", "lowest",
            "BOTH_EXTREMES", "unique", "INTERMEDIATE", "between");

    /**
     * three-point-zero-lowest: both vertices run "second-price auction, no reserve" (the same
     * allocation); the revenue end charges the highest IC payments, the surplus end the lowest.
     */
    @Test
    void sameAllocationWithDifferentPaymentsIsToldApart() {
        String table = Paretomech.instance("instances/three-point-zero-lowest.json").solve().table();
        assertThat(table).contains("W / W*  payments  auction")
                .containsPattern("\\n +0 .* highest   second-price auction, no reserve\\n")
                .containsPattern("\\n +1 .* lowest    second-price auction, no reserve\\n")
                .contains("highest = revenue-side", "lowest = buyer-side", "does not charge Vickrey payments");
    }

    @Test
    void everyVertexRowAgreesWithTheJsonPaymentSide() throws IOException {
        for (String instance : List.of("instances/palm-pilot-7day.json", "instances/point-mass.json",
                "instances/uniform-n5-k2.json")) {
            Result r = Paretomech.instance(instance).solve();
            JsonNode vertices = new ObjectMapper().readTree(r.json()).get("vertices");
            List<String> rows = r.table(Integer.MAX_VALUE).lines().filter(l -> l.matches(" +\\d+ +\\S.*")).toList();
            assertThat(rows).as(instance).hasSize(vertices.size());
            for (int i = 0; i < rows.size(); i++) {
                String side = vertices.get(i).get("mechanism").get("paymentSide").asText();
                assertThat(rows.get(i).split(" +")[6]).as(instance + " vertex " + i).isEqualTo(WORD.get(side));
            }
            assertThat(r.table()).as(instance).containsPattern("payments\\]");
        }
    }

    @Test
    void everyPaymentSideHasAWord() {
        for (PaymentSide side : PaymentSide.values()) {
            assertThat(TableReport.payments(side)).isEqualTo(WORD.get(side.name()));
        }
    }
}
