package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.distribution.ContinuousFamily;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.distribution.Discretisation;
import org.paretomech.distribution.DiscretisedFamily;

/** Happy paths of {@link InstanceJson}: defaults, normalisation, overrides, families, writing. */
class InstanceJsonTest {

    private static final String THREE_POINT = "{\"buyers\": 2, \"values\": [0, 1, 2], "
            + "\"probabilities\": [0.25, 0.25, 0.5]}";

    @TempDir
    Path dir;

    private static Instance parse(String json) {
        return InstanceJson.parse(json, "default-name", InstanceOverrides.NONE);
    }

    private static InstanceOverrides overrides(Integer buyers, Integer units, TransferMode transfers) {
        return new InstanceOverrides(buyers == null ? OptionalInt.empty() : OptionalInt.of(buyers),
                units == null ? OptionalInt.empty() : OptionalInt.of(units), Optional.ofNullable(transfers));
    }

    @Test
    void defaultsAreOneUnitNoSubsidyAndTheGivenName() {
        Instance in = parse(THREE_POINT);
        assertThat(in.name()).isEqualTo("default-name");
        assertThat(in.buyers()).isEqualTo(2);
        assertThat(in.units()).isEqualTo(1);
        assertThat(in.transfers()).isEqualTo(TransferMode.NO_SUBSIDY);
        assertThat(in.source()).isEmpty();
        assertThat(in.distribution().values()).containsExactly(0, 1, 2);
        assertThat(in.distribution().masses()).containsExactly(0.25, 0.25, 0.5);
    }

    @Test
    void explicitFieldsAreRead() {
        Instance in = parse("{\"name\": \"explicit\", \"buyers\": 5, \"units\": 3, "
                + "\"transfers\": \"zero-lowest-utility\", \"values\": [1.5, 2.5], "
                + "\"probabilities\": [0.75, 0.25], \"source\": \"by hand\"}");
        assertThat(in).isEqualTo(new Instance("explicit", 5, 3, TransferMode.ZERO_LOWEST_UTILITY,
                DiscreteDistribution.of(new double[] {1.5, 2.5}, new double[] {0.75, 0.25}), "by hand"));
    }

