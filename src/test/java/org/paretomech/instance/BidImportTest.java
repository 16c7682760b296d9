package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.distribution.DiscreteDistribution;

/** Hand-made CSVs whose expected draws, counts and medians are worked out in the comments. */
class BidImportTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /** Keys of {@code drawCounts} as plain strings, e.g. {@code 0.3 -> 2}. */
    private static Map<String, Integer> plain(BidImport.Result r) {
        return r.drawCounts().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toPlainString(), Map.Entry::getValue, (x, y) -> x,
                java.util.LinkedHashMap::new));
    }

    @Test
    void twoAuctionsByHand() throws IOException {
        // Columns in a different order, plus an extra column that must be ignored.
        Path csv = write("two.csv",
                "bidder,bid,extra,auctionid",
                "a,10,x,A1",     // a's bids in A1: 10 and 12.4 -> max 12.4 -> rounds to 12
                "a,12.4,x,A1",
                "b,11,x,A1",     // b in A1: 11
                "c,12.6,x,A1",   // c in A1: 12.6 -> 13
                "a,12.5,x,A2",   // a in A2: 12.5 -> 13 (half up)
                "d,7,x,A2");     // d in A2: 7
        // Draws (step 1): 12, 11, 13, 13, 7 -> counts {7:1, 11:1, 12:1, 13:2}, 5 draws, K = 4.
        // Distinct bidders per auction: A1 = 3 (a, b, c), A2 = 2 (a, d); sorted [2, 3];
        // lower median = 2 (the upper would be 3). Distinct bidders overall: a, b, c, d = 4.
        BidImport.Result r = BidImport.read(csv, BidImport.Options.defaults());

        assertThat(r.rowsRead()).isEqualTo(6);
        assertThat(r.rowsUsed()).isEqualTo(6);
        assertThat(r.rowsSkipped()).isEmpty();
        assertThat(r.auctions()).isEqualTo(2);
        assertThat(r.distinctBidders()).isEqualTo(4);
        assertThat(r.draws()).isEqualTo(5);
        assertThat(r.supportSize()).isEqualTo(4);
        assertThat(r.medianBidders()).isEqualTo(2);
        assertThat(r.biddersPerAuction()).containsExactly(Map.entry(2, 1), Map.entry(3, 1));
        assertThat(plain(r)).containsExactly(
                Map.entry("7", 1), Map.entry("11", 1), Map.entry("12", 1), Map.entry("13", 2));
        assertThat(r.items()).isEmpty();
        assertThat(r.auctionTypes()).isEmpty();

        Instance inst = r.instance();
        DiscreteDistribution d = inst.distribution();
        assertThat(d.values()).containsExactly(7, 11, 12, 13);
        assertThat(d.masses()).containsExactly(0.2, 0.2, 0.2, 0.4);
        assertThat(inst.buyers()).isEqualTo(2);
        assertThat(inst.units()).isEqualTo(1);
        assertThat(inst.transfers()).isEqualTo(TransferMode.NO_SUBSIDY);
        assertThat(inst.name()).isEqualTo("two");
        // Only what is known of the file: it used to start with the Jank & Shmueli citation for any CSV.
        assertThat(inst.source()).isEqualTo("bid history file two.csv, all rows: "
                + "2 auctions, 5 draws = each bidder's maximum bid per auction, rounded to a step "
                + "of 1; buyers = lower median number of distinct bidders per auction (2)");
    }

    @Test
    void aGivenProvenanceStartsTheSource() throws IOException {
        Path csv = write("two.csv", "auctionid,bid,bidder", "1,10,a", "1,12,b", "2,8,c", "2,9,a");
        BidImport.Result r = BidImport.read(csv, BidImport.Options.defaults().withProvenance(" my survey, 2024 "));
        assertThat(r.instance().source()).startsWith("my survey, 2024, file two.csv, all rows: 2 auctions, 4 draws");
        assertThatThrownBy(() -> BidImport.Options.defaults().withProvenance(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("source is blank");
    }

    @Test
    void roundsHalfUpAtStepFive() throws IOException {
        // One auction, one bidder per bid, so every bid is its own draw.
        Path csv = write("five.csv",
                "auctionid,bid,bidder",
                "A,0,b1",        // 0
                "A,2.4999,b2",   // 0
                "A,2.5,b3",      // 5   (banker's rounding would give 0)
                "A,7.5,b4",      // 10
                "A,12.49,b5",    // 10
                "A,12.5,b6",     // 15  (banker's rounding would give 10)
                "A,17.5,b7");    // 20
        BidImport.Result r = BidImport.read(csv, BidImport.Options.defaults().withStep(5));
        assertThat(plain(r)).containsExactly(Map.entry("0", 2), Map.entry("5", 1),
                Map.entry("10", 2), Map.entry("15", 1), Map.entry("20", 1));
        assertThat(r.instance().distribution().values()).containsExactly(0, 5, 10, 15, 20);
        assertThat(r.medianBidders()).isEqualTo(7);
        assertThat(r.instance().source()).contains("rounded to a step of 5;")
                .contains("buyers = median number of distinct bidders per auction (7)");
    }

    @Test
    void roundsHalfUpAtStepOneTenthWithoutFloatingNoise() throws IOException {
        Path csv = write("tenth.csv",
                "auctionid,bid,bidder",
                "A,0.04,b1",     // 0
                "A,0.05,b2",     // 0.1
                "A,0.15,b3",     // 0.2 (the double 0.15 is below 0.15, but the text is exact)
                "A,0.25,b4",     // 0.3
                "A,0.3,b5",      // 0.3 = 3 * 0.1, must be the double 0.3, not 0.30000000000000004
                "A,0.35,b6",     // 0.4
                "A,1.0499,b7");  // 1
        BidImport.Result r = BidImport.read(csv, BidImport.Options.defaults().withStep(0.1));
        assertThat(plain(r)).containsExactly(Map.entry("0", 1), Map.entry("0.1", 1),
                Map.entry("0.2", 1), Map.entry("0.3", 2), Map.entry("0.4", 1), Map.entry("1", 1));
        double[] values = r.instance().distribution().values();
        assertThat(values).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 1.0);
        assertThat(Double.toString(values[3])).isEqualTo("0.3");
        assertThat(r.instance().source()).contains("rounded to a step of 0.1;");
    }

    @ParameterizedTest
    @CsvSource({
        "2.5, 5, 5", "12.5, 5, 15", "12.4999, 5, 10", "0.15, 0.1, 0.2", "0.25, 0.1, 0.3",
        "1.005, 0.01, 1.01", "0, 1, 0", "284.5, 1, 285", "7.5, 2.5, 7.5", "8.75, 2.5, 10"})
    void roundToStepIsHalfUp(String bid, String step, String expected) {
        assertThat(BidImport.roundToStep(new BigDecimal(bid), new BigDecimal(step)).toPlainString())
                .isEqualTo(expected);
    }

    @Test
    void tiesGiveOneDrawPerBidderAndOneSupportPointPerValue() throws IOException {
        Path csv = write("ties.csv",
                "auctionid,bid,bidder",
                "A,20,x",
                "A,20,y",        // x and y tie at 20: two draws of 20
                "A,20,x",        // x repeats the same bid: still one draw for x
                "B,19.6,z",      // rounds to 20: a third draw at 20, merged into the same point
                "B,5,w");
        // Draws: x 20, y 20, z 20, w 5 -> {5:1, 20:3}; bidders per auction A = 2, B = 2 -> median 2.
        BidImport.Result r = BidImport.read(csv, BidImport.Options.defaults());
        assertThat(r.draws()).isEqualTo(4);
        assertThat(plain(r)).containsExactly(Map.entry("5", 1), Map.entry("20", 3));
        assertThat(r.instance().distribution().values()).containsExactly(5, 20);
        assertThat(r.instance().distribution().masses()).containsExactly(0.25, 0.75);
        assertThat(r.medianBidders()).isEqualTo(2);
        assertThat(r.instance().source()).contains("buyers = median number");
    }

    private Path itemsFile() throws IOException {
        return write("items.csv",
                "auctionid,bid,bidder,item,auction_type",
                "1,10,a,Palm Pilot M515 PDA,7 day auction",
                "1,12,b,Palm Pilot M515 PDA,7 day auction",
                "2,30,a,Palm Pilot M515 PDA,3 day auction",
                "3,100,c,Xbox game console,7 day auction",
                "4,5,d,Palm case,7 day auction",
                "",
                "5,8,e,\"Palm case, leather\",5 day auction");
    }

    @Test
    void filtersOnItemSubstringAndNumberOfDays() throws IOException {
        BidImport.Result r = BidImport.read(itemsFile(),
                BidImport.Options.defaults().withItem("palm pilot").withAuctionType("7"));
        assertThat(r.items()).containsExactly("Palm Pilot M515 PDA");
        assertThat(r.auctionTypes()).containsExactly("7 day auction");
        assertThat(r.rowsRead()).isEqualTo(7);
        assertThat(r.rowsUsed()).isEqualTo(2);
        assertThat(r.rowsSkipped()).containsExactly(
                Map.entry("auction type is not '7'", 1),
                Map.entry("blank line", 1),
                Map.entry("item is not 'Palm Pilot M515 PDA'", 3));
        assertThat(r.auctions()).isEqualTo(1);
        assertThat(r.draws()).isEqualTo(2);
        assertThat(r.instance().name()).isEqualTo("Palm Pilot M515 PDA, 7 day auction");
        assertThat(r.instance().source()).isEqualTo("bid history file items.csv, item 'Palm Pilot M515 PDA', 7 day auction: 1 auctions, "
                + "2 draws = each bidder's maximum bid per auction, rounded to a step of 1; "
                + "buyers = median number of distinct bidders per auction (2)");
    }

    @Test
    void exactItemMatchIgnoresCaseAndWinsOverSubstrings() throws IOException {
        // "palm case" equals "Palm case" ignoring case, so "Palm case, leather" is not included.
        BidImport.Result r = BidImport.read(itemsFile(),
                BidImport.Options.defaults().withItem("  palm CASE ").withAuctionType("7 day auction"));
        assertThat(r.items()).containsExactly("Palm case");
        assertThat(r.draws()).isEqualTo(1);
        // The quoted field with a comma was parsed as one item.
        BidImport.Result leather = BidImport.read(itemsFile(),
                BidImport.Options.defaults().withItem("leather").withAuctionType("5-day"));
        assertThat(leather.items()).containsExactly("Palm case, leather");
        assertThat(leather.auctionTypes()).containsExactly("5 day auction");
    }

    @Test
    void givenBuyersOverrideTheMedianAndNameOverridesTheDefault() throws IOException {
        BidImport.Result r = BidImport.read(itemsFile(), BidImport.Options.defaults()
                .withItem("Xbox game console").withBuyers(5).withName("xbox"));
        assertThat(r.instance().buyers()).isEqualTo(5);
        assertThat(r.medianBidders()).isEqualTo(1);
        assertThat(r.instance().name()).isEqualTo("xbox");
        assertThat(r.instance().source()).endsWith("buyers = 5 (given; the median number of "
                + "distinct bidders per auction is 1)");
    }

    @Test
    void resultCollectionsAreUnmodifiable() throws IOException {
        BidImport.Result r = BidImport.read(itemsFile(), BidImport.Options.defaults().withItem("Palm Pilot M515 PDA")
                .withAuctionType("7"));
        assertThatThrownBy(() -> r.drawCounts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.rowsSkipped().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.items().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.auctionTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.items()).containsExactly("Palm Pilot M515 PDA");
        assertThat(r.auctionTypes()).containsExactly("7 day auction");
    }

    /**
     * Without an item filter the four items of this file used to be pooled silently into one
     * distribution (and all auction lengths with them); that needs a filter now.
     */
    @Test
    void severalItemsWithoutAnItemFilterAreRefused() throws IOException {
        Path csv = itemsFile();
        assertThatThrownBy(() -> BidImport.read(csv, BidImport.Options.defaults()))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessage(csv + " holds 4 items ('Palm Pilot M515 PDA': 2 auctions, 'Palm case': 1 auction, "
                        + "'Palm case, leather': 1 auction, 'Xbox game console': 1 auction); importing them together "
                        + "would pool different goods into one value distribution, so choose one with --item, "
                        + "e.g. --item 'Palm Pilot M515 PDA'");
        // one item, two auction lengths
        assertThatThrownBy(() -> BidImport.read(csv, BidImport.Options.defaults().withItem("Palm Pilot M515 PDA")))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessage(csv + " holds 2 auction types for item 'Palm Pilot M515 PDA' ('3 day auction': 1 auction, "
                        + "'7 day auction': 1 auction); importing them together would pool auctions of different "
                        + "lengths into one value distribution, so choose one with --auction-type, "
                        + "e.g. --auction-type 3");
        // a filter that leaves one item and one auction type needs no other
        assertThat(BidImport.read(csv, BidImport.Options.defaults().withItem("xbox")).items())
                .containsExactly("Xbox game console");
        assertThat(BidImport.read(csv, BidImport.Options.defaults().withAuctionType("5")).items())
                .containsExactly("Palm case, leather");
    }

    /** A file of one item (or without an item column) needs no filter. */
    @Test
    void oneItemNeedsNoFilter() throws IOException {
        Path csv = write("one.csv", "auctionid,bid,bidder,item,auction_type", "1,10,a,Palm,7 day auction",
                "2,12,b,Palm,7 day auction");
        assertThat(BidImport.read(csv, BidImport.Options.defaults()).draws()).isEqualTo(2);
    }

    /** A step above every bid used to turn the data into a point mass at 0. */
    @Test
    void stepAboveTheLargestBidIsRefused() throws IOException {
        Path csv = write("small.csv", "auctionid,bid,bidder", "1,10,a", "1,12.5,b", "2,9,c");
        assertThatThrownBy(() -> BidImport.read(csv, BidImport.Options.defaults().withStep(1e9)))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessage("--step 1000000000 is larger than the largest bid, 12.5 (" + csv + ", line 3, column 2), "
                        + "so every bid would round to 0 or to the step itself; give a step well below 12.5, "
                        + "e.g. 1 for whole units or 0.01 for cents");
        // a step up to the largest bid is coarse but allowed; so is any step on bids that are all 0
        assertThat(BidImport.read(csv, BidImport.Options.defaults().withStep(12.5)).instance().distribution().values())
                .containsExactly(12.5);
        Path zeros = write("zeros.csv", "auctionid,bid,bidder", "1,0,a", "1,0,b");
        assertThat(BidImport.read(zeros, BidImport.Options.defaults().withStep(5)).supportSize()).isEqualTo(1);
    }

    @Test
    void quotedHeaderAndByteOrderMarkAreAccepted() throws IOException {
        Path csv = write("bom.csv",
                "\uFEFF\"AuctionID\", \"Bid\" ,\"Bidder\"",
                "\"1\",\"3.5\",\"x\"");
        BidImport.Result r = BidImport.read(csv, BidImport.Options.defaults());
        assertThat(plain(r)).containsExactly(Map.entry("4", 1));
    }
}
