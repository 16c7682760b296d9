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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The instance argument and the options that override its fields; shared by commands. */
final class InstanceOptions {

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance file (JSON).")
    Path file;

    // long, so that an absurd value gets the range message below, not the int-overflow one.
    @Option(names = "--buyers", paramLabel = "N", description = "Number of buyers (overrides the file).")
    Long buyers;

    @Option(names = "--units", paramLabel = "K", description = "Number of identical units (overrides the file).")
    Long units;

    @Option(names = "--transfers", paramLabel = "MODE", converter = TransferModeConverter.class,
            description = "no-subsidy or zero-lowest-utility (overrides the file).")
    TransferMode transfers;

    /** The command this mixin belongs to, for usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * Reads the instance with the overrides. Option values are checked first: an override out of
     * range, or one that does not fit the file ({@code --units} above its buyers), is a usage
     * error (exit 2); a bad file is invalid input (exit 3).
     */
    Instance read() throws IOException {
        return InstanceJson.read(file, overrides());
    }

    InstanceOverrides overrides() {
        checkRange("--buyers", buyers, "buyer");
        checkRange("--units", units, "unit");
        return new InstanceOverrides(
                buyers == null ? OptionalInt.empty() : OptionalInt.of(buyers.intValue()),
                units == null ? OptionalInt.empty() : OptionalInt.of(units.intValue()),
                Optional.ofNullable(transfers));
    }

    private void checkRange(String option, Long value, String what) {
        if (value != null && value < 1) {
            throw Usage.error(spec, String.format(Locale.ROOT,
                    "%s %d is invalid; there must be at least 1 %s", option, value, what));
        }
        if (value != null && value > Instance.MAX_BUYERS) {
            throw Usage.error(spec, String.format(Locale.ROOT,
                    "%s %d is too large; this tool supports at most %d %ss", option, value, Instance.MAX_BUYERS, what));
        }
    }

    /**
     * An unknown transfer label is a bad option value, i.e. a usage error (exit 2) like a bad
     * --format. Case is ignored on the command line, as for the other named option values.
     */
    static final class TransferModeConverter implements ITypeConverter<TransferMode> {
        @Override
        public TransferMode convert(String value) {
            try {
                return TransferMode.fromLabel(value.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(String.format(Locale.ROOT, "transfers = \"%s\" is unknown; use one of %s",
                        value, java.util.Arrays.stream(TransferMode.values()).map(TransferMode::label)
                                .collect(java.util.stream.Collectors.joining(", "))));
            }
        }
    }
}
