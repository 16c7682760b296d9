package org.paretomech.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.paretomech.instance.Instance;
import org.paretomech.instance.InstanceJson;
import org.paretomech.instance.InstanceOverrides;
import org.paretomech.instance.TransferMode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The instance argument and the options that override its fields; shared by commands. */
final class InstanceOptions {

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance file (JSON).")
    Path file;

    @Option(names = "--buyers", paramLabel = "N", description = "Number of buyers (overrides the file).")
    Integer buyers;

    @Option(names = "--units", paramLabel = "K", description = "Number of identical units (overrides the file).")
    Integer units;

    @Option(names = "--transfers", paramLabel = "MODE",
            description = "no-subsidy or zero-lowest-utility (overrides the file).")
    String transfers;

    Instance read() throws IOException {
        InstanceOverrides o = new InstanceOverrides(
                buyers == null ? OptionalInt.empty() : OptionalInt.of(buyers),
                units == null ? OptionalInt.empty() : OptionalInt.of(units),
                transfers == null ? Optional.empty() : Optional.of(TransferMode.fromLabel(transfers)));
        return InstanceJson.read(file, o);
    }
}
