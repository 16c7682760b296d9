package org.paretomech.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.instance.BidImport;
import org.paretomech.instance.FamilySpecJson;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InputFiles;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.sweep.Experiment;

/**
 * The entry point for scripts: one static method per kind of input, each returning an immutable
 * {@link Problem} to refine ({@code .buyers(n)}, {@code .points(K)}, {@code .engine(LP)}, ...)
 * and {@link Problem#solve() solve}.
 *
 * <pre>{@code
 * Result r = Paretomech.family("weibull", Map.of("shape", 2.0)).points(400).buyers(5).solve();
 * System.out.println(r.kalaiSmorodinsky().welfareRatio());
 *
 * Paretomech.instance(Path.of("instances/palm-pilot-7day.json")).solve().nash();
 * Paretomech.values(new double[] {0, 1}, new double[] {0.5, 0.5}).buyers(2).solve().vertices();
 * Paretomech.samples(draws, 0.5).buyers(4).solve();
 * Paretomech.bids(Path.of("bids.csv"), "Palm Pilot", "7").solve();
 * Paretomech.sweep(Path.of("experiments/paper-claims.json")).run().rows();
 * }</pre>
 *
 * Family, values and samples problems need {@link Problem#buyers(int)}; instance files and bid
 * histories bring their own number of buyers (which {@code .buyers(n)} overrides).
 */
public final class Paretomech {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Paretomech() {
    }

