package org.paretomech.instance;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.paretomech.distribution.DiscreteDistribution;

/**
 * Estimates the value distribution from second-price (English) auction <b>closing prices</b> with
 * a known number of bidders per auction, by inverting the distribution of the second-highest of
 * {@code n} i.i.d. values (Athey &amp; Haile 2002, identification of the second-price/English
 * auction from the transaction price).
 *
 * <h2>Model and assumptions</h2>
 * <ul>
 *   <li><b>Independent private values, i.i.d.</b>: in every auction the bidders' values are
 *       independent draws from one common distribution {@code F}, the same across auctions.</li>
 *   <li><b>Second-price / English format</b>: the closing price equals the second-highest value
 *       (bidding one's value is dominant). On eBay the price is the second-highest proxy bid
 *       plus one bid increment, capped at the highest bid; the increment is ignored here.</li>
 *   <li><b>The number of bidders {@code n} of each auction is known</b> and independent of the
 *       values (exogenous participation).</li>
 *   <li><b>No binding reserve</b>: the opening bid never truncates the second-highest value.</li>
 * </ul>
 * Under these assumptions the price of an auction with {@code n} bidders has CDF
 * {@code H_n(F(p))}, where {@code H_n(F) = n F^{n-1} - (n-1) F^n} is the CDF of the second
 * order statistic of {@code n} uniforms. {@code H_n} is strictly increasing on {@code [0, 1]}
 * for {@code n >= 2} ({@code H_n'(F) = n (n-1) F^{n-2} (1-F)}), so {@code F(p)} is identified.
 * Auctions with fewer than two bidders are skipped: their price is not a second-highest value
 * (it is the opening bid or some other artefact), and the count is reported.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li>Round each price to the nearest multiple of {@code step} (exact decimal arithmetic,
 *       halves up). The distinct rounded prices {@code p_1 < ... < p_K} are the support.</li>
 *   <li>{@code G_j} = fraction of the {@code M} used auctions whose rounded price is
 *       {@code <= p_j}.</li>
 *   <li><b>Pooling over different {@code n}</b>: at each level, {@code F_j} solves the moment
 *       equation {@code (1/M) Σ_a H_{n_a}(F_j) = G_j}. Its left side is the expected fraction of
 *       prices {@code <= p_j} under the model, so the estimate is consistent as {@code M} grows
 *       with a stable mix of {@code n}. The left side is a strictly increasing polynomial in
 *       {@code F_j}; it is solved by bisection on {@code [0, 1]} to {@link #F_TOLERANCE}. As
 *       {@code G} is strictly increasing over the observed levels, so is {@code F}, and every
 *       mass is positive.</li>
 *   <li>Masses {@code f_j = F_j - F_{j-1}} ({@code F_0 = 0}). At the top level {@code G_K = 1}
 *       gives {@code F_K = 1}: the mass {@code 1 - F_{K-1}} is put on the <b>highest observed
 *       price</b>. This <b>underestimates the upper tail</b>: values above the highest price are
 *       never seen in closing prices (the highest value of an auction is never revealed), so
 *       all that probability is pulled down to {@code p_K}. That is the limit of the method, not
 *       a tuning choice.</li>
 *   <li>The instance has {@code buyers} = the (lower) median number of bidders of the used
 *       auctions, one unit and {@link TransferMode#NO_SUBSIDY} transfers; its {@code source}
 *       says all of the above.</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * The sampling error of {@code G_j} is about {@code sqrt(G_j (1 - G_j) / M)}; the inversion
 * multiplies it by {@code 1 / H'(F_j)} (mixture derivative). {@code H'} vanishes at {@code F = 1}
 * and, when every auction has {@code n >= 3}, at {@code F = 0}: the estimate is ill-conditioned
 * in both tails and best in the middle of the distribution.
 *
 * <h2>Errors</h2>
 * Bad input throws {@link IllegalArgumentException} with a one-line message naming the offending
 * value (and for files the file and line) and the fix. I/O errors, including a missing file,
 * propagate unwrapped.
 */
public final class PriceInversion {

