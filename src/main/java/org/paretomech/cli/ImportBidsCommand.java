package org.paretomech.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paretomech.instance.BidImport;
import org.paretomech.instance.InstanceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paretomech import-bids CSV}: a bid history becomes an instance file. */
@Command(name = "import-bids", mixinStandardHelpOptions = true,
        description = {"Turn an eBay bid history (CSV) into an instance: each bidder's maximum bid per",
                "auction is one value draw, rounded to --step; buyers = median number of distinct",
                "bidders per auction."})
final class ImportBidsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CSV",
            description = "Bid history with columns auctionid, bid, bidder[, item, auction_type].")
    Path csv;

    @Option(names = "--format", defaultValue = "ebay", paramLabel = "FORMAT",
            description = "Input format; only 'ebay' (Jank & Shmueli bid histories) so far.")
    String format;

    @Option(names = "--item", paramLabel = "TEXT",
            description = "Keep rows of this item (exact, case-insensitive; else a unique substring).")
    String item;

    @Option(names = "--auction-type", paramLabel = "TEXT",
            description = "Keep rows of this auction type, e.g. '7 day auction' or just 7.")
    String auctionType;

    @Option(names = "--step", paramLabel = "STEP", defaultValue = "1",
            description = "Round values to multiples of STEP, halves up (default 1).")
    double step;

    @Option(names = "--name", paramLabel = "NAME", description = "Instance name (default: item and auction type).")
    String name;

    @Option(names = "--buyers", paramLabel = "N", description = "Number of buyers instead of the median.")
    Integer buyers;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the instance here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!"ebay".equals(format)) {
            throw new IllegalArgumentException("--format " + format + " is unknown; the only bid format is 'ebay'");
        }
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
        if (buyers != null) {
            o = o.withBuyers(buyers);
        }
        BidImport.Result r = BidImport.read(csv, o);
        String json = InstanceJson.write(r.instance());
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(Locale.ROOT,
                "imported %d auctions, %d draws -> K = %d support points, n = %d buyers (median of %d auctions)",
                r.auctions(), r.draws(), r.supportSize(), r.instance().buyers(), r.auctions()));
        if (output != null) {
            AtomicOutput.writeFile(output, json);
            err.println("wrote " + output);
        } else {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK.code();
    }
}
