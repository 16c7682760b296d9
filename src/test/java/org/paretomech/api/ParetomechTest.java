package org.paretomech.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.analysis.CharacterisationCheck;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.cli.Main;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.FrontierTracer;
import org.paretomech.frontier.IroningEngine;
import org.paretomech.instance.BidImport;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.instance.TransferMode;
import org.paretomech.numeric.Tolerances;

class ParetomechTest {

    private static final Path WEIBULL = Path.of("instances/weibull-n5.json");
    private static final Path TWO_POINT = Path.of("instances/two-point.json");
    private static final Path XBOX = Path.of("src/test/resources/data/ebay_xbox_7day_bids_mit.csv");

    private static Frontier trace(Instance in) {
        return new FrontierTracer(new IroningEngine(Tolerances.DEFAULT), Tolerances.DEFAULT).trace(in);
    }

    private static void assertSameInstance(Instance a, Instance b) {
        assertThat(a.name()).isEqualTo(b.name());
        assertThat(a.buyers()).isEqualTo(b.buyers());
        assertThat(a.units()).isEqualTo(b.units());
        assertThat(a.transfers()).isEqualTo(b.transfers());
        assertThat(a.distribution().values()).containsExactly(b.distribution().values());
        assertThat(a.distribution().masses()).containsExactly(b.distribution().masses());
        assertThat(a.source()).isEqualTo(b.source());
    }