    /**
     * A continuous family (MATH §8) to be discretised when the problem is solved: by default on
     * {@value FamilySpecJson#DEFAULT_POINTS} points with the {@code left} scheme and the default
     * binning, as in an instance file; change this with {@link Problem#points(int)},
     * {@link Problem#scheme(String)}, {@link Problem#binning(String)}, {@link Problem#range(double, double)}.
     *
     * @param name       one of {@code uniform, exponential, weibull, gamma, lognormal, lomax,
     *                   pareto, beta, equal-revenue} (see {@link ContinuousFamily})
     * @param parameters parameter values by name, e.g. {@code Map.of("shape", 2.0)}; integers are
     *                   accepted ({@code Map.of("shape", 2)}); parameters left out take their default
     * @throws IllegalArgumentException for an unknown family or parameter, a missing required
     *                                  parameter or a value out of range
     */
    public static Problem family(String name, Map<String, ? extends Number> parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("family parameters are null; give a map such as "
                    + "Map.of(\"shape\", 2.0), or Map.of() for the defaults");
        }
        Map<String, Double> p = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Number> e : new TreeMap<String, Number>(nullKeys(parameters)).entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s parameter %s = null; give a number or leave the parameter out for its default",
                        name, e.getKey()));
            }
            p.put(e.getKey(), e.getValue().doubleValue());
        }
        return Problem.ofFamily(ContinuousFamily.of(name, p));
    }

    /**
     * A continuous family written as text, e.g. {@code "weibull(shape=2, scale=1)"} or
     * {@code "exponential"} (every parameter at its default); see {@link #family(String, Map)}.
     *
     * @throws IllegalArgumentException for malformed text or invalid parameters
     */
    public static Problem family(String text) {
        return Problem.ofFamily(ContinuousFamily.parse(text));
    }

    /**
     * An instance file (JSON, see the README), read now: buyers, units and transfers come from the
     * file and can be overridden. A file that gives a {@code "family"} keeps it for
     * {@link Result#check()}, as the {@code check} command does.
     *
     * @throws UncheckedIOException     when the file is missing or unreadable
     * @throws IllegalArgumentException when its content is invalid (the message starts with the file name)
     */
    public static Problem instance(Path file) {
        Objects.requireNonNull(file, "file");
        Instance instance;
        ContinuousFamily family = null;
        try {
            instance = InstanceJson.read(file, InstanceOverrides.NONE);
            String text = InputFiles.readText(file, "an instance file");
            JsonNode root = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (root.has("family")) {
                family = FamilySpecJson.family(root.get("family"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the instance file (" + e.getMessage()
                    + "); check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")", e);
        }
        return Problem.ofInstance(instance, family, "instance file " + file);
    }

    /** {@link #instance(Path)} with the path given as text. */
    public static Problem instance(String file) {
        if (file == null) {
            throw new IllegalArgumentException("file is null; give the path of an instance JSON file");
        }
        return instance(Path.of(file));
    }

    /** An instance built in code; buyers, units and transfers can be overridden. */
    public static Problem instance(Instance instance) {
        if (instance == null) {
            throw new IllegalArgumentException("instance is null; build one with new Instance(...) or use "
                    + "Paretomech.values(...)");
        }
        return Problem.ofInstance(instance, null, "instance " + instance.name());
    }

    /**
     * An explicit discrete distribution: {@code values} strictly increasing and {@code >= 0},
     * {@code probabilities} positive and summing to 1 (within 1e-9). Needs {@link Problem#buyers(int)}.
     *
     * @throws IllegalArgumentException naming the bad entry and the fix
     */
    public static Problem values(double[] values, double[] probabilities) {
        DiscreteDistribution d = DiscreteDistribution.of(values, probabilities);
        return Problem.ofDistribution(d, "values", String.format(Locale.ROOT,
                "explicit distribution, K = %d support points", d.size()), "values");
    }

    /**
     * The empirical distribution of raw value draws, as the {@code import-bids} command builds it
     * from bids: each draw is rounded to the nearest multiple of {@code step}, exact halves
     * <b>up</b>, in decimal arithmetic on the draw's shortest decimal form ({@code 0.15} with step
     * {@code 0.1} gives {@code 0.2}); the distribution puts mass (number of draws at a value) /
     * (number of draws) on each distinct rounded value. Needs {@link Problem#buyers(int)}.
     *
     * @param draws value draws, finite and {@code >= 0}, at least one
     * @param step  price grid, finite and {@code > 0} (e.g. 1 for whole units, 0.01 for cents)
     * @throws IllegalArgumentException for an empty array, a negative or non-finite draw or a bad step
     */
    public static Problem samples(double[] draws, double step) {
        if (draws == null || draws.length == 0) {
            throw new IllegalArgumentException("draws are " + (draws == null ? "null" : "empty")
                    + "; give at least one value draw");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "step = %s; the price step must be a finite number > 0, e.g. 1 for whole units or 0.01 "
                            + "for cents", step));
        }
        BigDecimal grid = clean(BigDecimal.valueOf(step));
        TreeMap<BigDecimal, Integer> counts = new TreeMap<>();
        for (int i = 0; i < draws.length; i++) {
            double x = draws[i];
            if (!Double.isFinite(x) || x < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "draws[%d] = %s; value draws must be finite numbers >= 0, so fix or drop it", i, x));
            }
            BigDecimal multiple = BigDecimal.valueOf(x).divide(grid, 0, RoundingMode.HALF_UP);
            counts.merge(clean(multiple.multiply(grid)), 1, Integer::sum);
        }
        double[] values = new double[counts.size()];
        double[] weights = new double[counts.size()];
        int j = 0;
        for (Map.Entry<BigDecimal, Integer> e : counts.entrySet()) {
            values[j] = e.getKey().doubleValue();
            weights[j] = e.getValue();
            if (j > 0 && !(values[j] > values[j - 1])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "step = %s is too fine for draws near %s: distinct multiples of the step become the same "
                                + "double; use a coarser step", grid.toPlainString(), e.getKey().toPlainString()));
            }
            j++;
        }
        DiscreteDistribution d = DiscreteDistribution.ofWeights(values, weights);
        String source = String.format(Locale.ROOT, "empirical distribution of %d value draws rounded to a step of %s "
                + "(halves up), K = %d support points", draws.length, grid.toPlainString(), d.size());
        return Problem.ofDistribution(d, "samples", source, "samples");
    }

    /**
     * An eBay bid history CSV, imported now exactly as {@code paretomech import-bids} does
     * ({@link BidImport}): each bidder's maximum bid per auction is a draw, rounded to whole units
     * (step 1, halves up); buyers = the (lower) median number of bidders per auction.
     *
     * @param csv         the CSV file (columns {@code auctionid, bid, bidder[, item, auction_type]})
     * @param item        keep only this item (exact or a unique substring, any case); null keeps all rows,
     *                    which needs a file of one item
     * @param auctionType keep only this auction length, e.g. {@code "7"} or {@code "7 day auction"}; null keeps
     *                    all rows, which needs one auction length among them
     * @throws UncheckedIOException     when the file is missing or unreadable
     * @throws IllegalArgumentException for malformed content, filters that leave no rows, or several items
     *                                  (auction lengths) left without a filter to choose one
     */
    public static Problem bids(Path csv, String item, String auctionType) {
        BidImport.Options options = BidImport.Options.defaults();
        if (item != null) {
            options = options.withItem(item);
        }
        if (auctionType != null) {
            options = options.withAuctionType(auctionType);
        }
        return bids(csv, options);
    }

    /**
     * {@link #bids(Path, String, String)} with every {@link BidImport.Options import option}
     * (price step, name, buyers).
     */
    public static Problem bids(Path csv, BidImport.Options options) {
        if (csv == null || options == null) {
            throw new IllegalArgumentException("csv and options must be given; e.g. Paretomech.bids(Path.of(\"bids.csv\"), "
                    + "BidImport.Options.defaults().withStep(0.5))");
        }
        BidImport.Result r;
        try {
            r = BidImport.read(csv, options);
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot read the bid file (" + e.getMessage()
                    + "); check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")", e);
        }
        return Problem.ofInstance(r.instance(), null, "bids " + csv);
    }

    /**
     * A sweep experiment file (the format of {@code paretomech sweep}, see {@link Experiment}), read
     * and validated now; relative paths in its {@code "instances"} start at the file's directory.
     * Run it with {@link Sweep#run()}: in memory by default, into a directory (resumable) with
     * {@link Sweep#out(Path)}.
     *
     * <pre>{@code
     * SweepResult r = Paretomech.sweep(Path.of("experiments/paper-claims.json")).run();
     * r.rows().get(0).outcome().orElseThrow().revenueMax();
     * }</pre>
     *
     * @throws UncheckedIOException     when the file is missing or unreadable
     * @throws IllegalArgumentException when its content is invalid (the message starts with the file name)
     */
    public static Sweep sweep(Path experiment) {
        if (experiment == null) {
            throw new IllegalArgumentException("experiment is null; give the path of an experiment JSON file such as "
                    + "experiments/paper-claims.json");
        }
        try {
            return Sweep.of(Experiment.read(experiment));
        } catch (IOException e) {
            throw new UncheckedIOException(experiment + ": cannot read the experiment file (" + e.getMessage()
                    + "); check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")", e);
        }
    }

    /**
     * An experiment built in code, e.g. {@code Paretomech.sweep(Experiment.parse("{...}"))}
     * (relative instance paths then start at the working directory).
     *
     * @throws IllegalArgumentException when {@code experiment} is null
     */
    public static Sweep sweep(Experiment experiment) {
        if (experiment == null) {
            throw new IllegalArgumentException("experiment is null; read one with Paretomech.sweep(Path) or build one "
                    + "with Experiment.parse(json)");
        }
        return Sweep.of(experiment);
    }

    private static <V> Map<String, V> nullKeys(Map<String, V> m) {
        for (String k : m.keySet()) {
            if (k == null) {
                throw new IllegalArgumentException("a family parameter has a null name; use names such as \"shape\"");
            }
        }
        return m;
    }

    private static BigDecimal clean(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
