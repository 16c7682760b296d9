package org.paretomech.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paretomech.instance.BidImport;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.PriceInversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paretomech import-bids CSV}: a bid history becomes an instance file. */
@Command(name = "import-bids", mixinStandardHelpOptions = true,
        description = {"Turn an eBay bid history (CSV) into an instance file.",
                "Each bidder's maximum bid per auction is one value draw, rounded to --step; buyers = median "
                        + "number of distinct bidders per auction."})
final class ImportBidsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CSV",
            description = "Bid history with columns auctionid, bid, bidder[, item, auction_type].")
    Path csv;

    @Option(names = "--format", defaultValue = "ebay", paramLabel = "FORMAT",
            description = "Input format; only 'ebay' (Jank & Shmueli bid histories) so far.")
    String format;

    enum Method { max_bid, closing_price }

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "max_bid",
            description = {"max_bid (default): each bidder's maximum bid per auction is a value draw;",
                    "closing_price: invert the distribution of the second-highest of n values from each",
                    "auction's closing price and number of bidders (assumes i.i.d. private values, price =",
                    "second-highest value, no binding reserve)."})
    Method method;

    @Option(names = "--item", paramLabel = "TEXT",
            description = "Keep rows of this item (exact, case-insensitive; else a unique substring). "
                    + "Needed when the file holds several items: they are never pooled.")
    String item;

    @Option(names = "--auction-type", paramLabel = "TEXT",
            description = "Keep rows of this auction type, e.g. '7 day auction' or just 7. "
                    + "Needed when the rows kept hold several auction types.")
    String auctionType;

    @Option(names = "--step", paramLabel = "STEP", defaultValue = "1",
            description = "Round values to multiples of STEP, halves up (default 1); at most the largest bid.")
    double step;

    @Option(names = "--name", paramLabel = "NAME", description = "Instance name (default: item and auction type).")
    String name;

    @Option(names = "--buyers", paramLabel = "N", description = "Number of buyers instead of the median.")
    Integer buyers;

    @Option(names = "--source", paramLabel = "TEXT",
            description = "Where the bids come from (e.g. a citation), put at the start of the instance's "
                    + "source; without it the source states only the file, filters, counts and rule.")
    String source;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the instance here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!"ebay".equalsIgnoreCase(format.strip())) {
            throw Usage.error(spec, "--format " + format + " is unknown; the only bid format is 'ebay'");
        }
        if (method == Method.closing_price && (buyers != null || name != null)) {
            throw Usage.error(spec, "--buyers and --name are not supported with --method closing_price; "
                    + "edit the written instance instead");
        }
        Usage.refuseToOverwriteInput(spec, Usage.typedName(spec, "-o", "--output"), output, csv);
        // The options are validated (step, blank filters, buyers) before the file is read.
        BidImport.Options o = Usage.check(spec, this::options);
        if (method == Method.closing_price) {
            PriceInversion.Result r = PriceInversion.fromEbayCsv(csv, java.util.Optional.ofNullable(item),
                    java.util.Optional.ofNullable(auctionType), step, java.util.Optional.ofNullable(source));
            String json = InstanceJson.write(r.instance());
            emit(json, String.format(Locale.ROOT,
                    "inverted closing prices of %d auctions (%d skipped: fewer than 2 bidders) -> K = %d price levels, "
                            + "n = %d buyers (median)", r.auctionsUsed(), r.auctionsSkipped(),
                    r.instance().supportSize(), r.instance().buyers()));
            return ExitCode.OK.code();
        }
        BidImport.Result r = BidImport.read(csv, o);
        emit(InstanceJson.write(r.instance()), String.format(Locale.ROOT,
                "imported %d auctions, %d draws -> K = %d support points, n = %d buyers (median of %d auctions)",
                r.auctions(), r.draws(), r.supportSize(), r.instance().buyers(), r.auctions()));
        return ExitCode.OK.code();
    }

    private BidImport.Options options() {
        BidImport.Options o = BidImport.Options.defaults().withStep(step);
        if (item != null) {
            o = o.withItem(item);
        }
        if (auctionType != null) {
            o = o.withAuctionType(auctionType);
        }
        if (name != null) {
            o = o.withName(name);
        }
        if (source != null) {
            o = o.withProvenance(source);
        }
        if (buyers != null) {
            o = o.withBuyers(buyers);
            if (buyers > org.paretomech.instance.Instance.MAX_BUYERS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "--buyers %d is too large; this tool supports at most %d buyers", buyers,
                        org.paretomech.instance.Instance.MAX_BUYERS));
            }
        }
        return o;
    }

    /** Writes the instance (file or stdout), then the summary on stderr: one line if writing fails. */
    private void emit(String json, String summary) {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            AtomicOutput.writeFile(output, Usage.typedName(spec, "-o", "--output"), json);
            err.println(summary);
            err.println("wrote " + output);
        } else {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
            err.println(summary);
        }
    }
}