    private static void assertSameVertices(Result r, Frontier f) {
        List<Vertex> v = r.vertices();
        assertThat(v).hasSize(f.vertices().size());
        for (int i = 0; i < v.size(); i++) {
            FrontierPoint p = f.vertices().get(i);
            assertThat(v.get(i).index()).isEqualTo(i);
            assertThat(v.get(i).revenue()).isEqualTo(p.revenue());
            assertThat(v.get(i).surplus()).isEqualTo(p.surplus());
            assertThat(v.get(i).welfare()).isEqualTo(p.welfare());
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        return out.toString();
    }

    @Test
    void familyEqualsTheInstanceFileAndTheCli() throws IOException {
        Problem p = Paretomech.family("weibull", Map.of("shape", 2.0)).points(400).buyers(5).name("weibull-n5");
        Instance file = InstanceJson.read(WEIBULL, InstanceOverrides.NONE);
        assertSameInstance(p.instance(), file);

        Result r = p.solve();
        Frontier f = trace(file);
        assertSameVertices(r, f);
        FrontierAnalysis a = FrontierAnalysis.of(f);
        assertThat(r.revenueMax()).isEqualTo(f.revenueMax());
        assertThat(r.surplusMax()).isEqualTo(f.surplusMax());
        assertThat(r.welfareMax()).isEqualTo(f.welfareMax());
        assertThat(r.kalaiSmorodinsky().welfareRatio()).isEqualTo(a.kalaiSmorodinsky().welfareRatio());
        assertThat(r.nash().revenue()).isEqualTo(a.nash().revenue());
        assertThat(r.crossSideNash().surplus()).isEqualTo(a.crossSideNash().surplus());
        assertThat(r.kalaiSmorodinsky().mechanism()).isEqualTo(a.mechanismText(a.kalaiSmorodinsky()));
        assertThat(r.vertices().get(0).auction()).isEqualTo(a.auctions().get(0).text());
        assertThat(r.secondPrice().best().reserve()).isEqualTo(a.secondPrice().bestReserve().reserve());
        assertThat(r.secondPrice().monopoly().reserve()).isEqualTo(a.secondPrice().monopolyReserve().reserve());
        assertThat(r.secondPrice().reserves()).hasSize(a.secondPrice().outcomes().size());

        // byte for byte the command line's reports
        assertThat(r.json()).isEqualTo(cli("frontier", WEIBULL.toString(), "--format", "json"));
        assertThat(r.csv()).isEqualTo(cli("frontier", WEIBULL.toString(), "--format", "csv"));
        assertThat(r.table()).isEqualTo(cli("frontier", WEIBULL.toString()));

        // the characterisation check, as the check command computes it (with the continuous family)
        CharacterisationCheck c = r.check();
        assertThat(c.render()).isEqualTo(CharacterisationCheck.of(a,
                Optional.of(ContinuousFamily.of("weibull", Map.of("shape", 2.0)))).render());
        assertThat(c.passed()).isTrue();
        assertThat(Paretomech.instance(WEIBULL).solve().check().render()).isEqualTo(c.render());
    }

    @Test
    void familyTextAndIntegerParametersAreAccepted() {
        Instance a = Paretomech.family("weibull(shape=2)").points(50).buyers(3).instance();
        Instance b = Paretomech.family("weibull", Map.of("shape", 2, "scale", 1L)).points(50).buyers(3).instance();
        assertSameInstance(a, b);
        assertThat(a.supportSize()).isEqualTo(50);
    }

    @Test
    void instanceFileWithOverridesMatchesTheOverriddenFile() throws IOException {
        Result r = Paretomech.instance(TWO_POINT).buyers(3).transfers("zero-lowest-utility").solve();
        Instance file = InstanceJson.read(TWO_POINT, new InstanceOverrides(java.util.OptionalInt.of(3),
                java.util.OptionalInt.empty(), Optional.of(TransferMode.ZERO_LOWEST_UTILITY)));
        assertSameInstance(r.instance(), file);
        assertSameVertices(r, trace(file));
        assertThat(Paretomech.instance(TWO_POINT.toString()).instance().buyers()).isEqualTo(2);
    }

    @Test
    void lpEngineAgreesWithTheOracle() {
        Problem p = Paretomech.values(new double[] {0, 1, 2, 4}, new double[] {0.1, 0.4, 0.3, 0.2}).buyers(3);
        Result exact = p.solve();
        Result lp = p.engine(Engine.LP).solve();
        Result glop = p.solver("commons-math").solve();
        assertThat(lp.solver()).startsWith("lp/ojalgo");
        assertThat(glop.solver()).startsWith("lp/commons-math");
        assertThat(exact.solver()).startsWith("ironing");
        for (Result r : List.of(lp, glop)) {
            assertThat(r.vertices()).hasSameSizeAs(exact.vertices());
            for (int i = 0; i < r.vertices().size(); i++) {
                assertThat(r.vertices().get(i).revenue()).isCloseTo(exact.vertices().get(i).revenue(),
                        org.assertj.core.data.Offset.offset(1e-7));
                assertThat(r.vertices().get(i).surplus()).isCloseTo(exact.vertices().get(i).surplus(),
                        org.assertj.core.data.Offset.offset(1e-7));
            }
        }
        assertThat(p.solver("glop").engine(Engine.IRONING).solve().solver()).startsWith("ironing");
        Result grid = p.weights(5).solve();
        assertThat(grid.frontier().method()).isEqualTo("grid-5");
        assertThat(p.weights(5).weights(0).solve().frontier().method()).isEqualTo("dichotomic");
    }

    @Test
    void samplesRoundHalfUpLikeBidImport(@TempDir Path dir) throws IOException {
        double[] draws = {0.15, 1.0, 1.25, 2.35, 2.349, 0.05, 3.0, 3.0, 0.0};
        // The same draws as a bid history: one bidder per auction, so every bid is one draw.
        StringBuilder csv = new StringBuilder("auctionid,bid,bidder\n");
        for (int i = 0; i < draws.length; i++) {
            csv.append("a").append(i).append(',').append(draws[i]).append(",b").append(i).append('\n');
        }
        Path file = dir.resolve("draws.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Instance viaBids = BidImport.read(file, BidImport.Options.defaults().withStep(0.1)).instance();
        Instance viaSamples = Paretomech.samples(draws, 0.1).buyers(1).instance();
        assertThat(viaSamples.distribution().values()).containsExactly(viaBids.distribution().values());
        assertThat(viaSamples.distribution().masses()).containsExactly(viaBids.distribution().masses());
        // 0.15 -> 0.2, 0.05 -> 0.1, 1.25 -> 1.3, 2.35 -> 2.4, 2.349 -> 2.3 (halves up, decimal arithmetic)
        assertThat(viaSamples.distribution().values()).containsExactly(0.0, 0.1, 0.2, 1.0, 1.3, 2.3, 2.4, 3.0);
        assertThat(viaSamples.distribution().mass(7)).isEqualTo(2.0 / 9);

        Instance whole = Paretomech.samples(new double[] {0.5, 1.5, 2.49, 2.5}, 1).buyers(2).instance();
        assertThat(whole.distribution().values()).containsExactly(1.0, 2.0, 3.0);
        assertThat(whole.distribution().masses()).containsExactly(0.25, 0.5, 0.25);
        assertThat(whole.source()).contains("4 value draws", "step of 1");
    }

    @Test
    void bidsEqualBidImport(@TempDir Path dir) throws IOException {
        Result r = Paretomech.bids(XBOX, null, null).solve();
        Instance direct = BidImport.read(XBOX, BidImport.Options.defaults()).instance();
        assertSameInstance(r.instance(), direct);
        assertSameVertices(r, trace(direct));
        Instance four = Paretomech.bids(XBOX, null, null).buyers(4).instance();
        assertThat(four.buyers()).isEqualTo(4);
        assertThat(four.distribution().values()).containsExactly(direct.distribution().values());

        // item and auction-type filters go to BidImport unchanged
        Path file = dir.resolve("bids.csv");
        Files.writeString(file, "auctionid,bid,bidder,item,auction_type\n"
                + "1,10,a,Palm Pilot M515 PDA,7 day auction\n1,12.5,b,Palm Pilot M515 PDA,7 day auction\n"
                + "2,11,a,Palm Pilot M515 PDA,7 day auction\n2,9,c,Palm Pilot M515 PDA,7 day auction\n"
                + "3,50,d,Cartier wristwatch,7 day auction\n4,13,e,Palm Pilot M515 PDA,3 day auction\n",
                StandardCharsets.UTF_8);
        Instance palm = Paretomech.bids(file, "palm", "7").instance();
        Instance palmDirect = BidImport.read(file, BidImport.Options.defaults().withItem("palm").withAuctionType("7"))
                .instance();
        assertSameInstance(palm, palmDirect);
        assertThat(palm.distribution().values()).containsExactly(9.0, 10.0, 11.0, 13.0);
        assertThat(Paretomech.bids(file, BidImport.Options.defaults().withItem("palm").withAuctionType("7").withStep(5))
                .instance().distribution().values()).containsExactly(10.0, 15.0);
    }

    @Test
    void builderIsImmutable() {
        Problem base = Paretomech.family("exponential");
        String before = base.toString();
        Problem a = base.buyers(2);
        Problem b = base.buyers(7).units(3).points(20).scheme("mid").binning("equal-width").range(0, 5)
                .transfers(TransferMode.ZERO_LOWEST_UTILITY).name("b").engine(Engine.LP).weights(4);
        assertThat(base.toString()).isEqualTo(before);
        assertThat(base.engine()).isEqualTo(Engine.IRONING);
        assertThatThrownBy(base::instance).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".buyers(n)");
        Instance ia = a.instance();
        assertThat(ia.buyers()).isEqualTo(2);
        assertThat(ia.units()).isEqualTo(1);
        assertThat(ia.supportSize()).isEqualTo(1000);
        assertThat(ia.transfers()).isEqualTo(TransferMode.NO_SUBSIDY);
        Instance ib = b.instance();
        assertThat(ib.buyers()).isEqualTo(7);
        assertThat(ib.units()).isEqualTo(3);
        assertThat(ib.supportSize()).isEqualTo(20);
        assertThat(ib.name()).isEqualTo("b");
        assertThat(ib.distribution().maxValue()).isLessThan(5);
        assertThat(b.engine()).isEqualTo(Engine.LP);
        assertThat(a.engine()).isEqualTo(Engine.IRONING);
        assertThat(a.instance().supportSize()).isEqualTo(1000);
        assertThat(a.family()).contains(ContinuousFamily.of("exponential"));
        // results are independent of later builder calls
        Problem small = Paretomech.values(new double[] {0, 1}, new double[] {0.5, 0.5}).buyers(2);
        Result r = small.solve();
        small.buyers(5).solve();
        assertThat(r.instance().buyers()).isEqualTo(2);
    }

    @Test
    void badArgumentsNameTheValueAndTheFix() {
        Problem p = Paretomech.values(new double[] {0, 1}, new double[] {0.5, 0.5});
        assertThatThrownBy(() -> p.buyers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buyers(0)").hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> p.units(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("units(0)");
        assertThatThrownBy(() -> p.points(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points(10)").hasMessageContaining("Paretomech.family");
        assertThatThrownBy(() -> p.buyers(2).units(3).solve()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("units = 3 exceeds buyers = 2");
        assertThatThrownBy(p::solve).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".buyers(n)");
        assertThatThrownBy(() -> p.solver("cplex")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cplex").hasMessageContaining("ojalgo");
        assertThatThrownBy(() -> p.weights(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights(1)");
        assertThatThrownBy(() -> p.transfers("subsidy")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subsidy");
        assertThatThrownBy(() -> p.name(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.engine(null)).isInstanceOf(IllegalArgumentException.class);

        Problem f = Paretomech.family("weibull", Map.of("shape", 2.0));
        assertThatThrownBy(() -> f.points(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points = 0");
        assertThatThrownBy(() -> f.scheme("centre")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("centre").hasMessageContaining("left, mid, mean, right");
        assertThatThrownBy(() -> f.range(2, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range(2.0, 1.0)");
        assertThatThrownBy(() -> Paretomech.family("weibul", Map.of("shape", 2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weibull");
        assertThatThrownBy(() -> Paretomech.family("weibull", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shape is missing");
        assertThatThrownBy(() -> Paretomech.family("weibull", Map.of("shape", -1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shape = -1");
        assertThatThrownBy(() -> Paretomech.family("weibull", null)).isInstanceOf(IllegalArgumentException.class);

        assertThatThrownBy(() -> Paretomech.values(new double[] {1, 0}, new double[] {0.5, 0.5}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Paretomech.samples(new double[0], 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Paretomech.samples(new double[] {1, -2}, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("draws[1] = -2.0");
        assertThatThrownBy(() -> Paretomech.samples(new double[] {1, Double.NaN}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draws[1] = NaN");
        assertThatThrownBy(() -> Paretomech.samples(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step = 0.0");

        assertThatThrownBy(() -> Paretomech.instance(Path.of("instances/no-such-file.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no-such-file.json");
        assertThatThrownBy(() -> Paretomech.instance((String) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Paretomech.bids(XBOX, "nokia", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nokia");
        assertThatThrownBy(() -> Paretomech.bids(Path.of("no-such.csv"), null, null))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> Paretomech.instance(TWO_POINT).range(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continuous family only");
        Result r = Paretomech.instance(TWO_POINT).solve();
        assertThatThrownBy(() -> r.table(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