    /** Absolute tolerance on each {@code F_j} at which bisection stops. */
    public static final double F_TOLERANCE = 1e-15;

    /** {@link BidImport#CITATION}, for the provenance of instances from the Jank &amp; Shmueli data. */
    public static final String EBAY_CITATION = BidImport.CITATION;

    private static final int MAX_BISECTIONS = 200;
    private static final String SKIP_REASON = "fewer than 2 bidders";

    private PriceInversion() {
    }

    /**
     * The estimated instance and how it was obtained. Arrays are copied in and out.
     *
     * @param instance          the estimated instance (buyers = median {@code n}, one unit,
     *                          {@link TransferMode#NO_SUBSIDY})
     * @param priceLevels       the distinct rounded prices {@code p_1 < ... < p_K}, equal to the
     *                          support of the distribution
     * @param priceCdf          {@code G_j}, the empirical CDF of the rounded prices at each level
     * @param valueCdf          {@code F_j}, the inverted value CDF at each level ({@code F_K = 1})
     * @param auctionsUsed      {@code M}, auctions with at least two bidders
     * @param auctionsSkipped   auctions with fewer than two bidders (their price is not a
     *                          second-highest value)
     * @param biddersPerAuction number of bidders → number of used auctions with that many
     * @param medianBidders     lower median of the bidder counts of the used auctions
     * @param maxResidual       {@code max_j |(1/M) Σ_a H_{n_a}(F_j) - G_j|}, a certificate that
     *                          each moment equation was solved
     */
    public record Result(Instance instance, double[] priceLevels, double[] priceCdf,
                         double[] valueCdf, int auctionsUsed, int auctionsSkipped,
                         SortedMap<Integer, Integer> biddersPerAuction, int medianBidders,
                         double maxResidual) {

        /** Copies the arrays and the map. */
        public Result {
            Objects.requireNonNull(instance, "instance");
            priceLevels = priceLevels.clone();
            priceCdf = priceCdf.clone();
            valueCdf = valueCdf.clone();
            biddersPerAuction = Collections.unmodifiableSortedMap(new TreeMap<>(biddersPerAuction));
        }

        /** Copy of the price levels {@code p_j}. */
        @Override
        public double[] priceLevels() {
            return priceLevels.clone();
        }

        /** Copy of the empirical price CDF {@code G_j}. */
        @Override
        public double[] priceCdf() {
            return priceCdf.clone();
        }

        /** Copy of the inverted value CDF {@code F_j}. */
        @Override
        public double[] valueCdf() {
            return valueCdf.clone();
        }

        /** The estimated value distribution (the instance's). */
        public DiscreteDistribution distribution() {
            return instance.distribution();
        }
    }

