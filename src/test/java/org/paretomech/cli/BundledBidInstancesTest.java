package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paretomech.instance.BidImport;

/**
 * The bundled eBay instances are exactly what README's {@code import-bids} command makes of the
 * combined file in {@code ../shared/data/raw} (skipped when that file is absent): the same
 * distribution, buyers and name, and the Jank &amp; Shmueli provenance given by {@code --source}.
 */
class BundledBidInstancesTest {

    private static final Path COMBINED = Path.of("../shared/data/raw/ebay_bids_cartier_palm_xbox.csv");

    @ParameterizedTest
    @CsvSource({"Palm Pilot, palm-pilot-7day", "Xbox, xbox-7day", "Cartier, cartier-7day"})
    void bundledInstanceIsWhatTheReadmeCommandWrites(String item, String name) throws IOException {
        assumeTrue(Files.isRegularFile(COMBINED), "combined eBay file not present: " + COMBINED);
        CliRun run = CliRun.of("import-bids", COMBINED.toString(), "--item", item, "--auction-type", "7",
                "--step", "1", "--name", name, "--source", BidImport.CITATION);
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("instances", name + ".json"), StandardCharsets.UTF_8));
    }

    /** The README's command carries the citation, so a copy of it reproduces the bundled files. */
    @Test
    void readmeCommandGivesTheProvenance() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("--source \"" + BidImport.CITATION + "\"");
    }
}
