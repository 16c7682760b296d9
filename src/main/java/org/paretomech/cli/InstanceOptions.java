package org.paretomech.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.instance.TransferMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The instance argument and the options that override its fields; shared by commands. */
final class InstanceOptions {

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance file (JSON).")
    Path file;

    @Option(names = "--buyers", paramLabel = "N", description = "Number of buyers (overrides the file).")
    Integer buyers;

    @Option(names = "--units", paramLabel = "K", description = "Number of identical units (overrides the file).")
    Integer units;

    @Option(names = "--transfers", paramLabel = "MODE", converter = TransferModeConverter.class,
            description = "no-subsidy or zero-lowest-utility (overrides the file).")
    TransferMode transfers;

    Instance read() throws IOException {
        return InstanceJson.read(file, overrides());
    }

    InstanceOverrides overrides() {
        checkAtLeastOne("--buyers", buyers, "buyer");
        checkAtLeastOne("--units", units, "unit");
        return new InstanceOverrides(
                buyers == null ? OptionalInt.empty() : OptionalInt.of(buyers),
                units == null ? OptionalInt.empty() : OptionalInt.of(units),
                Optional.ofNullable(transfers));
    }

    /**
     * An override below one is an invalid value for the instance (exit 3), reported under the
     * option's name rather than as if the instance file held it.
     */
    private static void checkAtLeastOne(String option, Integer value, String what) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %d is invalid; there must be at least 1 %s", option, value, what));
        }
    }

    /** An unknown transfer label is a bad option value, i.e. a usage error (exit 2) like a bad --format. */
    static final class TransferModeConverter implements ITypeConverter<TransferMode> {
        @Override
        public TransferMode convert(String value) {
            try {
                return TransferMode.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
