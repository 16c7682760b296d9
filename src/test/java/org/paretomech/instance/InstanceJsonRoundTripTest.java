package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paretomech.distribution.DiscreteDistribution;

/**
 * {@link InstanceJson#write} then {@link InstanceJson#parse} on random instances (K <= 20, any
 * finite non-negative doubles as values, random positive weights).
 *
 * <p>Values, buyers, units, transfers, name and source always survive bit for bit. Masses do not
 * always: {@link DiscreteDistribution#of} renormalises the probabilities it reads, and the written
 * masses (already normalised) sum to 1 only up to a few ulps, so dividing by that sum again can
 * change their last bits (about 40 % of random instances). The exact property is therefore
 * disabled until {@code DiscreteDistribution.of} keeps probabilities that already sum to 1 within
 * rounding; {@link #massesSurviveWithinRounding} pins down what holds today.
 */
class InstanceJsonRoundTripTest {

    /** Relative change of a mass when already-normalised masses (K <= 20) are normalised again. */
    private static final double RENORMALISATION_ERROR = 1e-14;

    @Property(tries = 300, seed = "20260201")
    void everythingButTheMassesSurvivesBitForBit(@ForAll("instances") Instance in) {
        Instance back = roundTrip(in);
        assertThat(back.name()).isEqualTo(in.name());
        assertThat(back.buyers()).isEqualTo(in.buyers());
        assertThat(back.units()).isEqualTo(in.units());
        assertThat(back.transfers()).isEqualTo(in.transfers());
        assertThat(back.source()).isEqualTo(in.source());
        InstanceJsonTest.assertBitIdentical(back.distribution().values(), in.distribution().values());
    }

    @Property(tries = 300, seed = "20260202")
    void massesSurviveWithinRounding(@ForAll("instances") Instance in) {
        double[] expected = in.distribution().masses();
        double[] actual = roundTrip(in).distribution().masses();
        for (int j = 0; j < expected.length; j++) {
            assertThat(Math.abs(actual[j] - expected[j])).as("mass %d", j)
                    .isLessThanOrEqualTo(RENORMALISATION_ERROR * expected[j]);
        }
    }

    @Property(tries = 300, seed = "20260203")
    void massesSurviveBitForBit(@ForAll("instances") Instance in) {
        InstanceJsonTest.assertBitIdentical(roundTrip(in).distribution().masses(), in.distribution().masses());
    }

    /** Dyadic masses sum to exactly 1, so these survive bit for bit today. */
    @Property(tries = 200, seed = "20260204")
    void dyadicMassesSurviveBitForBit(@ForAll("dyadicInstances") Instance in) {
        Instance back = roundTrip(in);
        assertThat(back).isEqualTo(in);
        InstanceJsonTest.assertBitIdentical(back.distribution().masses(), in.distribution().masses());
    }

    private static Instance roundTrip(Instance in) {
        String json = InstanceJson.write(in);
        return InstanceJson.parse(json, "not-used", InstanceOverrides.NONE);
    }

    @Provide
    Arbitrary<Instance> instances() {
        // Any double the reader accepts: up to DiscreteDistribution.MAX_VALUE, largest value not
        // underflowing, spacings resolvable relative to the largest value.
        Arbitrary<double[]> values = Arbitraries.oneOf(
                        Arbitraries.doubles().between(0, 1e6),
                        Arbitraries.doubles().between(0, DiscreteDistribution.MAX_VALUE),
                        Arbitraries.longs().between(0, Double.doubleToRawLongBits(DiscreteDistribution.MAX_VALUE))
                                .map(Double::longBitsToDouble))
                .list().ofMinSize(1).ofMaxSize(20).uniqueElements()
                .map(l -> l.stream().mapToDouble(Double::doubleValue).sorted().toArray())
                .filter(InstanceJsonRoundTripTest::accepted);
        Arbitrary<double[]> weights = Arbitraries.doubles().between(1e-6, 1e3).ofScale(12).list().ofSize(20)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
        return Combinators.combine(values, weights, header())
                .as((v, w, h) -> h.with(DiscreteDistribution.ofWeights(v, Arrays.copyOf(w, v.length))));
    }

    private static boolean accepted(double[] v) {
        double max = v[v.length - 1];
        if (max > 0 && max < DiscreteDistribution.MIN_LARGEST_VALUE) {
            return false;
        }
        for (int j = 1; j < v.length; j++) {
            if (v[j] - v[j - 1] < DiscreteDistribution.MIN_RELATIVE_SPACING * max) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<Instance> dyadicInstances() {
        // masses 2^-e over a list whose total is 1: split the unit mass by repeated halving
        Arbitrary<double[]> values = Arbitraries.doubles().between(0, 1e4).list().ofMinSize(1).ofMaxSize(20)
                .uniqueElements().map(l -> l.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        return Combinators.combine(values, header()).as((v, h) -> {
            double[] m = new double[v.length];
            double rest = 1.0;
            for (int j = 0; j < v.length - 1; j++) {
                m[j] = rest / 2;
                rest -= m[j];
            }
            m[v.length - 1] = rest;
            return h.with(DiscreteDistribution.of(v, m));
        });
    }

    /** Everything but the distribution. */
    private record Header(String name, int buyers, int units, TransferMode transfers, String source) {
        Instance with(DiscreteDistribution d) {
            return new Instance(name, buyers, units, transfers, d, source);
        }
    }

    private static Arbitrary<Header> header() {
        Arbitrary<Integer> buyers = Arbitraries.integers().between(1, Instance.MAX_BUYERS).withDistribution(
                net.jqwik.api.RandomDistribution.biased());
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20)
                .injectDuplicates(0.1).edgeCases(c -> c.add(""));
        return Combinators.combine(text, buyers, Arbitraries.integers().between(1, 20),
                        Arbitraries.of(List.of(TransferMode.values())), text)
                .as((name, n, k, t, src) -> new Header(name, n, Math.min(k, n), t, src));
    }
}
