package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.distribution.DiscreteDistribution;

/** Hand-checkable cases, invariants and bad inputs of {@link PriceInversion}. */
class PriceInversionTest {

    private static final double EXACT = 1e-14;

    @Test
    void twoBiddersInvertInClosedForm() {
        // n = 2: G = 2F - F^2, so F = 1 - sqrt(1 - G). G = 1/4, 1/2, 3/4, 1.
        PriceInversion.Result r = PriceInversion.fromPrices(
                new double[] {4, 1, 3, 2}, new int[] {2, 2, 2, 2}, 1, "n2");
        assertThat(r.priceLevels()).containsExactly(1, 2, 3, 4);
        assertThat(r.priceCdf()).containsExactly(0.25, 0.5, 0.75, 1.0);
        double[] f = r.valueCdf();
        assertThat(f[0]).isCloseTo(1 - Math.sqrt(0.75), within(EXACT));
        assertThat(f[1]).isCloseTo(1 - Math.sqrt(0.5), within(EXACT));
        assertThat(f[2]).isCloseTo(0.5, within(EXACT));
        assertThat(f[3]).isEqualTo(1.0);
        DiscreteDistribution d = r.distribution();
        assertThat(d.mass(0)).isCloseTo(1 - Math.sqrt(0.75), within(EXACT));
        assertThat(d.mass(1)).isCloseTo(Math.sqrt(0.75) - Math.sqrt(0.5), within(EXACT));
        // The top level carries everything above the second-highest level: 1 - F(3) = 1/2.
        assertThat(d.mass(3)).isCloseTo(0.5, within(EXACT));
        assertThat(r.instance().buyers()).isEqualTo(2);
        assertThat(r.instance().units()).isEqualTo(1);
        assertThat(r.instance().transfers()).isEqualTo(TransferMode.NO_SUBSIDY);
        assertThat(r.maxResidual()).isLessThan(1e-14);
    }

