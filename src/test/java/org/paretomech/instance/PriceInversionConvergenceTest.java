package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * Synthetic closing prices whose value distribution is known: simulate M second-price auctions
 * (price = second-highest of n i.i.d. draws, n drawn from {3, 5, 8}), invert, and compare with
 * the true CDF.
 *
 * <p><b>Tolerance.</b> Conditionally on the bidder counts, the empirical price CDF {@code G_j}
 * has standard deviation {@code sqrt(G_j (1 - G_j) / M)}, and by the delta method the inverted
 * {@code F_j} has standard deviation {@code sqrt(G_j (1 - G_j) / M) / H'(F_j)}, where
 * {@code H' = Σ w_n n (n-1) F^{n-2} (1-F)} is the derivative of the pooled second-order-statistic
 * CDF. {@code H'} vanishes at both ends (at 0 because every n >= 3, at 1 always), so the
 * inversion is ill-conditioned in the tails: the checks are restricted to levels whose true
 * {@code F} lies in [0.05, 0.95]. Each level must be within {@code Z = 4} delta-method standard
 * deviations (19 to 40 levels: a false alarm has probability about 1e-3 under the normal
 * approximation); the stated tolerance for the Kolmogorov distance at a given M is the largest
 * of these per-level bounds, checked at the largest M for each of 5 replicates. Convergence is
 * checked on the mean distance over the replicates (see {@link #assertDecreasing}). The seeds are
 * fixed, so the runs are reproducible.
 */
class PriceInversionConvergenceTest {

    private static final int[] BIDDERS = {3, 5, 8};
    private static final double Z = 4;
    private static final double F_LOW = 0.05;
    private static final double F_HIGH = 0.95;
    private static final int REPLICATES = 5;

    /** Values U{1, ..., 20}: F(v) = v / 20. */
    @Test
    void discreteUniformConverges() {
        int top = 20;
        double[] distances = new double[3];
        int[] sizes = {500, 5000, 50000};
        for (int i = 0; i < sizes.length; i++) {
            for (int rep = 0; rep < REPLICATES; rep++) {
                Random rng = new Random(1000L + 100L * i + rep);
                Check c = simulateAndCompare(sizes[i], rng, top, 1.0,
                        r -> 1 + r.nextInt(top), v -> (double) v / top);
                distances[i] += c.distance / REPLICATES;
                report("U{1..20}", sizes[i], rep, c);
                if (i == sizes.length - 1) {
                    assertThat(c.distance).isLessThan(c.tolerance);
                    assertThat(c.worstRatio).isLessThan(Z);
                }
            }
        }
        assertDecreasing(distances);
    }

    /**
     * Exponential(1) on a grid of step 0.1: value index {@code k = min(floor(E / 0.1), 40)}, so
     * {@code F(0.1 k) = 1 - exp(-0.1 (k + 1))} below the cap and 1 at it.
     */
    @Test
    void discretisedExponentialConverges() {
        int cap = 40;
        double[] distances = new double[3];
        int[] sizes = {500, 5000, 50000};
        for (int i = 0; i < sizes.length; i++) {
            for (int rep = 0; rep < REPLICATES; rep++) {
                Random rng = new Random(2000L + 100L * i + rep);
                Check c = simulateAndCompare(sizes[i], rng, cap, 0.1,
                        r -> Math.min((int) Math.floor(-Math.log(1 - r.nextDouble()) / 0.1), cap),
                        k -> k >= cap ? 1.0 : 1 - Math.exp(-0.1 * (k + 1)));
                distances[i] += c.distance / REPLICATES;
                report("Exp grid", sizes[i], rep, c);
                if (i == sizes.length - 1) {
                    assertThat(c.distance).isLessThan(c.tolerance);
                    assertThat(c.worstRatio).isLessThan(Z);
                }
            }
        }
        assertDecreasing(distances);
    }

    /** Real data: Palm Pilot M515, 7-day auctions (skipped when the unlicensed file is absent). */
    @Test
    void palmPilotSevenDayClosingPrices() throws IOException {
        Path csv = Path.of("../shared/data/raw/ebay_bids_cartier_palm_xbox.csv");
        assumeTrue(Files.isRegularFile(csv), "no " + csv);
        PriceInversion.Result r = PriceInversion.fromEbayCsv(csv, Optional.of("Palm Pilot"), Optional.of("7"), 1);
        DiscreteDistribution d = r.distribution();
        System.out.printf("Palm Pilot 7-day: M = %d auctions used, %d skipped (< 2 bidders), K = %d, n = %d, "
                        + "prices [%s, %s], mean value %.3f, bidders per auction %s, residual %.1e%n",
                r.auctionsUsed(), r.auctionsSkipped(), d.size(), r.instance().buyers(), d.value(0),
                d.maxValue(), d.mean(), r.biddersPerAuction(), r.maxResidual());
        System.out.println("source: " + r.instance().source());
        // 194 auctions, 12 with one bidder (recount with awk over the raw file).
        assertThat(r.auctionsUsed()).isEqualTo(182);
        assertThat(r.auctionsSkipped()).isEqualTo(12);
        assertThat(r.instance().buyers()).isEqualTo(11);
        assertThat(r.maxResidual()).isLessThan(1e-12);
        double[] f = r.valueCdf();
        for (int j = 1; j < f.length; j++) {
            assertThat(f[j]).isGreaterThan(f[j - 1]);
        }
        // With n around 11 the second-highest value sits high in F: the lowest price maps to a
        // value quantile well above the price quantile 1/182.
        assertThat(f[0]).isGreaterThan(r.priceCdf()[0]);
    }

    /**
     * The mean Kolmogorov distance over the replicates must fall by at least a factor 2 per
     * tenfold M (the 1 / sqrt(M) rate predicts about 3.2), and be below 0.01 at M = 50000: the
     * largest per-level delta-method standard deviation there is about 0.0024 (printed
     * tolerances / Z), so a mean sup-error of 0.01 would be four of them.
     */
    private static void assertDecreasing(double[] meanDistances) {
        System.out.printf("mean Kolmogorov distances over %d replicates: %s%n", REPLICATES,
                Arrays.toString(meanDistances));
        assertThat(meanDistances[1]).isLessThan(meanDistances[0] / 2);
        assertThat(meanDistances[2]).isLessThan(meanDistances[1] / 2);
        assertThat(meanDistances[2]).isLessThan(0.01);
    }

    private static void report(String what, int m, int rep, Check c) {
        System.out.printf("%s  M = %6d  rep %d  K = %2d  Kolmogorov distance on F in [0.05, 0.95] = %.5f"
                + "  (tolerance %.5f, worst level at %.2f sd)%n", what, m, rep, c.levels, c.distance,
                c.tolerance, c.worstRatio);
    }

    private record Check(double distance, double tolerance, double worstRatio, int levels) {
    }

    private interface Draw {
        int next(Random rng);
    }

    /**
     * Simulates M auctions with values {@code step * draw}, inverts, and compares F at every grid
     * point whose true CDF is in [F_LOW, F_HIGH]. The estimated CDF at a grid point is that of
     * the highest price level at or below it (0 below the lowest level).
     */
    private static Check simulateAndCompare(int m, Random rng, int top, double step, Draw draw,
                                            IntToDoubleFunction trueCdf) {
        double[] prices = new double[m];
        int[] n = new int[m];
        int[] perN = new int[BIDDERS.length];
        for (int a = 0; a < m; a++) {
            int which = rng.nextInt(BIDDERS.length);
            perN[which]++;
            n[a] = BIDDERS[which];
            int[] values = new int[n[a]];
            for (int b = 0; b < n[a]; b++) {
                values[b] = draw.next(rng);
            }
            Arrays.sort(values);
            prices[a] = values[n[a] - 2] * step;
        }
        PriceInversion.Result r = PriceInversion.fromPrices(prices, n, step, "synthetic");
        double[] levels = r.priceLevels();
        double[] f = r.valueCdf();
        double distance = 0;
        double tolerance = 0;
        double worst = 0;
        for (int v = 0; v <= top; v++) {
            double truth = trueCdf.applyAsDouble(v);
            if (truth < F_LOW || truth > F_HIGH) {
                continue;
            }
            double estimate = 0;
            for (int j = 0; j < levels.length && Math.round(levels[j] / step) <= v; j++) {
                estimate = f[j];
            }
            double g = 0;
            double slope = 0;
            for (int i = 0; i < BIDDERS.length; i++) {
                double w = (double) perN[i] / m;
                int k = BIDDERS[i];
                g += w * PriceInversion.secondHighestCdf(k, truth);
                slope += w * k * (k - 1) * Math.pow(truth, k - 2) * (1 - truth);
            }
            double sd = Math.sqrt(g * (1 - g) / m) / slope;
            double error = Math.abs(estimate - truth);
            distance = Math.max(distance, error);
            tolerance = Math.max(tolerance, Z * sd);
            worst = Math.max(worst, error / sd);
        }
        return new Check(distance, tolerance, worst, levels.length);
    }
}
