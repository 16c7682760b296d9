package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The importer on real eBay data. The MIT-licensed Xbox 7-day file is a test resource; the
 * combined file (no licence) is read from {@code ../shared/data/raw} when present and those
 * tests are skipped otherwise.
 */
class BidImportDataTest {

    private static final Path COMBINED = Path.of("../shared/data/raw/ebay_bids_cartier_palm_xbox.csv");

    private static Path xboxMit() throws URISyntaxException {
        return Path.of(BidImportDataTest.class.getResource("/data/ebay_xbox_7day_bids_mit.csv").toURI());
    }

    /**
     * Independent recount with plain streams over the raw lines: split on commas, group by
     * auction then bidder with a double maximum, round with {@code Math.floor(x + 0.5)} (half up
     * in double arithmetic; the bids have at most two decimals so no half is misjudged).
     */
    @Test
    void xboxMitMatchesAnIndependentRecount() throws Exception {
        Path csv = xboxMit();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int ia = header.indexOf("auctionid");
        int ib = header.indexOf("bid");
        int ir = header.indexOf("bidder");
        Map<String, Map<String, Double>> max = lines.stream().skip(1)
                .map(l -> l.split(",", -1))
                .collect(Collectors.groupingBy(f -> f[ia], Collectors.toMap(
                        f -> f[ir], f -> Double.parseDouble(f[ib]), Math::max)));
        List<Double> draws = max.values().stream().flatMap(m -> m.values().stream())
                .map(v -> Math.floor(v + 0.5)).collect(Collectors.toList());
        Map<Double, Long> counts = draws.stream()
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        List<Integer> perAuction = max.values().stream().map(Map::size).sorted()
                .collect(Collectors.toList());
        int median = perAuction.get((perAuction.size() - 1) / 2);
        long bidders = max.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();

        // The MIT file has no item or auction_type column: every row is Xbox, 7 days.
        BidImport.Result r = BidImport.read(csv, BidImport.Options.defaults());

        assertThat(r.rowsRead()).isEqualTo(lines.size() - 1);
        assertThat(r.rowsUsed()).isEqualTo(lines.size() - 1);
        assertThat(r.auctions()).isEqualTo(max.size());
        assertThat(r.draws()).isEqualTo(draws.size());
        assertThat(r.supportSize()).isEqualTo(counts.size());
        assertThat(r.medianBidders()).isEqualTo(median);
        assertThat(r.distinctBidders()).isEqualTo((int) bidders);
        Map<Double, Long> imported = r.drawCounts().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().doubleValue(), e -> (long) e.getValue(), Long::sum, TreeMap::new));
        assertThat(imported).isEqualTo(counts);

        // The same numbers from Python, exact decimals, ROUND_HALF_UP (run in ../shared/data/raw):
        // python3 -c "import csv,collections as C;from decimal import Decimal as D,ROUND_HALF_UP as H;
        //   m={};[m.__setitem__((r['auctionid'],r['bidder']),max(m.get((r['auctionid'],r['bidder']),D(0)),
        //   D(r['bid']))) for r in csv.DictReader(open('ebay_xbox_7day_bids_mit.csv'))];
        //   c=sorted(C.Counter(a for a,_ in m).values());print(len(c),len(m),
        //   len({v.quantize(D(1),H) for v in m.values()}),c[(len(c)-1)//2],len({b for _,b in m}))"
        // prints 93 812 184 8 668. (Python's round(), banker's rounding, gives K = 179.)
        assertThat(r.auctions()).isEqualTo(93);
        assertThat(r.draws()).isEqualTo(812);
        assertThat(r.supportSize()).isEqualTo(184);
        assertThat(r.medianBidders()).isEqualTo(8);
        assertThat(r.distinctBidders()).isEqualTo(668);
        assertThat(r.instance().buyers()).isEqualTo(8);
        assertThat(r.instance().distribution().value(0)).isEqualTo(1.0);
        assertThat(r.instance().distribution().maxValue()).isEqualTo(405.0);
        assertThat(r.instance().name()).isEqualTo("ebay_xbox_7day_bids_mit");
        assertThat(r.instance().source()).isEqualTo("bid history file ebay_xbox_7day_bids_mit.csv, all rows: 93 auctions, 812 draws = each "
                + "bidder's maximum bid per auction, rounded to a step of 1; buyers = median "
                + "number of distinct bidders per auction (8)");
    }

    @Test
    void xboxMitAtCentsKeepsEveryDistinctMaximum() throws Exception {
        BidImport.Result r = BidImport.read(xboxMit(), BidImport.Options.defaults().withStep(0.01));
        long distinctMaxima = Files.readAllLines(xboxMit()).stream().skip(1)
                .map(l -> l.split(","))
                .collect(Collectors.groupingBy(f -> f[0] + "\u0000" + f[3], Collectors.mapping(
                        f -> new BigDecimal(f[1]), Collectors.reducing(BigDecimal.ZERO, BigDecimal::max))))
                .values().stream().map(BigDecimal::stripTrailingZeros).distinct().count();
        assertThat(r.supportSize()).isEqualTo((int) distinctMaxima);
        assertThat(r.draws()).isEqualTo(812);
    }

    /**
     * Reference numbers from Python with exact decimals and ROUND_HALF_UP (run in
     * ../shared/data/raw, ITEM = Palm / Xbox / Cartier):
     * <pre>
     * python3 -c "import csv,sys,collections as C;from decimal import Decimal as D,ROUND_HALF_UP as H;
     *   m={};[m.__setitem__((r['auctionid'],r['bidder']),max(m.get((r['auctionid'],r['bidder']),D(0)),
     *   D(r['bid']))) for r in csv.DictReader(open('ebay_bids_cartier_palm_xbox.csv'))
     *   if r['item'].startswith(sys.argv[1]) and r['auction_type']=='7 day auction'];
     *   c=sorted(C.Counter(a for a,_ in m).values());
     *   print(len(c),len(m),len({v.quantize(D(1),H) for v in m.values()}),c[(len(c)-1)//2])" ITEM
     * </pre>
     * With Python's banker's round() the support sizes would be 225, 179 and 297.
     */
    @ParameterizedTest
    @CsvSource({
        "Palm Pilot M515 PDA, 194, 1952, 228, 11, 0, 284",
        "Xbox game console,    93,  803, 184,  8, 1, 405",
        "Cartier wristwatch,   97,  667, 298,  6, 1, 5400"})
    void combinedFileSevenDay(String item, int auctions, int draws, int k, int median,
                              double min, double max) throws IOException {
        assumeTrue(Files.isRegularFile(COMBINED), "combined eBay file not present: " + COMBINED);
        BidImport.Result r = BidImport.read(COMBINED,
                BidImport.Options.defaults().withItem(item).withAuctionType("7 day auction"));
        assertThat(r.auctions()).isEqualTo(auctions);
        assertThat(r.draws()).isEqualTo(draws);
        assertThat(r.supportSize()).isEqualTo(k);
        assertThat(r.medianBidders()).isEqualTo(median);
        assertThat(r.instance().buyers()).isEqualTo(median);
        assertThat(r.instance().distribution().value(0)).isEqualTo(min);
        assertThat(r.instance().distribution().maxValue()).isEqualTo(max);
        assertThat(r.rowsRead()).isEqualTo(10_681);
        assertThat(r.rowsSkipped().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(r.rowsRead() - r.rowsUsed());
    }

    /** The three items and three lengths of the combined file used to be pooled without a word. */
    @Test
    void combinedFileWithoutFiltersIsRefused() {
        assumeTrue(Files.isRegularFile(COMBINED), "combined eBay file not present: " + COMBINED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BidImport.read(COMBINED, BidImport.Options.defaults()))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessageContaining("holds 3 items ('Cartier wristwatch': 136 auctions, 'Palm Pilot M515 PDA': "
                        + "343 auctions, 'Xbox game console': 149 auctions)", "--item 'Palm Pilot M515 PDA'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BidImport.read(COMBINED,
                        BidImport.Options.defaults().withItem("palm")))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessageContaining("holds 3 auction types for item 'Palm Pilot M515 PDA' ('3 day auction': 95 "
                        + "auctions, '5 day auction': 54 auctions, '7 day auction': 194 auctions)");
    }

    @Test
    void combinedFilePalmSourceAndShortFilters() throws IOException {
        assumeTrue(Files.isRegularFile(COMBINED), "combined eBay file not present: " + COMBINED);
        BidImport.Result r = BidImport.read(COMBINED,
                BidImport.Options.defaults().withItem("palm").withAuctionType("7").withProvenance(BidImport.CITATION));
        assertThat(r.items()).containsExactly("Palm Pilot M515 PDA");
        assertThat(r.auctionTypes()).containsExactly("7 day auction");
        assertThat(r.instance().name()).isEqualTo("Palm Pilot M515 PDA, 7 day auction");
        assertThat(r.instance().source()).isEqualTo("eBay bid histories (Jank & Shmueli, Modeling "
                + "Online Auctions, 2010), file ebay_bids_cartier_palm_xbox.csv, item 'Palm Pilot "
                + "M515 PDA', 7 day auction: 194 auctions, 1952 draws = each bidder's maximum bid "
                + "per auction, rounded to a step of 1; buyers = median number of distinct bidders "
                + "per auction (11)");
        // 194 auctions (even): lower and upper median are both 11, so the text says "median".
        assertThat(r.rowsUsed()).isEqualTo(3832);
    }
}
