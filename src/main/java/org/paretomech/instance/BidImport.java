package org.paretomech.instance;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * Turns an eBay bid history CSV (Jank &amp; Shmueli, <i>Modeling Online Auctions</i>, 2010) into an
 * {@link Instance}.
 *
 * <h2>Input</h2>
 * A comma-separated file whose first non-blank line is a header. Columns are found by name
 * (case-insensitive, surrounding blanks ignored, any order, unknown columns ignored):
 * {@code auctionid}, {@code bid} and {@code bidder} are required; {@code item} and
 * {@code auction_type} are needed only when {@link Options} filters on them. Fields may be quoted
 * with {@code "} (a doubled {@code ""} inside quotes is a literal quote); a field cannot span
 * lines. Blank lines are skipped. The file is read as UTF-8; a leading byte-order mark is ignored.
 * Every data row is validated, including rows the filters later drop, so a malformed file is
 * reported even when the bad row belongs to another item.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li>Keep the rows whose item and auction type match the filters (see {@link Options}).</li>
 *   <li>For every pair (auction, bidder) take the <b>maximum</b> bid: one value draw per pair.
 *       A proxy bid is a lower bound on the bidder's value. eBay's masked bidder
 *       {@code bidder_private} is treated as one bidder per auction, as the data cannot tell
 *       several masked bidders apart.</li>
 *   <li>Round each draw to the nearest multiple of {@code step}, ties (exact halves) rounded
 *       <b>up</b>. Rounding is done in exact decimal arithmetic on the bid as written in the file,
 *       so {@code 0.15} with step {@code 0.1} gives {@code 0.2} and {@code 3 × 0.1} is stored as
 *       the double nearest to {@code 0.3}.</li>
 *   <li>The value distribution is the empirical distribution of the rounded draws: distinct
 *       values in increasing order, each with mass (number of draws at that value) / (number of
 *       draws).</li>
 *   <li>The number of buyers {@code n} is the median number of distinct bidders per auction; for
 *       an even number of auctions the <b>lower</b> median (an observed count, never a
 *       half-integer). {@link Options#buyers()} overrides it.</li>
 *   <li>One unit, transfers {@link TransferMode#NO_SUBSIDY}.</li>
 * </ol>
 *
 * <h2>Errors</h2>
 * Bad input throws {@link IllegalArgumentException} with a one-line message that names the file,
 * the line and column (when there is one), the offending value and the fix. Filters that do not
 * fit the file (a filter column the file lacks, an item substring matching several items, no row
 * left, no filter on a file holding several items or auction types, a step above the largest
 * bid) throw its subclass {@link OptionMismatchException}: the options, not the file, must change. A missing file is <b>not</b>
 * wrapped: {@link java.nio.file.NoSuchFileException} (an {@link IOException}) propagates, as do
 * other I/O errors, including {@link java.nio.charset.MalformedInputException} for a file that is
 * not UTF-8.
 */
public final class BidImport {

    /**
     * Citation of the eBay bid histories of Jank &amp; Shmueli, the provenance of the bundled
     * instances made from them ({@code instances/palm-pilot-7day.json} and the others, see README).
     * It is put into a source only when given as {@link Options#provenance()}: the importer cannot
     * tell where a file's data comes from.
     */
    public static final String CITATION =
            "eBay bid histories (Jank & Shmueli, Modeling Online Auctions, 2010)";


    /** Header columns that every file must have, in the order the error messages list them. */
    public static final List<String> REQUIRED_COLUMNS = List.of("auctionid", "bid", "bidder");

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Largest accepted bid or price: {@link DiscreteDistribution#MAX_VALUE}. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal(DiscreteDistribution.MAX_VALUE);
    /** A plain decimal number with ASCII digits and an optional exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");
    private static final String ITEM = "item";
    private static final String AUCTION_TYPE = "auction_type";
    private static final String EXPECTED_HEADER = "auctionid,bid,bidder[,item,auction_type]";
    static final Pattern DAYS =
            Pattern.compile("(\\d+)\\s*(?:-\\s*)?(?:days?)?(?:\\s+auction)?", Pattern.CASE_INSENSITIVE);

    private BidImport() {
    }

    /**
     * What to import and how.
     *
     * <p><b>Item filter.</b> The filter is first compared with each item in the file ignoring case
     * and surrounding blanks; if that finds an item, those rows are used. Otherwise it is taken as
     * a case-insensitive substring ({@code "palm"} finds {@code "Palm Pilot M515 PDA"}), which must
     * then match exactly one distinct item; a substring that matches several items is an error
     * listing them.
     *
     * <p><b>Auction-type filter.</b> Either a number of days ({@code "7"}, {@code "7 day"},
     * {@code "7-day"}, {@code "7 day auction"}), which matches every {@code auction_type} value
     * that reads as the same number of days, or any other text, compared ignoring case and
     * surrounding blanks.
     *
     * @param item        keep only rows of this item (see above); empty keeps every row, which
     *                    needs a file of one item: several items are never pooled silently
     * @param auctionType keep only rows of this auction length (see above); empty keeps every row,
     *                    which needs one auction type among the rows kept
     * @param step        price grid: draws are rounded half up to multiples of {@code step};
     *                    finite and {@code > 0}, default {@link #DEFAULT_STEP}; not above the
     *                    largest bid kept (unless every bid is 0)
     * @param name        instance name; empty derives one from the filters or the file name
     * @param buyers      number of buyers {@code n >= 1}; empty uses the median number of
     *                    distinct bidders per auction
     * @param provenance  where the data comes from (e.g. {@link #CITATION}), put at the start of
     *                    the instance's source; empty states only the file name, filters, counts
     *                    and rule, since nothing else is known of an arbitrary file
     */
    public record Options(Optional<String> item, Optional<String> auctionType, double step,
                          Optional<String> name, OptionalInt buyers, Optional<String> provenance) {

        /** Default price step: whole currency units. */
        public static final double DEFAULT_STEP = 1.0;

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException if {@code step} is not finite and positive, a filter or
         *                                  name is blank, or {@code buyers < 1}
         */
        public Options {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(auctionType, "auctionType");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(buyers, "buyers");
            Objects.requireNonNull(provenance, "provenance");
            if (!(step > 0) || !Double.isFinite(step)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "step = %s; the price step must be a finite number > 0, "
                                + "e.g. 1 for whole dollars or 0.01 for cents", step));
            }
            if (item.isPresent() && item.get().isBlank()) {
                throw new IllegalArgumentException("item filter is blank; give an item name "
                        + "such as 'Palm Pilot M515 PDA', or no item filter to keep every item");
            }
            if (auctionType.isPresent() && auctionType.get().isBlank()) {
                throw new IllegalArgumentException("auction type filter is blank; give e.g. "
                        + "'7 day auction' or '7', or no filter to keep every auction type");
            }
            if (name.isPresent() && name.get().isBlank()) {
                throw new IllegalArgumentException("name is blank; give a short name, or none "
                        + "to derive one from the filters");
            }
            if (provenance.isPresent() && provenance.get().isBlank()) {
                throw new IllegalArgumentException("source is blank; say where the bids come from "
                        + "(e.g. a citation), or give none to record only the file, filters and counts");
            }
            if (buyers.isPresent() && buyers.getAsInt() < 1) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "buyers = %d; there must be at least 1 buyer (leave it unset to use the "
                                + "median number of bidders per auction)", buyers.getAsInt()));
            }
        }

        /** No filters, step {@link #DEFAULT_STEP}, derived name, median number of buyers. */
        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), DEFAULT_STEP,
                    Optional.empty(), OptionalInt.empty(), Optional.empty());
        }

        /** The same options keeping only rows of {@code item} (exact or substring, see above). */
        public Options withItem(String item) {
            return new Options(Optional.of(item), auctionType, step, name, buyers, provenance);
        }

        /** The same options keeping only auctions of this type, e.g. {@code "7 day auction"} or {@code "7"}. */
        public Options withAuctionType(String auctionType) {
            return new Options(item, Optional.of(auctionType), step, name, buyers, provenance);
        }

        /** The same options with another price step (finite, {@code > 0}). */
        public Options withStep(double step) {
            return new Options(item, auctionType, step, name, buyers, provenance);
        }

        /** The same options with an explicit instance name. */
        public Options withName(String name) {
            return new Options(item, auctionType, step, Optional.of(name), buyers, provenance);
        }

        /** The same options with an explicit number of buyers instead of the median. */
        public Options withBuyers(int buyers) {
            return new Options(item, auctionType, step, name, OptionalInt.of(buyers), provenance);
        }

        /** The same options with the data's provenance (a citation) at the start of the source. */
        public Options withProvenance(String provenance) {
            return new Options(item, auctionType, step, name, buyers, Optional.of(provenance));
        }
    }

    /**
     * The imported instance and how it was obtained. Maps iterate in key order.
     *
     * @param instance          the instance ({@code units = 1}, {@link TransferMode#NO_SUBSIDY})
     * @param rowsRead          lines after the header, blank ones included
     * @param rowsUsed          rows that passed the filters
     * @param rowsSkipped       reason → number of rows; sums to {@code rowsRead - rowsUsed}
     * @param auctions          number of distinct auctions used
     * @param distinctBidders   number of distinct bidder ids over the auctions used
     * @param draws             number of value draws = number of (auction, bidder) pairs
     * @param supportSize       {@code K}, the number of distinct rounded draws
     * @param medianBidders     (lower) median number of distinct bidders per auction
     * @param biddersPerAuction number of distinct bidders → number of auctions with that many
     * @param drawCounts        rounded value (exact decimal) → number of draws at that value
     * @param items             distinct {@code item} values of the rows used (empty if the file
     *                          has no item column)
     * @param auctionTypes      distinct {@code auction_type} values of the rows used (empty if
     *                          the file has no such column)
     */
    public record Result(Instance instance, int rowsRead, int rowsUsed,
                         SortedMap<String, Integer> rowsSkipped, int auctions, int distinctBidders,
                         int draws, int supportSize, int medianBidders,
                         SortedMap<Integer, Integer> biddersPerAuction,
                         SortedMap<BigDecimal, Integer> drawCounts, List<String> items,
                         List<String> auctionTypes) {

        /** Copies the collections into unmodifiable sorted ones. */
        public Result {
            Objects.requireNonNull(instance, "instance");
            rowsSkipped = Collections.unmodifiableSortedMap(new TreeMap<>(rowsSkipped));
            biddersPerAuction = Collections.unmodifiableSortedMap(new TreeMap<>(biddersPerAuction));
            drawCounts = Collections.unmodifiableSortedMap(new TreeMap<>(drawCounts));
            items = List.copyOf(items);
            auctionTypes = List.copyOf(auctionTypes);
        }
    }

    /** One parsed data row. */
    private record Row(int line, String auction, String bidder, BigDecimal bid, String item,
                       String auctionType) {
    }

    /**
     * Reads a bid history CSV and builds the instance described in the class comment.
     *
     * @param csv     the CSV file
     * @param options filters, price step, name and optional number of buyers
     * @return the instance with import statistics
     * @throws java.nio.file.NoSuchFileException if {@code csv} does not exist (not wrapped)
     * @throws IOException                       on other read errors
     * @throws IllegalArgumentException          on malformed content or filters that leave no
     *                                           rows; the message names the file, line, value
     *                                           and fix
     */
    public static Result read(Path csv, Options options) throws IOException {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(options, "options");
        String file = csv.toString();
        List<String> lines = InputFiles.readLines(csv, "a bid history");

        int headerIndex = 0;
        while (headerIndex < lines.size() && stripBom(lines.get(headerIndex)).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s is empty; expected a header line %s followed by one row per bid",
                    file, EXPECTED_HEADER));
        }
        int headerLine = headerIndex + 1;
        List<String> header = splitCsv(stripBom(lines.get(headerIndex)), file, headerLine);
        Map<String, Integer> columns = columnIndex(header, file, headerLine);
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "column '%s' is missing from the header of %s; expected %s (line %d is '%s')",
                        required, file, EXPECTED_HEADER, headerLine,
                        stripBom(lines.get(headerIndex)).strip()));
            }
        }
        requireFilterColumn(options.item(), ITEM, "item", columns, file, header);
        requireFilterColumn(options.auctionType(), AUCTION_TYPE, "auction type", columns, file, header);

        List<Row> rows = new ArrayList<>();
        int blank = 0;
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                blank++;
                continue;
            }
            rows.add(parseRow(text, i + 1, header, columns, file));
        }
        int rowsRead = lines.size() - headerIndex - 1;
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s has a header but no bid rows; add one row per bid after line %d",
                    file, headerLine));
        }

        SortedSet<String> fileItems = new TreeSet<>();
        SortedSet<String> fileTypes = new TreeSet<>();
        for (Row r : rows) {
            if (r.item() != null) {
                fileItems.add(r.item());
            }
            if (r.auctionType() != null) {
                fileTypes.add(r.auctionType());
            }
        }
        SortedSet<String> keptItems = resolveItems(options.item(), fileItems, file);
        OptionalInt filterDays = options.auctionType().map(BidImport::days).orElse(OptionalInt.empty());

        SortedMap<String, Integer> skipped = new TreeMap<>();
        if (blank > 0) {
            skipped.put("blank line", blank);
        }
        List<Row> used = new ArrayList<>();
        for (Row r : rows) {
            if (options.item().isPresent() && !keptItems.contains(r.item())) {
                skipped.merge("item is not " + quoteAll(keptItems, options.item().get()), 1, Integer::sum);
            } else if (options.auctionType().isPresent()
                    && !auctionTypeMatches(options.auctionType().get(), filterDays, r.auctionType())) {
                skipped.merge("auction type is not '" + options.auctionType().get().strip() + "'",
                        1, Integer::sum);
            } else {
                used.add(r);
            }
        }
        if (used.isEmpty()) {
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "%s: no rows left after the filter %s; the file has items [%s] and auction "
                            + "types [%s]; pick an item and auction type that occur together",
                    file, describeFilter(options), String.join(", ", fileItems),
                    String.join(", ", fileTypes)));
        }

        SortedMap<String, SortedSet<String>> auctionsByItem = new TreeMap<>();
        SortedMap<String, SortedSet<String>> auctionsByType = new TreeMap<>();
        for (Row r : used) {
            if (r.item() != null) {
                auctionsByItem.computeIfAbsent(r.item(), k -> new TreeSet<>()).add(r.auction());
            }
            if (r.auctionType() != null) {
                auctionsByType.computeIfAbsent(r.auctionType(), k -> new TreeSet<>()).add(r.auction());
            }
        }
        requireOneKind(file, options.item().isPresent(), auctionsByItem, options.auctionType().isPresent(),
                auctionsByType);

        BigDecimal step = clean(BigDecimal.valueOf(options.step()));
        BigDecimal largestBid = BigDecimal.ZERO;
        int largestLine = 0;
        for (Row r : used) {
            if (r.bid().compareTo(largestBid) > 0) {
                largestBid = r.bid();
                largestLine = r.line();
            }
        }
        requireStepBelow(step, largestBid, "bid", where(file, largestLine, columns.get("bid")));
        SortedMap<String, SortedMap<String, Row>> maxBid = new TreeMap<>();
        SortedSet<String> usedItems = new TreeSet<>();
        SortedSet<String> usedTypes = new TreeSet<>();
        for (Row r : used) {
            maxBid.computeIfAbsent(r.auction(), a -> new TreeMap<>())
                    .merge(r.bidder(), r, (x, y) -> y.bid().compareTo(x.bid()) > 0 ? y : x);
            if (r.item() != null) {
                usedItems.add(r.item());
            }
            if (r.auctionType() != null) {
                usedTypes.add(r.auctionType());
            }
        }

        SortedMap<BigDecimal, Integer> drawCounts = new TreeMap<>();
        SortedMap<BigDecimal, Integer> firstLine = new TreeMap<>();
        SortedMap<Integer, Integer> biddersPerAuction = new TreeMap<>();
        SortedSet<String> bidders = new TreeSet<>();
        int[] perAuction = new int[maxBid.size()];
        int a = 0;
        int draws = 0;
        for (SortedMap<String, Row> auction : maxBid.values()) {
            perAuction[a++] = auction.size();
            biddersPerAuction.merge(auction.size(), 1, Integer::sum);
            for (Map.Entry<String, Row> e : auction.entrySet()) {
                bidders.add(e.getKey());
                BigDecimal rounded = roundToStep(e.getValue().bid(), step);
                drawCounts.merge(rounded, 1, Integer::sum);
                firstLine.merge(rounded, e.getValue().line(), Math::min);
                draws++;
            }
        }
        Arrays.sort(perAuction);
        int lowerMedian = perAuction[(perAuction.length - 1) / 2];
        int upperMedian = perAuction[perAuction.length / 2];

        double[] values = new double[drawCounts.size()];
        double[] weights = new double[drawCounts.size()];
        int j = 0;
        double largest = drawCounts.lastKey().doubleValue();
        BigDecimal previous = null;
        for (Map.Entry<BigDecimal, Integer> e : drawCounts.entrySet()) {
            values[j] = e.getKey().doubleValue();
            weights[j] = e.getValue();
            // The checks of DiscreteDistribution, made here so that the message names a line of the file.
            if (j > 0 && !(values[j] - values[j - 1] >= DiscreteDistribution.MIN_RELATIVE_SPACING * largest)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: the bid rounds to %s, which differs from %s (line %d) by less than %s of the "
                                + "largest bid %s, so double precision cannot tell them apart; use a coarser --step "
                                + "than %s",
                        where(file, firstLine.get(e.getKey()), columns.get("bid")), decimal(e.getKey()),
                        decimal(previous), firstLine.get(previous), limit(DiscreteDistribution.MIN_RELATIVE_SPACING),
                        decimal(drawCounts.lastKey()), decimal(step)));
            }
            previous = e.getKey();
            j++;
        }
        if (largest > 0 && largest < DiscreteDistribution.MIN_LARGEST_VALUE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: the largest bid rounds to %s, below %s, where revenue and surplus would underflow; "
                            + "express the bids in smaller units", where(file, firstLine.get(drawCounts.lastKey()),
                            columns.get("bid")), decimal(drawCounts.lastKey()),
                    limit(DiscreteDistribution.MIN_LARGEST_VALUE)));
        }
        DiscreteDistribution distribution = DiscreteDistribution.ofWeights(values, weights);

        int buyers = options.buyers().orElse(lowerMedian);
        String medianWord = lowerMedian == upperMedian ? "median" : "lower median";
        String buyersText = options.buyers().isPresent()
                ? String.format(Locale.ROOT, "buyers = %d (given; the %s number of distinct "
                        + "bidders per auction is %d)", buyers, medianWord, lowerMedian)
                : String.format(Locale.ROOT, "buyers = %s number of distinct bidders per auction (%d)",
                        medianWord, lowerMedian);
        String source = String.format(Locale.ROOT,
                "%s %s, %s: %d auctions, %d draws = each bidder's maximum bid per auction, "
                        + "rounded to a step of %s; %s",
                sourceStart(options.provenance()), fileName(csv),
                selection(options, usedItems, usedTypes), maxBid.size(),
                draws, step.toPlainString(), buyersText);
        String name = options.name().orElseGet(() -> defaultName(csv, options, usedItems, usedTypes));
        Instance instance = new Instance(name, buyers, 1, TransferMode.NO_SUBSIDY, distribution, source);
        return new Result(instance, rowsRead, used.size(), skipped, maxBid.size(), bidders.size(),
                draws, distribution.size(), lowerMedian, biddersPerAuction, drawCounts,
                new ArrayList<>(usedItems), new ArrayList<>(usedTypes));
    }

    /**
     * Rounds a non-negative bid to the nearest multiple of {@code step}, exact halves up, and
     * strips trailing zeros (scale never below 0).
     */
    static BigDecimal roundToStep(BigDecimal bid, BigDecimal step) {
        if (bid.compareTo(step.multiply(HALF)) < 0) {
            // below half a step: 0, without dividing (a bid such as 1e-999999999 overflows the division)
            return BigDecimal.ZERO;
        }
        BigDecimal multiple = bid.divide(step, 0, RoundingMode.HALF_UP);
        return clean(multiple.multiply(step));
    }

    private static BigDecimal clean(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Row parseRow(String text, int line, List<String> header,
                                Map<String, Integer> columns, String file) {
        List<String> f = splitCsv(text, file, line);
        if (f.size() != header.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s, line %d: '%s' has %d fields but the header has %d (%s); give one value "
                            + "per column and quote values that contain commas",
                    file, line, abbreviate(text), f.size(), header.size(), String.join(",", header)));
        }
        String auction = f.get(columns.get("auctionid")).strip();
        String bidder = f.get(columns.get("bidder")).strip();
        String bidText = f.get(columns.get("bid")).strip();
        if (auction.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: auctionid '' is empty; every row needs the id of its auction",
                    where(file, line, columns.get("auctionid"))));
        }
        if (bidder.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: bidder '' is empty; every row needs a bidder id "
                            + "(use one id such as bidder_private for masked bidders)",
                    where(file, line, columns.get("bidder"))));
        }
        BigDecimal bid = parseAmount(bidText, "bid", where(file, line, columns.get("bid")));
        Integer itemColumn = columns.get(ITEM);
        Integer typeColumn = columns.get(AUCTION_TYPE);
        return new Row(line, auction, bidder, bid,
                itemColumn == null ? null : f.get(itemColumn).strip(),
                typeColumn == null ? null : f.get(typeColumn).strip());
    }

    /** A limit such as {@code 1e15} or {@code 1e-13} as the other messages write it. */
    private static String limit(double x) {
        return Double.toString(x).replace(".0E", "E").replace('E', 'e');
    }

    /** A decimal as written in messages: plain unless that is longer than 24 characters. */
    private static String decimal(BigDecimal x) {
        String plain = x.toPlainString();
        return plain.length() <= 24 ? plain : x.toString().replace("E+", "e").replace('E', 'e');
    }

    /** {@code "file, line 17, column 2"}; {@code column} is zero-based. */
    static String where(String file, int line, int column) {
        return String.format(Locale.ROOT, "%s, line %d, column %d", file, line, column + 1);
    }

    /**
     * Parses a bid or price as written in the file: a plain decimal number with ASCII digits and
     * an optional exponent ({@code 12.50}, {@code 1.2e3}), finite, {@code >= 0} and at most
     * {@link DiscreteDistribution#MAX_VALUE}. Every message starts with {@code where} (file, line
     * and column) and quotes the text.
     *
     * @param what the column's name in the message: {@code bid} or {@code price}
     */
    static BigDecimal parseAmount(String text, String what, String where) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %s '' is empty; give the %s as a plain number such as 12.50 or delete the row",
                    where, what, what));
        }
        if (NON_FINITE.matcher(text).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %s '%s' is not a finite number; %ss must be finite numbers >= 0, so fix or delete "
                            + "the row", where, what, text, what));
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %s '%s' is not a number; write %ss as plain decimal numbers such as 12.50 "
                            + "(ASCII digits, no currency signs or thousands separators)",
                    where, what, abbreviate(text), what));
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            // the syntax is right, so the exponent is beyond what BigDecimal represents
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %s '%s' has an exponent out of range; %ss must be between 0 and %s",
                    where, what, abbreviate(text), what, limit(DiscreteDistribution.MAX_VALUE)), e);
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %s '%s' is negative; %ss must be >= 0, so fix or delete the row", where, what, text, what));
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %s '%s' is above %s, where double precision no longer holds the sums this tool forms; "
                            + "fix the row or express the %ss in larger units (e.g. thousands)",
                    where, what, abbreviate(text), limit(DiscreteDistribution.MAX_VALUE), what));
        }
        return amount;
    }

    private static Map<String, Integer> columnIndex(List<String> header, String file, int line) {
        Map<String, Integer> columns = new TreeMap<>();
        for (int c = 0; c < header.size(); c++) {
            String key = header.get(c).strip().toLowerCase(Locale.ROOT);
            Integer previous = columns.putIfAbsent(key, c);
            if (previous != null && (REQUIRED_COLUMNS.contains(key) || key.equals(ITEM)
                    || key.equals(AUCTION_TYPE))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s, line %d: column '%s' appears twice in the header (columns %d and %d); "
                                + "rename or remove one", file, line, key, previous + 1, c + 1));
            }
        }
        return columns;
    }

    private static void requireFilterColumn(Optional<String> filter, String column, String what,
                                            Map<String, Integer> columns, String file,
                                            List<String> header) {
        if (filter.isPresent() && !columns.containsKey(column)) {
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "%s filter '%s' needs a column '%s', but the header of %s has none (%s); "
                            + "drop the %s filter or use a file with that column",
                    what, filter.get(), column, file, String.join(",", header), what));
        }
    }

    static SortedSet<String> resolveItems(Optional<String> filter, SortedSet<String> items,
                                                  String file) {
        SortedSet<String> kept = new TreeSet<>();
        if (filter.isEmpty()) {
            return kept;
        }
        String wanted = filter.get().strip();
        for (String item : items) {
            if (item.equalsIgnoreCase(wanted)) {
                kept.add(item);
            }
        }
        if (!kept.isEmpty()) {
            return kept;
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        for (String item : items) {
            if (item.toLowerCase(Locale.ROOT).contains(lower)) {
                kept.add(item);
            }
        }
        if (kept.size() > 1) {
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "%s: item '%s' matches %d items (%s); give one of them in full",
                    file, wanted, kept.size(), String.join(", ", kept)));
        }
        return kept;
    }

    /**
     * Refuses to pool several items, or several auction types, into one value distribution when no
     * filter chose among them: a Cartier wristwatch and an Xbox are different goods, and auctions
     * of different lengths need not share one value distribution, so pooling them silently could
     * make an instance that describes none of them.
     *
     * @param auctionsByItem auction ids of the rows kept, by item (empty without an item column)
     * @param auctionsByType auction ids of the rows kept, by auction type (empty without that column)
     * @throws OptionMismatchException listing the items (auction types) with their numbers of
     *                                 auctions and naming the filter that picks one
     */
    static void requireOneKind(String file, boolean itemFiltered, SortedMap<String, SortedSet<String>> auctionsByItem,
                               boolean typeFiltered, SortedMap<String, SortedSet<String>> auctionsByType) {
        if (!itemFiltered && auctionsByItem.size() > 1) {
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "%s holds %d items (%s); importing them together would pool different goods into one value "
                            + "distribution, so choose one with --item, e.g. --item '%s'",
                    file, auctionsByItem.size(), withAuctionCounts(auctionsByItem),
                    largest(auctionsByItem)));
        }
        if (!typeFiltered && auctionsByType.size() > 1) {
            String scope = auctionsByItem.size() == 1 ? " for item '" + auctionsByItem.firstKey() + "'" : "";
            String example = largest(auctionsByType);
            OptionalInt d = days(example);
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "%s holds %d auction types%s (%s); importing them together would pool auctions of different "
                            + "lengths into one value distribution, so choose one with --auction-type, "
                            + "e.g. --auction-type %s",
                    file, auctionsByType.size(), scope, withAuctionCounts(auctionsByType),
                    d.isPresent() ? Integer.toString(d.getAsInt()) : "'" + example + "'"));
        }
    }

    private static String withAuctionCounts(SortedMap<String, SortedSet<String>> auctionsBy) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, SortedSet<String>> e : auctionsBy.entrySet()) {
            int n = e.getValue().size();
            parts.add("'" + e.getKey() + "': " + n + (n == 1 ? " auction" : " auctions"));
        }
        return String.join(", ", parts);
    }

    /** The key with the most auctions (the first such in order), as the example in a message. */
    private static String largest(SortedMap<String, SortedSet<String>> auctionsBy) {
        String best = auctionsBy.firstKey();
        for (Map.Entry<String, SortedSet<String>> e : auctionsBy.entrySet()) {
            if (e.getValue().size() > auctionsBy.get(best).size()) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * Refuses a price step above the largest amount: every draw would then round to 0 or to the step
     * itself, and the instance would say nothing about the data (a step of 1e9 on bids of a few
     * hundred dollars gave a point mass at 0). An all-zero file is left alone.
     *
     * @param what  "bid" or "price"
     * @param where file, line and column of the largest amount
     * @throws OptionMismatchException naming the largest amount and a step that fits
     */
    static void requireStepBelow(BigDecimal step, BigDecimal largest, String what, String where) {
        if (largest.signum() > 0 && step.compareTo(largest) > 0) {
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "--step %s is larger than the largest %s, %s (%s), so every %s would round to 0 or to the step "
                            + "itself; give a step well below %s, e.g. 1 for whole units or 0.01 for cents",
                    decimal(step), what, decimal(clean(largest)), where, what, decimal(clean(largest))));
        }
    }

    /** The number of days in {@code text} if it reads as one ("7", "7 day", "7-day auction"). */
    static OptionalInt days(String text) {
        Matcher m = DAYS.matcher(text.strip());
        if (m.matches()) {
            try {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    static boolean auctionTypeMatches(String filter, OptionalInt filterDays, String value) {
        if (filterDays.isPresent()) {
            OptionalInt d = days(value);
            return d.isPresent() && d.getAsInt() == filterDays.getAsInt();
        }
        return value.equalsIgnoreCase(filter.strip());
    }

    private static String describeFilter(Options o) {
        List<String> parts = new ArrayList<>();
        o.item().ifPresent(i -> parts.add("item '" + i.strip() + "'"));
        o.auctionType().ifPresent(t -> parts.add("auction type '" + t.strip() + "'"));
        return String.join(" and ", parts);
    }

    private static String quoteAll(SortedSet<String> values, String fallback) {
        if (values.isEmpty()) {
            return "'" + fallback.strip() + "'";
        }
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add("'" + v + "'");
        }
        return String.join(" or ", quoted);
    }

    private static String selection(Options o, SortedSet<String> items, SortedSet<String> types) {
        List<String> parts = new ArrayList<>();
        if (o.item().isPresent()) {
            parts.add("item " + quoteAll(items, o.item().get()));
        }
        if (o.auctionType().isPresent()) {
            parts.add(types.isEmpty() ? o.auctionType().get().strip() : String.join(" / ", types));
        }
        return parts.isEmpty() ? "all rows" : String.join(", ", parts);
    }

    private static String defaultName(Path csv, Options o, SortedSet<String> items,
                                      SortedSet<String> types) {
        List<String> parts = new ArrayList<>();
        if (o.item().isPresent()) {
            parts.add(String.join(" / ", items));
        } else {
            String f = fileName(csv);
            parts.add(f.toLowerCase(Locale.ROOT).endsWith(".csv") ? f.substring(0, f.length() - 4) : f);
        }
        if (o.auctionType().isPresent()) {
            parts.add(String.join(" / ", types));
        }
        return String.join(", ", parts);
    }

    /**
     * The words before the file name in a source: {@code "PROVENANCE, file"}, or without a
     * provenance only what is known, {@code "bid history file"}.
     */
    static String sourceStart(Optional<String> provenance) {
        return provenance.map(p -> p.strip() + ", file").orElse("bid history file");
    }

    static String fileName(Path csv) {
        Path f = csv.getFileName();
        return f == null ? csv.toString() : f.toString();
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    /** Splits one CSV line; {@code "..."} quotes a field, {@code ""} inside quotes is a quote. */
    static List<String> splitCsv(String line, String file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s, line %d: '%s' has an unclosed quote; close it (fields cannot span lines)",
                    file, lineNo, abbreviate(line)));
        }
        out.add(field.toString());
        return out;
    }
}
