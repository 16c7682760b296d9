package org.paretomech.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.instance.Instance;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;
import org.paretomech.solver.ojalgo.OjAlgoSolver;

class FrontierPlotTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static FrontierAnalysis uniformTwoBuyers;
    private static FrontierAnalysis uniformFiveBuyers;

    @BeforeAll
    static void trace() {
        uniformTwoBuyers = analyse(uniform(20), 2, TransferMode.NO_SUBSIDY);
        uniformFiveBuyers = analyse(uniform(20), 5, TransferMode.NO_SUBSIDY);
    }

    /** Uniform on {@code j / k}, {@code j = 1..k}, mass {@code 1 / k} each. */
    private static DiscreteDistribution uniform(int k) {
        double[] values = new double[k];
        double[] probs = new double[k];
        for (int j = 0; j < k; j++) {
            values[j] = (j + 1.0) / k;
            probs[j] = 1.0 / k;
        }
        return DiscreteDistribution.of(values, probs);
    }

    private static FrontierAnalysis analyse(DiscreteDistribution d, int buyers, TransferMode transfers) {
        Instance instance = new Instance("u" + d.size(), buyers, 1, transfers, d, "test");
        return FrontierAnalysis.of(new FrontierTracer(new OjAlgoSolver(), Tolerances.DEFAULT).trace(instance));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO decodes the bytes").isNotNull();
        return image;
    }

    private static int count(BufferedImage image, Color color) {
        int rgb = color.getRGB() & 0xffffff;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    private static void assertReadableChart(BufferedImage image) {
        assertThat(distinctColours(image)).as("distinct colours").isGreaterThan(50);
        assertThat(count(image, Color.WHITE)).as("white background pixels")
                .isGreaterThan(image.getWidth() * image.getHeight() / 2);
        assertThat(count(image, FrontierPlot.FRONTIER_COLOR)).as("frontier-coloured pixels").isGreaterThan(100);
        assertThat(count(image, FrontierPlot.SECOND_PRICE_COLOR)).as("second-price pixels").isGreaterThan(50);
        assertThat(count(image, FrontierPlot.KS_COLOR)).as("KS marker pixels").isGreaterThan(50);
        assertThat(count(image, FrontierPlot.NASH_COLOR)).as("Nash marker pixels").isGreaterThan(30);
        assertThat(count(image, FrontierPlot.CROSS_SIDE_COLOR)).as("cross-side Nash marker pixels").isGreaterThan(30);
    }

    @Test
    void defaultSizeIsAPngOfThatSize() throws IOException {
        byte[] png = FrontierPlot.png(uniformTwoBuyers);

        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(FrontierPlot.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(FrontierPlot.DEFAULT_HEIGHT);
        assertReadableChart(image);
    }

    @Test
    void requestedSizesAreHonoured() throws IOException {
        for (int[] size : new int[][] {{800, 600}, {FrontierPlot.MIN_WIDTH, FrontierPlot.MIN_HEIGHT}, {1600, 1200}}) {
            BufferedImage image = decode(FrontierPlot.png(uniformFiveBuyers, size[0], size[1]));

            assertThat(image.getWidth()).isEqualTo(size[0]);
            assertThat(image.getHeight()).isEqualTo(size[1]);
            assertReadableChart(image);
        }
    }

    @Test
    void renderingIsDeterministic() {
        byte[] first = FrontierPlot.png(uniformTwoBuyers, 800, 600);

        assertThat(FrontierPlot.png(uniformTwoBuyers, 800, 600)).isEqualTo(first);
    }

    @Test
    void pointMassAtZeroHasASingleVertexAndStillRenders() throws IOException {
        FrontierAnalysis analysis = analyse(DiscreteDistribution.pointMass(0.0), 2, TransferMode.NO_SUBSIDY);
        assertThat(analysis.frontier().vertices()).hasSize(1);

        BufferedImage image = decode(FrontierPlot.png(analysis));

        assertThat(image.getWidth()).isEqualTo(FrontierPlot.DEFAULT_WIDTH);
        assertThat(count(image, FrontierPlot.KS_COLOR)).isGreaterThan(50);
        assertThat(distinctColours(image)).isGreaterThan(20);
    }

    @Test
    void pointMassWithZeroLowestUtilityHasASingleVertexAwayFromTheOrigin() throws IOException {
        FrontierAnalysis analysis = analyse(DiscreteDistribution.pointMass(1.0), 2, TransferMode.ZERO_LOWEST_UTILITY);
        assertThat(analysis.frontier().vertices()).hasSize(1);

        BufferedImage image = decode(FrontierPlot.png(analysis, 800, 600));

        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(count(image, FrontierPlot.FRONTIER_COLOR)).isGreaterThan(20);
    }

    @Test
    void pointMassWithOneBuyerRenders() throws IOException {
        FrontierAnalysis analysis = analyse(DiscreteDistribution.pointMass(1.0), 1, TransferMode.NO_SUBSIDY);

        assertReadableChart(decode(FrontierPlot.png(analysis)));
    }

    @Test
    void rendersHeadless() {
        assumeTrue(System.getenv("DISPLAY") == null, "a display is available; headless mode is not forced");
        FrontierPlot.png(uniformTwoBuyers, 800, 600);

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void sizesOutOfRangeAreRejectedWithTheValue() {
        assertThatThrownBy(() -> FrontierPlot.png(uniformTwoBuyers, 10, 600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width = 10")
                .hasMessageContaining(String.valueOf(FrontierPlot.MIN_WIDTH));
        assertThatThrownBy(() -> FrontierPlot.png(uniformTwoBuyers, 800, FrontierPlot.MAX_SIDE + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("height = " + (FrontierPlot.MAX_SIDE + 1));
        assertThatThrownBy(() -> FrontierPlot.png(null, 800, 600)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void palmPilotShowsTheColourOfEveryAuctionRegime() throws IOException {
        FrontierAnalysis palm = org.paretomech.api.Paretomech.instance("instances/palm-pilot-7day.json").solve()
                .analysis();
        BufferedImage image = decode(FrontierPlot.png(palm));

        assertReadableChart(image);
        for (FrontierAnnotations.Regime r : FrontierAnnotations.regimes(palm)) {
            assertThat(count(image, FrontierPlot.shapeColor(r.shape()))).as(r.text()).isGreaterThan(10);
        }
    }

    @Test
    void numbersKeepFourSignificantDigitsWithoutTrailingZeros() {
        assertThat(FrontierPlot.number(0.5)).isEqualTo("0.5");
        assertThat(FrontierPlot.number(0.05)).isEqualTo("0.05");
        assertThat(FrontierPlot.number(0.93333333)).isEqualTo("0.9333");
        assertThat(FrontierPlot.number(12.0)).isEqualTo("12");
        assertThat(FrontierPlot.number(0.0)).isEqualTo("0");
    }
}