    @Test
    void transfersAcceptTheLabelAndTheEnumName() {
        assertThat(parse(THREE_POINT.replace("{", "{\"transfers\": \"ZERO_LOWEST_UTILITY\", ")).transfers())
                .isEqualTo(TransferMode.ZERO_LOWEST_UTILITY);
        assertThat(parse(THREE_POINT.replace("{", "{\"transfers\": \"no-subsidy\", ")).transfers())
                .isEqualTo(TransferMode.NO_SUBSIDY);
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAreAccepted() {
        assertThat(parse(THREE_POINT.replace("\"buyers\": 2", "\"buyers\": 2.0")).buyers()).isEqualTo(2);
    }

    @Test
    void countsAreNormalised() {
        Instance in = parse("{\"buyers\": 2, \"values\": [0, 1, 2], \"counts\": [1, 3, 4]}");
        assertThat(in.distribution().masses()).containsExactly(0.125, 0.375, 0.5);

        Instance odd = parse("{\"buyers\": 2, \"values\": [0, 1, 2], \"counts\": [1, 1, 1]}");
        assertThat(odd.distribution()).isEqualTo(
                DiscreteDistribution.ofWeights(new double[] {0, 1, 2}, new double[] {1, 1, 1}));
        assertThat(odd.distribution().mass(0)).isEqualTo(1.0 / 3);
    }

    @Test
    void probabilitiesWithinTheToleranceAreAcceptedAndRenormalised() {
        Instance in = parse("{\"buyers\": 2, \"values\": [0, 1], \"probabilities\": [0.5, 0.5000000001]}");
        double[] m = in.distribution().masses();
        assertThat(m[0] + m[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(m[0]).isLessThan(m[1]);
    }

    @Test
    void overridesReplaceTheFileFields() {
        String file = "{\"buyers\": 2, \"units\": 1, \"transfers\": \"no-subsidy\", "
                + "\"values\": [0, 1], \"probabilities\": [0.5, 0.5]}";
        Instance in = InstanceJson.parse(file, "x", overrides(7, 3, TransferMode.ZERO_LOWEST_UTILITY));
        assertThat(in.buyers()).isEqualTo(7);
        assertThat(in.units()).isEqualTo(3);
        assertThat(in.transfers()).isEqualTo(TransferMode.ZERO_LOWEST_UTILITY);

        Instance onlyBuyers = InstanceJson.parse(file, "x", overrides(4, null, null));
        assertThat(onlyBuyers.buyers()).isEqualTo(4);
        assertThat(onlyBuyers.units()).isEqualTo(1);
        assertThat(onlyBuyers.transfers()).isEqualTo(TransferMode.NO_SUBSIDY);
    }

    @Test
    void aBuyersOverrideSuppliesAMissingBuyersField() {
        Instance in = InstanceJson.parse("{\"values\": [0, 1], \"probabilities\": [0.5, 0.5]}", "x",
                overrides(3, null, null));
        assertThat(in.buyers()).isEqualTo(3);
    }

    @Test
    void overridesAreValidatedLikeFileFields() {
        // an override that does not fit the file is the option's fault: OptionMismatchException (exit 2)
        assertThatThrownBy(() -> InstanceJson.parse(THREE_POINT, "x", overrides(null, 3, null)))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessageContaining("units = 3 (--units) exceeds buyers = 2 (from the file)");
        assertThatThrownBy(() -> InstanceJson.parse(THREE_POINT.replace("\"buyers\": 2", "\"buyers\": 2, \"units\": 2"),
                "x", overrides(1, null, null)))
                .isInstanceOf(OptionMismatchException.class)
                .hasMessageContaining("units = 2 (from the file) exceeds buyers = 1 (--buyers)", "use --buyers 2 or more");
        assertThatThrownBy(() -> InstanceJson.parse(THREE_POINT, "x", overrides(0, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buyers = 0");
    }

    /** Issue 6: "values": [-0.0, 1] was accepted (-0 >= 0) and printed back as -0.0 (minValue, reserves). */
    @Test
    void negativeZeroValueIsStoredAsZero() {
        Instance in = parse("{\"buyers\": 2, \"values\": [-0.0, 1], \"probabilities\": [0.5, 0.5]}");
        assertThat(Double.doubleToRawLongBits(in.distribution().value(0))).isZero();
        assertThat(InstanceJson.write(in)).contains("[ 0.0, 1.0 ]").doesNotContain("-0");
    }

    @Test
    void familyInstancesAreDiscretised() {
        Instance in = parse("{\"name\": \"u4\", \"buyers\": 2, "
                + "\"family\": {\"name\": \"uniform\", \"lo\": 0, \"hi\": 1, \"points\": 4, \"scheme\": \"left\"}}");
        DiscretisedFamily expected = Discretisation.discretise(ContinuousFamily.of("uniform", Map.of()), 4,
                Discretisation.Scheme.LEFT);
        assertThat(in.distribution()).isEqualTo(expected.distribution());
        assertThat(in.distribution().values()).containsExactly(0, 0.25, 0.5, 0.75);
        assertThat(in.distribution().masses()).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(in.source()).as("the discretisation says what it did").isEqualTo(expected.source());
        assertThat(in.units()).isEqualTo(1);
        assertThat(in.transfers()).isEqualTo(TransferMode.NO_SUBSIDY);
    }

    @Test
    void familyDefaultsAndOptions() {
        Instance defaults = parse("{\"buyers\": 2, \"family\": {\"name\": \"uniform\"}}");
        assertThat(defaults.supportSize()).isEqualTo(1000);

        Instance ranged = parse("{\"buyers\": 2, \"source\": \"mine\", \"family\": {\"name\": \"exponential\", "
                + "\"rate\": 2, \"points\": 5, \"binning\": \"equal-width\", \"range\": [0, 3], \"scheme\": \"mid\"}}");
        DiscretisedFamily expected = Discretisation.discretise(ContinuousFamily.of("exponential", Map.of("rate", 2.0)),
                Discretisation.Options.of(5, Discretisation.Scheme.MID)
                        .withBinning(Discretisation.Binning.EQUAL_WIDTH).withLo(0).withHi(3));
        assertThat(ranged.distribution()).isEqualTo(expected.distribution());
        assertThat(ranged.source()).as("an explicit source is kept").isEqualTo("mine");
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        assertThat(parse("\uFEFF" + THREE_POINT)).isEqualTo(parse(THREE_POINT));
    }

    @Test
    void readTakesTheDefaultNameFromTheFileName() throws IOException {
        Path file = Files.writeString(dir.resolve("my-instance.json"), THREE_POINT, StandardCharsets.UTF_8);
        Instance in = InstanceJson.read(file, InstanceOverrides.NONE);
        assertThat(in.name()).isEqualTo("my-instance");
        assertThat(in.distribution()).isEqualTo(parse(THREE_POINT).distribution());
    }

    @Test
    void readReportsProblemsWithTheFileName() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"buyers\": 0, \"values\": [1], "
                + "\"probabilities\": [1]}");
        assertThatThrownBy(() -> InstanceJson.read(file, InstanceOverrides.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("buyers = 0");
    }

    @Test
    void readSeparatesUnreadableFromInvalid() throws IOException {
        assertThatThrownBy(() -> InstanceJson.read(dir.resolve("missing.json"), InstanceOverrides.NONE))
                .isInstanceOf(NoSuchFileException.class);
        Path sub = Files.createDirectory(dir.resolve("sub.json"));
        assertThatThrownBy(() -> InstanceJson.read(sub, InstanceOverrides.NONE))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining(sub.toString())
                .hasMessageContaining("is a directory");
        Path latin1 = Files.write(dir.resolve("latin1.json"),
                "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> InstanceJson.read(latin1, InstanceOverrides.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(latin1 + ": the file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void writeUsesAStableFieldOrder() {
        Instance in = new Instance("w", 3, 2, TransferMode.ZERO_LOWEST_UTILITY,
                DiscreteDistribution.of(new double[] {0.5, 1}, new double[] {0.5, 0.5}), "src");
        String json = InstanceJson.write(in);
        List<String> order = List.of("\"name\"", "\"buyers\"", "\"units\"", "\"transfers\"", "\"values\"",
                "\"probabilities\"", "\"source\"");
        int last = -1;
        for (String f : order) {
            int at = json.indexOf(f);
            assertThat(at).as(f + " in " + json).isGreaterThan(last);
            last = at;
        }
        assertThat(json).endsWith("}\n").contains("\"zero-lowest-utility\"");
    }

    /** Awkward doubles survive a write/parse round trip bit for bit; the masses here sum to exactly 1. */
    @Test
    void writeThenParseIsBitIdenticalForAwkwardValues() {
        // Within the accepted range (DiscreteDistribution.MAX_VALUE, MIN_RELATIVE_SPACING).
        double[] values = {0.0, 0.1, 1.0 / 3, Math.nextUp(1.0), Math.PI, 12345.678901234567, 999999.5, 1e6};
        double[] masses = {0.5, 0.125, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625};
        Instance in = new Instance("awkward \"name\"\twith\nescapes \u00e9", 4, 2, TransferMode.ZERO_LOWEST_UTILITY,
                DiscreteDistribution.of(values, masses), "line one\nline two");
        Instance back = InstanceJson.parse(InstanceJson.write(in), "other", InstanceOverrides.NONE);
        assertThat(back).isEqualTo(in);
        assertBitIdentical(back.distribution().values(), values);
        assertBitIdentical(back.distribution().masses(), in.distribution().masses());
    }

    @Test
    void writeThenParseIsBitIdenticalForAFamilyInstance() {
        Instance in = parse("{\"name\": \"u8\", \"buyers\": 3, "
                + "\"family\": {\"name\": \"uniform\", \"lo\": 0, \"hi\": 1, \"points\": 8}}");
        Instance back = InstanceJson.parse(InstanceJson.write(in), "other", InstanceOverrides.NONE);
        assertThat(back).isEqualTo(in);
    }

    static void assertBitIdentical(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int j = 0; j < expected.length; j++) {
            assertThat(Double.doubleToRawLongBits(actual[j])).as("entry %d: %s vs %s", j, actual[j], expected[j])
                    .isEqualTo(Double.doubleToRawLongBits(expected[j]));
        }
    }
}
