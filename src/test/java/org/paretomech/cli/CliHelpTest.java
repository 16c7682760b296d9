package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The top-level help lists each command with the first line of its description only, so that
 * line must be a whole sentence. It used to stop mid-sentence ("(ironing oracle by", "maximum bid
 * per", "number of buyers,").
 */
class CliHelpTest {

    /** Width of the command list's description column: 80 columns less "  import-bids  ". */
    private static final int SUMMARY_WIDTH = 80 - "  import-bids  ".length();

    @Test
    void everyCommandSummaryIsOneCompleteSentence() {
        CommandLine main = new CommandLine(new Main());
        for (var e : main.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue; // picocli's own
            }
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            assertThat(description).as(e.getKey()).isNotEmpty();
            String first = description[0];
            assertThat(first).as(e.getKey()).matches("[A-Z].*\\.").doesNotContain("\n");
            assertThat(first.length()).as(e.getKey() + ": " + first).isLessThanOrEqualTo(SUMMARY_WIDTH);
        }
    }

    @Test
    void helpListsEachCommandOnOneLineEndingInAFullStop() {
        CliRun run = CliRun.of("--help");
        assertThat(run.code()).as(run.describe()).isZero();
        String[] lines = run.out().split("\\R");
        List<String> entries = new ArrayList<>();
        boolean inCommands = false;
        for (String line : lines) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.matches("  \\S.*")) {
                entries.add(line.strip());
            } else if (inCommands && !line.isBlank()) {
                throw new AssertionError("the summary of " + entries.get(entries.size() - 1)
                        + " wraps onto a second line: " + line.strip());
            }
        }
        assertThat(entries).hasSize(8);
        for (String entry : entries) {
            assertThat(entry).as(run.out()).endsWith(".");
        }
    }
}