    /**
     * {@code H_n(F) = n F^{n-1} - (n-1) F^n}, the CDF of the second-highest of {@code n} i.i.d.
     * values at a point where their common CDF is {@code F}. Evaluated as
     * {@code F^{n-1} (n - (n-1) F)}, with no cancellation.
     *
     * @param n number of bidders, {@code >= 2}
     * @param f value CDF in {@code [0, 1]}
     */
    public static double secondHighestCdf(int n, double f) {
        if (n < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "n = %d; the second-highest value needs at least 2 bidders", n));
        }
        return Math.pow(f, n - 1) * (n - (n - 1) * f);
    }

    /**
     * Inverts closing prices into a value distribution (see the class comment for the model,
     * the pooling over different {@code n} and the treatment of the top level).
     *
     * @param prices  closing price of each auction, finite and {@code >= 0}
     * @param bidders number of bidders of each auction, {@code >= 0}; auctions with fewer than 2
     *                are skipped and counted
     * @param step    price grid: prices are rounded half up to multiples of {@code step}; finite
     *                and {@code > 0}
     * @param name    instance name, not blank
     * @return the estimated instance with the price and value CDFs and counts
     * @throws IllegalArgumentException on empty or mismatched arrays, negative or non-finite
     *                                  prices, negative bidder counts, a bad step or name, or
     *                                  when no auction has 2 or more bidders
     */
    public static Result fromPrices(double[] prices, int[] bidders, double step, String name) {
        return invert(prices, bidders, step, name, "");
    }

    /**
     * Reads an eBay bid history CSV (Jank &amp; Shmueli) and inverts its closing prices.
     *
     * <p>Columns are found by name (case-insensitive, any order): {@code auctionid},
     * {@code bidder} and {@code price} are required, {@code item} and {@code auction_type} when
     * the matching filter is given. Each auction contributes its {@code price} (which must be the
     * same on all its rows) and its number of <b>distinct</b> bidder ids ({@code bidder_private}
     * counts as one). The filters work as in {@link BidImport.Options}: the item filter matches
     * an item ignoring case, or else as a substring that must match exactly one item; the
     * auction-type filter is a number of days ({@code "7"}, {@code "7 day auction"}) or other
     * text compared ignoring case. Fields may be quoted with {@code "}; blank lines are skipped;
     * the file is read as UTF-8.
     *
     * @param csv         the bid history file
     * @param item        keep only this item; empty keeps every row, which needs a file of one item
     * @param auctionType keep only this auction length; empty keeps every row, which needs one
     *                    auction type among the rows kept
     * @param step        price grid, finite and {@code > 0}, not above the highest price kept
     * @return the estimated instance, named after the filters
     * @throws IOException              on read errors (a missing file is not wrapped)
     * @throws IllegalArgumentException on malformed content (message names file, line and value),
     *                                  filters that leave nothing, several items or auction types
     *                                  left without a filter, a step above the highest price, or
     *                                  no auction with 2 or more bidders
     */
    public static Result fromEbayCsv(Path csv, Optional<String> item, Optional<String> auctionType,
                                     double step) throws IOException {
        return fromEbayCsv(csv, item, auctionType, step, Optional.empty());
    }

    /**
     * As {@link #fromEbayCsv(Path, Optional, Optional, double)}, with the data's provenance (e.g.
     * {@link #EBAY_CITATION}) at the start of the instance's source; without one the source
     * states only the file, filters, counts and method.
     *
     * @throws IllegalArgumentException also for a blank provenance
     */
    public static Result fromEbayCsv(Path csv, Optional<String> item, Optional<String> auctionType,
                                     double step, Optional<String> provenance) throws IOException {
        Objects.requireNonNull(provenance, "provenance");
        if (provenance.isPresent() && provenance.get().isBlank()) {
            throw new IllegalArgumentException("source is blank; say where the bids come from "
                    + "(e.g. a citation), or give none to record only the file, filters and counts");
        }
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(auctionType, "auctionType");
        checkStep(step);
        if (item.isPresent() && item.get().isBlank()) {
            throw new IllegalArgumentException("item filter is blank; give an item name such as "
                    + "'Palm Pilot M515 PDA', or no item filter to keep every item");
        }
        if (auctionType.isPresent() && auctionType.get().isBlank()) {
            throw new IllegalArgumentException("auction type filter is blank; give e.g. "
                    + "'7 day auction' or '7', or no filter to keep every auction type");
        }
        String file = csv.toString();
        List<String> lines = InputFiles.readLines(csv, "a bid history");
        int h = 0;
        while (h < lines.size() && BidImport.stripBom(lines.get(h)).isBlank()) {
            h++;
        }
        if (h == lines.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s is empty; expected a header line with auctionid,bidder,price columns", file));
        }
        List<String> header = BidImport.splitCsv(BidImport.stripBom(lines.get(h)), file, h + 1);
        Map<String, Integer> col = new TreeMap<>();
        for (int c = 0; c < header.size(); c++) {
            col.putIfAbsent(header.get(c).strip().toLowerCase(Locale.ROOT), c);
        }
        List<String> needed = new ArrayList<>(List.of("auctionid", "bidder", "price"));
        item.ifPresent(i -> needed.add("item"));
        auctionType.ifPresent(t -> needed.add("auction_type"));
        for (String c : needed) {
            if (!col.containsKey(c)) {
                // a filter column the file lacks is a mismatch of the options, not bad content
                boolean filter = c.equals("item") || c.equals("auction_type");
                throw (filter ? new OptionMismatchException(String.format(Locale.ROOT,
                        "%s, line %d: the %s filter needs a column '%s', but the header '%s' has none; drop the "
                                + "filter or use a file with that column", file, h + 1,
                        c.equals("item") ? "item" : "auction type", c, BidImport.stripBom(lines.get(h)).strip()))
                        : new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s, line %d: column '%s' is missing from the header '%s'; the price "
                                + "inversion needs auctionid, bidder and price (and item / "
                                + "auction_type to filter on them)",
                        file, h + 1, c, BidImport.stripBom(lines.get(h)).strip())));
            }
        }

        // Parse and validate every row, then filter.
        record Row(int line, String auction, String bidder, BigDecimal price, String item, String type) {
        }
        List<Row> rows = new ArrayList<>();
        SortedSet<String> fileItems = new TreeSet<>();
        for (int i = h + 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            int line = i + 1;
            List<String> f = BidImport.splitCsv(text, file, line);
            if (f.size() != header.size()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s, line %d: %d fields but the header has %d; give one value per column "
                                + "and quote values that contain commas",
                        file, line, f.size(), header.size()));
            }
            String auction = f.get(col.get("auctionid")).strip();
            String bidder = f.get(col.get("bidder")).strip();
            if (auction.isEmpty() || bidder.isEmpty()) {
                String column = auction.isEmpty() ? "auctionid" : "bidder";
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: %s is empty; every row needs an auction id and a bidder id",
                        BidImport.where(file, line, col.get(column)), column));
            }
            BigDecimal price = BidImport.parseAmount(f.get(col.get("price")).strip(), "price",
                    BidImport.where(file, line, col.get("price")));
            String it = col.containsKey("item") ? f.get(col.get("item")).strip() : null;
            String ty = col.containsKey("auction_type") ? f.get(col.get("auction_type")).strip() : null;
            if (it != null) {
                fileItems.add(it);
            }
            rows.add(new Row(line, auction, bidder, price, it, ty));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s has a header but no rows; add one row per bid after line %d", file, h + 1));
        }
        SortedSet<String> keptItems = BidImport.resolveItems(item, fileItems, file);
        OptionalInt days = auctionType.map(BidImport::days).orElse(OptionalInt.empty());

        SortedMap<String, SortedSet<String>> auctionsByItem = new TreeMap<>();
        SortedMap<String, SortedSet<String>> auctionsByType = new TreeMap<>();
        SortedMap<String, BigDecimal> price = new TreeMap<>();
        SortedMap<String, Integer> firstLine = new TreeMap<>();
        SortedMap<String, SortedSet<String>> bidderIds = new TreeMap<>();
        SortedSet<String> usedItems = new TreeSet<>();
        SortedSet<String> usedTypes = new TreeSet<>();
        for (Row r : rows) {
            if (item.isPresent() && !keptItems.contains(r.item())) {
                continue;
            }
            if (auctionType.isPresent() && !BidImport.auctionTypeMatches(auctionType.get(), days, r.type())) {
                continue;
            }
            BigDecimal previous = price.putIfAbsent(r.auction(), r.price());
            firstLine.putIfAbsent(r.auction(), r.line());
            if (previous != null && previous.compareTo(r.price()) != 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: price '%s' of auction %s differs from '%s' on line %d; an "
                                + "auction has one closing price, so fix the inconsistent row",
                        BidImport.where(file, r.line(), col.get("price")), r.price().toPlainString(), r.auction(),
                        previous.toPlainString(), firstLine.get(r.auction())));
            }
            bidderIds.computeIfAbsent(r.auction(), a -> new TreeSet<>()).add(r.bidder());
            if (r.item() != null) {
                usedItems.add(r.item());
                auctionsByItem.computeIfAbsent(r.item(), k -> new TreeSet<>()).add(r.auction());
            }
            if (r.type() != null) {
                usedTypes.add(r.type());
                auctionsByType.computeIfAbsent(r.type(), k -> new TreeSet<>()).add(r.auction());
            }
        }
        if (price.isEmpty()) {
            throw new OptionMismatchException(String.format(Locale.ROOT,
                    "%s: no rows left after the filters (item %s, auction type %s); the file has "
                            + "items [%s]; pick an item and auction type that occur together",
                    file, item.map(s -> "'" + s.strip() + "'").orElse("any"),
                    auctionType.map(s -> "'" + s.strip() + "'").orElse("any"),
                    String.join(", ", fileItems)));
        }
        BidImport.requireOneKind(file, item.isPresent(), auctionsByItem, auctionType.isPresent(), auctionsByType);
        String highest = price.firstKey();
        for (Map.Entry<String, BigDecimal> e : price.entrySet()) {
            if (e.getValue().compareTo(price.get(highest)) > 0) {
                highest = e.getKey();
            }
        }
        BidImport.requireStepBelow(BigDecimal.valueOf(step).stripTrailingZeros(), price.get(highest), "price",
                BidImport.where(file, firstLine.get(highest), col.get("price")));
        double[] prices = new double[price.size()];
        int[] counts = new int[price.size()];
        int a = 0;
        for (Map.Entry<String, BigDecimal> e : price.entrySet()) {
            prices[a] = e.getValue().doubleValue();
            counts[a] = bidderIds.get(e.getKey()).size();
            a++;
        }
        List<String> nameParts = new ArrayList<>();
        nameParts.add(item.isPresent() ? String.join(" / ", usedItems) : BidImport.fileName(csv));
        if (auctionType.isPresent()) {
            nameParts.add(String.join(" / ", usedTypes));
        }
        nameParts.add("price inversion");
        String origin = String.format(Locale.ROOT,
                "%s %s, %s; each auction's 'price' column with its number of distinct bidder "
                        + "ids (bidder_private counted once; eBay's price is the second-highest proxy "
                        + "bid plus one increment, the increment is ignored). ",
                BidImport.sourceStart(provenance), BidImport.fileName(csv),
                (item.isPresent() ? "item " + String.join(" / ", usedItems) : "all items")
                        + (auctionType.isPresent() ? ", " + String.join(" / ", usedTypes) : ""));
        return invert(prices, counts, step, String.join(", ", nameParts), origin);
    }

    private static Result invert(double[] prices, int[] bidders, double step, String name,
                                 String origin) {
        if (prices == null || prices.length == 0) {
            throw new IllegalArgumentException("prices is empty; give one closing price per auction");
        }
        if (bidders == null || bidders.length != prices.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "prices has %d entries but bidders has %d; give one bidder count per auction",
                    prices.length, bidders == null ? 0 : bidders.length));
        }
        checkStep(step);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is blank; give a short instance name");
        }
        BigDecimal stepDecimal = BigDecimal.valueOf(step).stripTrailingZeros();

        SortedMap<BigDecimal, Integer> priceCounts = new TreeMap<>();
        SortedMap<Integer, Integer> perN = new TreeMap<>();
        List<Integer> used = new ArrayList<>();
        int skipped = 0;
        for (int a = 0; a < prices.length; a++) {
            double p = prices[a];
            if (!Double.isFinite(p) || p < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "prices[%d] = %s is %s; closing prices must be finite numbers >= 0",
                        a, p, Double.isFinite(p) ? "negative" : "not finite"));
            }
            if (bidders[a] < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "bidders[%d] = %d is negative; give the number of bidders of each auction",
                        a, bidders[a]));
            }
            if (bidders[a] < 2) {
                skipped++;
                continue;
            }
            BigDecimal rounded = BigDecimal.valueOf(p).divide(stepDecimal, 0, RoundingMode.HALF_UP)
                    .multiply(stepDecimal);
            rounded = rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
            priceCounts.merge(rounded, 1, Integer::sum);
            perN.merge(bidders[a], 1, Integer::sum);
            used.add(bidders[a]);
        }
        int m = used.size();
        if (m == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "none of the %d auctions has 2 or more bidders; a closing price is the "
                            + "second-highest value only when there are at least 2 bidders",
                    prices.length));
        }
        Collections.sort(used);
        int median = used.get((m - 1) / 2);

        int k = priceCounts.size();
        double[] levels = new double[k];
        double[] g = new double[k];
        double[] f = new double[k];
        double[] masses = new double[k];
        int[] ns = perN.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] weights = perN.values().stream().mapToDouble(c -> (double) c / m).toArray();
        int cumulative = 0;
        int j = 0;
        double residual = 0;
        for (Map.Entry<BigDecimal, Integer> e : priceCounts.entrySet()) {
            levels[j] = e.getKey().doubleValue();
            if (j > 0 && !(levels[j] > levels[j - 1])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "step %s is too fine for prices near %s; distinct multiples of the step "
                                + "become the same double. Use a coarser step",
                        stepDecimal.toPlainString(), e.getKey().toPlainString()));
            }
            cumulative += e.getValue();
            g[j] = (double) cumulative / m;
            if (j == k - 1) {
                f[j] = 1.0; // G_K = 1, so F_K = 1: all mass above p_{K-1} sits on the top price.
            } else {
                f[j] = solve(ns, weights, g[j]);
                residual = Math.max(residual, Math.abs(pooledCdf(ns, weights, f[j]) - g[j]));
            }
            masses[j] = f[j] - (j == 0 ? 0.0 : f[j - 1]);
            if (!(masses[j] > 0)) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "inverted CDF is not increasing at price %s (F = %s after %s); the pooled "
                                + "second-order-statistic CDF should be strictly increasing",
                        e.getKey().toPlainString(), f[j], j == 0 ? 0.0 : f[j - 1]));
            }
            j++;
        }
        DiscreteDistribution distribution = DiscreteDistribution.ofWeights(levels, masses);

        StringBuilder mix = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : perN.entrySet()) {
            mix.append(mix.length() == 0 ? "" : ", ").append(e.getValue()).append(" with n = ").append(e.getKey());
        }
        String source = String.format(Locale.ROOT,
                "%sValue distribution inverted from closing prices: %d auctions used (%s), %d "
                        + "skipped with fewer than 2 bidders; prices rounded half up to a step of %s, "
                        + "giving K = %d levels. At each level p, F(p) solves mean over auctions of "
                        + "H_n(F) = fraction of prices <= p, with H_n(F) = n F^(n-1) - (n-1) F^n the "
                        + "CDF of the second-highest of n values (bisection to %.0e; largest residual "
                        + "%.1e). The mass 1 - F above the second-highest level is put on the highest "
                        + "price %s, which understates the upper tail (values above it are unobserved). "
                        + "Assumes independent private values, i.i.d. across bidders and auctions, "
                        + "second-price/English format so the price is the second-highest value, "
                        + "known and exogenous bidder counts, no binding reserve. buyers = %s number "
                        + "of bidders (%d), 1 unit, no-subsidy",
                origin, m, mix, skipped, stepDecimal.toPlainString(), k, F_TOLERANCE, residual,
                priceCounts.lastKey().toPlainString(),
                used.get((m - 1) / 2).equals(used.get(m / 2)) ? "median" : "lower median", median);
        Instance instance = new Instance(name, median, 1, TransferMode.NO_SUBSIDY, distribution, source);
        return new Result(instance, levels, g, f, m, skipped, perN, median, residual);
    }

    /** {@code Σ_n w_n H_n(F)}: the model's fraction of prices at or below a level where the value CDF is F. */
    private static double pooledCdf(int[] ns, double[] weights, double f) {
        double s = 0;
        for (int i = 0; i < ns.length; i++) {
            s += weights[i] * secondHighestCdf(ns[i], f);
        }
        return s;
    }

    /** Bisection for the F in [0, 1] with pooledCdf(F) = target; pooledCdf is strictly increasing. */
    private static double solve(int[] ns, double[] weights, double target) {
        double lo = 0;
        double hi = 1;
        for (int it = 0; it < MAX_BISECTIONS && hi - lo > F_TOLERANCE; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (pooledCdf(ns, weights, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double fl = Math.abs(pooledCdf(ns, weights, lo) - target);
        double fh = Math.abs(pooledCdf(ns, weights, hi) - target);
        return fl <= fh ? lo : hi;
    }

    private static void checkStep(double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "step = %s; the price step must be a finite number > 0, e.g. 1 for whole "
                            + "dollars or 0.01 for cents", step));
        }
    }
}
