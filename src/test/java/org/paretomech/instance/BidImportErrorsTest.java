package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input gives an {@link IllegalArgumentException} with a one-line message. */
class BidImportErrorsTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines), StandardCharsets.UTF_8);
        return p;
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> fails(Path csv, BidImport.Options o) {
        return assertThatThrownBy(() -> BidImport.read(csv, o))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining(csv.toString());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> fails(Path csv) {
        return fails(csv, BidImport.Options.defaults());
    }

    @Test
    void missingFileIsNoSuchFileException() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> BidImport.read(missing, BidImport.Options.defaults()))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("nope.csv");
    }

    @Test
    void emptyFile() throws IOException {
        Path csv = write("empty.csv");
        fails(csv).hasMessage(csv + " is empty; expected a header line "
                + "auctionid,bid,bidder[,item,auction_type] followed by one row per bid");
        fails(write("blank.csv", "", "   ", "")).hasMessageContaining("is empty");
    }

    @Test
    void headerWithoutRows() throws IOException {
        Path csv = write("header.csv", "auctionid,bid,bidder", "");
        fails(csv).hasMessage(csv + " has a header but no bid rows; add one row per bid after line 1");
    }

    @Test
    void missingRequiredColumn() throws IOException {
        Path csv = write("nobidder.csv", "auctionid,bid,bidderrate", "1,2,3");
        fails(csv).hasMessageStartingWith("column 'bidder' is missing from the header of " + csv
                + "; expected auctionid,bid,bidder[,item,auction_type]")
                .hasMessageContaining("line 1 is 'auctionid,bid,bidderrate'");
        fails(write("nobid.csv", "bidder,auctionid", "a,1"))
                .hasMessageStartingWith("column 'bid' is missing");
    }

    @Test
    void duplicateRequiredColumn() throws IOException {
        fails(write("dup.csv", "auctionid,bid,bidder,Bid", "1,2,a,3"))
                .hasMessageContaining("line 1: column 'bid' appears twice in the header (columns 2 and 4)");
    }

    /** 15 good rows on lines 2..16, then the bad value on line 17. */
    private Path withBadBidOnLine17(String bid) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("auctionid,bid,bidder");
        for (int i = 0; i < 15; i++) {
            lines.add("1," + (10 + i) + ",b" + i);
        }
        lines.add("1," + bid + ",bad");
        lines.add("1,99,last");
        return write("bad.csv", lines.toArray(String[]::new));
    }

    @Test
    void nonNumericBid() throws IOException {
        Path csv = withBadBidOnLine17("abc");
        fails(csv).hasMessage(csv + ", line 17, column 2: bid 'abc' is not a number; write bids as plain "
                + "decimal numbers such as 12.50 (ASCII digits, no currency signs or thousands separators)");
        fails(withBadBidOnLine17("$12")).hasMessageContaining("line 17, column 2: bid '$12' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void nonFiniteBid(String bid) throws IOException {
        fails(withBadBidOnLine17(bid))
                .hasMessageContaining("line 17, column 2: bid '" + bid + "' is not a finite number")
                .hasMessageContaining("fix or delete the row");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "-0.01", "-1e2"})
    void negativeBid(String bid) throws IOException {
        fails(withBadBidOnLine17(bid))
                .hasMessageContaining("line 17, column 2: bid '" + bid + "' is negative; bids must be >= 0");
    }

    /**
     * Issue 6: a bid that overflows a double (1e400) used to reach the distribution as Infinity and
     * fail without a line; an exponent beyond BigDecimal's range was an internal error (exit 70);
     * non-ASCII digits were silently read as numbers. Every one now names line and column.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1e400", "2e15", "1e999999999", "1E+2147483648"})
    void bidTooLargeNamesLineAndColumn(String bid) throws IOException {
        fails(withBadBidOnLine17(bid))
                .hasMessageContaining("line 17, column 2: bid '" + bid + "'")
                .hasMessageMatching(".*(is above 1e15|has an exponent out of range).*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0661\u0662", "12\u00a0000", "1,5", "0x10", "1d", "1e", "."})
    void nonDecimalBidNamesLineAndColumn(String bid) throws IOException {
        String quoted = bid.contains(",") ? "\"" + bid + "\"" : bid;
        fails(withBadBidOnLine17(quoted)).hasMessageContaining("line 17, column 2: bid '" + bid + "' is not a number");
    }

    /** A bid far below half a step rounds to 0 without dividing (1e-999999999 overflowed the division). */
    @Test
    void tinyBidRoundsToZero() {
        assertThat(BidImport.roundToStep(new java.math.BigDecimal("1e-999999999"), java.math.BigDecimal.ONE))
                .isEqualByComparingTo("0");
        assertThat(BidImport.roundToStep(new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE))
                .isEqualByComparingTo("1");
        assertThat(BidImport.roundToStep(new java.math.BigDecimal("0.4999"), java.math.BigDecimal.ONE))
                .isEqualByComparingTo("0");
    }

    /** Bids that round to values too close for double precision: the message names both lines and the fix. */
    @Test
    void bidsTooCloseForDoublesNameTheirLines() throws IOException {
        Path csv = write("close.csv", "auctionid,bid,bidder", "1,100000000000000,a", "1,100000000000000.001,b", "2,8,c");
        fails(csv, BidImport.Options.defaults().withStep(0.001))
                .hasMessageContaining("close.csv, line 3, column 2: the bid rounds to 100000000000000.001")
                .hasMessageContaining("from 100000000000000 (line 2)", "use a coarser --step than 0.001");
    }

    @Test
    void emptyBidBidderOrAuction() throws IOException {
        fails(withBadBidOnLine17("")).hasMessageContaining("line 17, column 2: bid '' is empty");
        fails(write("nobidder.csv", "auctionid,bid,bidder", "1,2,a", "1,3, "))
                .hasMessageContaining("line 3, column 3: bidder '' is empty");
        fails(write("noauction.csv", "auctionid,bid,bidder", ",2,a"))
                .hasMessageContaining("line 2, column 1: auctionid '' is empty");
    }

    @Test
    void wrongNumberOfFieldsAndUnclosedQuote() throws IOException {
        fails(write("fields.csv", "auctionid,bid,bidder,item", "1,2,a,Palm, leather"))
                .hasMessageContaining("line 2: '1,2,a,Palm, leather' has 5 fields but the header has 4")
                .hasMessageContaining("quote values that contain commas");
        fails(write("quote.csv", "auctionid,bid,bidder", "1,\"2,a"))
                .hasMessageContaining("line 2: '1,\"2,a' has an unclosed quote");
    }

    private Path itemsFile() throws IOException {
        return write("items.csv",
                "auctionid,bid,bidder,item,auction_type",
                "1,10,a,Palm Pilot M515 PDA,7 day auction",
                "2,30,a,Palm Pilot M515 PDA,3 day auction",
                "3,100,c,Xbox game console,7 day auction");
    }

    @Test
    void noRowsLeftAfterTheFiltersListsWhatExists() throws IOException {
        Path csv = itemsFile();
        fails(csv, BidImport.Options.defaults().withItem("Cartier"))
                .hasMessage(csv + ": no rows left after the filter item 'Cartier'; the file has "
                        + "items [Palm Pilot M515 PDA, Xbox game console] and auction types "
                        + "[3 day auction, 7 day auction]; pick an item and auction type that "
                        + "occur together");
        fails(csv, BidImport.Options.defaults().withItem("Xbox").withAuctionType("3"))
                .hasMessageContaining("no rows left after the filter item 'Xbox' and auction type '3'")
                .hasMessageContaining("auction types [3 day auction, 7 day auction]");
        fails(csv, BidImport.Options.defaults().withAuctionType("weekly"))
                .hasMessageContaining("auction type 'weekly'");
    }

    @Test
    void ambiguousItemSubstring() throws IOException {
        Path csv = itemsFile();
        fails(csv, BidImport.Options.defaults().withItem("o"))
                .hasMessage(csv + ": item 'o' matches 2 items (Palm Pilot M515 PDA, Xbox game "
                        + "console); give one of them in full");
    }

    @Test
    void filterOnAColumnTheFileDoesNotHave() throws IOException {
        Path csv = write("mit.csv", "auctionid,bid,bidtime,bidder,bidderrate,openbid,price",
                "1,2,0.5,a,3,1,2");
        fails(csv, BidImport.Options.defaults().withItem("Xbox"))
                .hasMessage("item filter 'Xbox' needs a column 'item', but the header of " + csv
                        + " has none (auctionid,bid,bidtime,bidder,bidderrate,openbid,price); "
                        + "drop the item filter or use a file with that column");
        fails(csv, BidImport.Options.defaults().withAuctionType("7"))
                .hasMessageContaining("auction type filter '7' needs a column 'auction_type'");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "NaN", "Infinity", "-0.0"})
    void stepMustBeFiniteAndPositive(double step) {
        assertThatThrownBy(() -> BidImport.Options.defaults().withStep(step))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("step = " + step)
                .hasMessageContaining("must be a finite number > 0");
    }

    @Test
    void otherOptionChecks() {
        BidImport.Options o = BidImport.Options.defaults();
        assertThatThrownBy(() -> o.withBuyers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buyers = 0");
        assertThatThrownBy(() -> o.withItem(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item filter is blank");
        assertThatThrownBy(() -> o.withAuctionType("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auction type filter is blank");
        assertThatThrownBy(() -> o.withName("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name is blank");
        assertThat(o.step()).isEqualTo(BidImport.Options.DEFAULT_STEP);
    }

    @Test
    void badRowsAreReportedEvenWhenTheFilterWouldDropThem() throws IOException {
        Path csv = write("other.csv", "auctionid,bid,bidder,item",
                "1,10,a,Palm", "2,oops,b,Xbox");
        fails(csv, BidImport.Options.defaults().withItem("Palm"))
                .hasMessageContaining("line 3, column 2: bid 'oops' is not a number");
    }
}