    @Test
    void threeBiddersAtTheMedianPrice() {
        // H_3(1/2) = 3/4 - 2/8 = 1/2: half the prices at or below p means F(p) = 1/2.
        PriceInversion.Result r = PriceInversion.fromPrices(
                new double[] {5, 7}, new int[] {3, 3}, 1, "n3");
        assertThat(r.valueCdf()[0]).isCloseTo(0.5, within(EXACT));
        assertThat(r.distribution().mass(1)).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void mixedBidderCountsSolveThePooledMomentEquation() {
        // One auction with n = 2, one with n = 3: (H_2(F) + H_3(F)) / 2 = 1/2 at the lower price.
        PriceInversion.Result r = PriceInversion.fromPrices(
                new double[] {1, 2}, new int[] {2, 3}, 1, "mix");
        double f = r.valueCdf()[0];
        double pooled = 0.5 * (PriceInversion.secondHighestCdf(2, f) + PriceInversion.secondHighestCdf(3, f));
        assertThat(pooled).isCloseTo(0.5, within(EXACT));
        // Between the single-n inversions: n = 2 gives 1 - sqrt(1/2) = 0.293, n = 3 gives 0.5.
        assertThat(f).isBetween(1 - Math.sqrt(0.5), 0.5);
        // By hand: 2F - F^2 + 3F^2 - 2F^3 = 1, i.e. 2F^3 - 2F^2 - 2F + 1 = 0, root 0.4030317...
        assertThat(2 * f * f * f - 2 * f * f - 2 * f + 1).isCloseTo(0, within(1e-14));
        assertThat(r.instance().buyers()).isEqualTo(2); // lower median of {2, 3}
    }

    @Test
    void secondHighestCdfMatchesItsDefinition() {
        for (int n = 2; n <= 12; n++) {
            for (double f = 0; f <= 1.0; f += 0.125) {
                assertThat(PriceInversion.secondHighestCdf(n, f))
                        .isCloseTo(n * Math.pow(f, n - 1) - (n - 1) * Math.pow(f, n), within(1e-14));
            }
        }
        assertThatThrownBy(() -> PriceInversion.secondHighestCdf(1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n = 1");
    }

    @Test
    void pricesAreRoundedHalfUpToTheStep() {
        PriceInversion.Result r = PriceInversion.fromPrices(
                new double[] {1.4, 1.6, 2.5, 0.3}, new int[] {2, 2, 2, 2}, 1, "rounded");
        // 0.3 -> 0, 1.4 -> 1, 1.6 -> 2, 2.5 -> 3 (half up).
        assertThat(r.priceLevels()).containsExactly(0, 1, 2, 3);
        assertThat(r.priceCdf()).containsExactly(0.25, 0.5, 0.75, 1.0);
        PriceInversion.Result cents = PriceInversion.fromPrices(
                new double[] {0.1, 0.2, 0.30000000000000004}, new int[] {2, 2, 2}, 0.1, "tenths");
        assertThat(cents.priceLevels()).containsExactly(0.1, 0.2, 0.3);
    }

    @Test
    void auctionsWithFewerThanTwoBiddersAreSkippedAndCounted() {
        PriceInversion.Result r = PriceInversion.fromPrices(
                new double[] {1, 2, 99, 50}, new int[] {2, 2, 1, 0}, 1, "skip");
        assertThat(r.auctionsUsed()).isEqualTo(2);
        assertThat(r.auctionsSkipped()).isEqualTo(2);
        assertThat(r.priceLevels()).containsExactly(1, 2);
        assertThat(r.biddersPerAuction()).containsExactly(org.assertj.core.api.Assertions.entry(2, 2));
        assertThat(r.instance().source())
                .contains("2 auctions used", "2 skipped with fewer than 2 bidders",
                        "independent private values", "i.i.d.", "second-highest value",
                        "no binding reserve", "understates the upper tail", "K = 2");
    }

    @Test
    void randomInputsGiveAStrictlyIncreasingCdfThatSolvesEachEquation() {
        Random rng = new Random(20240601L);
        for (int trial = 0; trial < 50; trial++) {
            int m = 1 + rng.nextInt(300);
            double[] prices = new double[m];
            int[] n = new int[m];
            for (int a = 0; a < m; a++) {
                prices[a] = Math.floor(rng.nextDouble() * 1000) / 4;
                n[a] = 2 + rng.nextInt(30);
            }
            PriceInversion.Result r = PriceInversion.fromPrices(prices, n, 0.25, "random");
            double[] f = r.valueCdf();
            for (int j = 1; j < f.length; j++) {
                assertThat(f[j]).isGreaterThan(f[j - 1]);
            }
            assertThat(f[f.length - 1]).isEqualTo(1.0);
            assertThat(r.maxResidual()).isLessThan(1e-13);
            assertThat(r.distribution().size()).isEqualTo(f.length);
        }
    }

    @Test
    void singleBidderCountMatchesTheClosedFormEverywhere() {
        Random rng = new Random(7L);
        double[] prices = new double[1000];
        int[] n = new int[prices.length];
        for (int a = 0; a < prices.length; a++) {
            prices[a] = rng.nextInt(50);
            n[a] = 2;
        }
        PriceInversion.Result r = PriceInversion.fromPrices(prices, n, 1, "n2-random");
        double[] g = r.priceCdf();
        double[] f = r.valueCdf();
        for (int j = 0; j < f.length; j++) {
            assertThat(f[j]).isCloseTo(1 - Math.sqrt(1 - g[j]), within(1e-14));
        }
    }

    @Test
    void badInputsAreRejectedWithTheValueAndTheFix() {
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[] {1, 2}, new int[] {1, 0}, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the 2 auctions has 2 or more bidders");
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[] {1, -2}, new int[] {2, 2}, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prices[1] = -2.0 is negative");
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[] {Double.NaN}, new int[] {2}, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[] {1, 2}, new int[] {2}, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prices has 2 entries but bidders has 1");
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[0], new int[0], 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prices is empty");
        assertThatThrownBy(() -> PriceInversion.fromPrices(null, new int[0], 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prices is empty");
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[] {1}, new int[] {-3}, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bidders[0] = -3");
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[] {1}, new int[] {2}, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step = 0.0");
        assertThatThrownBy(() -> PriceInversion.fromPrices(new double[] {1}, new int[] {2}, 1, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name is blank");
    }

    @Test
    void csvUsesEachAuctionsPriceAndDistinctBidders(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bids.csv");
        Files.writeString(csv, String.join("\n",
                "auctionid,bid,bidder,price,item,auction_type",
                "a1,5,x,10,Widget,7 day auction",
                "a1,9,y,10,Widget,7 day auction",
                "a1,11,y,10,Widget,7 day auction",   // same bidder again: still 2 bidders
                "a2,20,x,20,Widget,7 day auction",
                "a2,25,z,20,Widget,7 day auction",
                "",
                "a3,30,x,30,Widget,7 day auction",
                "a3,35,w,30,Widget,7 day auction",
                "a4,99,x,99,Widget,7 day auction",   // one bidder: skipped
                "a5,50,x,50,Gadget,7 day auction",   // other item
                "a5,60,y,50,Gadget,7 day auction",
                "a6,50,x,50,Widget,3 day auction",   // other length
                "a6,60,y,50,Widget,3 day auction") + "\n", StandardCharsets.UTF_8);
        PriceInversion.Result r = PriceInversion.fromEbayCsv(csv, Optional.of("widget"), Optional.of("7"), 1);
        assertThat(r.auctionsUsed()).isEqualTo(3);
        assertThat(r.auctionsSkipped()).isEqualTo(1);
        assertThat(r.priceLevels()).containsExactly(10, 20, 30);
        assertThat(r.valueCdf()[0]).isCloseTo(1 - Math.sqrt(2.0 / 3), within(EXACT));
        assertThat(r.valueCdf()[1]).isCloseTo(1 - Math.sqrt(1.0 / 3), within(EXACT));
        assertThat(r.instance().name()).isEqualTo("Widget, 7 day auction, price inversion");
        assertThat(r.instance().source()).contains("file bids.csv", "item Widget, 7 day auction");

        // Without the filters the items and the auction lengths used to be pooled silently.
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(csv, Optional.empty(), Optional.of("7"), 1))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessageContaining("holds 2 items ('Gadget': 1 auction, 'Widget': 4 auctions)", "--item 'Widget'");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(csv, Optional.of("widget"), Optional.empty(), 1))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessageContaining("holds 2 auction types for item 'Widget'", "--auction-type 7");
        // a step above every price used to give a point mass at 0
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(csv, Optional.of("widget"), Optional.of("7"), 1000))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessageContaining("--step 1000 is larger than the largest price, 99 (" + csv + ", line 10, column 4)");
    }

    @Test
    void badCsvRowsNameTheFileLineAndValue(@TempDir Path dir) throws IOException {
        Path negative = write(dir, "neg.csv", "auctionid,bidder,price\na,x,10\na,y,-10\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(negative, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neg.csv, line 3, column 3: price '-10' is negative");
        Path text = write(dir, "text.csv", "auctionid,bidder,price\na,x,$10\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(text, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text.csv, line 2, column 3: price '$10' is not a number");
        Path inconsistent = write(dir, "two.csv", "auctionid,bidder,price\na,x,10\na,y,11\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(inconsistent, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two.csv, line 3, column 3: price '11' of auction a differs from '10' on line 2");
        Path noPrice = write(dir, "noprice.csv", "auctionid,bidder,bid\na,x,10\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(noPrice, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noprice.csv, line 1: column 'price' is missing");
        Path single = write(dir, "single.csv", "auctionid,bidder,price\na,x,10\nb,y,12\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(single, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the 2 auctions has 2 or more bidders");
        Path fields = write(dir, "fields.csv", "auctionid,bidder,price\na,x\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(fields, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fields.csv, line 2: 2 fields but the header has 3");
        // issue 6: a price overflowing a double used to fail as "prices[1] = Infinity", without its line
        Path huge = write(dir, "huge.csv", "auctionid,bidder,price\na,x,10\na,y,10\nb,x,1e400\nb,y,1e400\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(huge, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huge.csv, line 4, column 3: price '1e400' is above 1e15");
        Path infinite = write(dir, "inf.csv", "auctionid,bidder,price\na,x,Infinity\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(infinite, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inf.csv, line 2, column 3: price 'Infinity' is not a finite number");
        Path empty = write(dir, "empty.csv", "\n\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(empty, Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty.csv is empty");
        Path ok = write(dir, "ok.csv", "auctionid,bidder,price,item\na,x,10,W\na,y,10,W\n");
        assertThatThrownBy(() -> PriceInversion.fromEbayCsv(ok, Optional.of("Nothing"), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rows left after the filters");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
