package org.paretomech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paretomech.sweep.BargainingConcept;
import org.paretomech.sweep.Experiment;
import org.paretomech.sweep.SweepRow;
import org.paretomech.sweep.SweepRunner;

/** The sweep script of the README's library-API section compiles as written and prints the sweep's numbers. */
class ReadmeSweepScriptTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    /** The README's java block that declares {@code class SweepScript}. */
    private static String script() throws Exception {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            if (m.group(1).contains("public class SweepScript")) {
                return m.group(1);
            }
        }
        throw new AssertionError("README.md has no java block with public class SweepScript");
    }

    /** What the script must print: the bundled eBay experiment's rows, computed by the runner directly. */
    private static String expected() throws Exception {
        SweepRunner.Result r = new SweepRunner().run(Experiment.read(Path.of("experiments/ebay-auctions.json")), 2,
                SweepRunner.Listener.none());
        assertThat(r.rows()).hasSize(12).allMatch(SweepRow::ok);
        StringBuilder sb = new StringBuilder();
        for (SweepRow row : r.rows()) {
            SweepRow.Outcome o = row.outcome().orElseThrow();
            sb.append(String.format("%-35s n = %2d   KS %.4f   Nash %.4f%n", row.label(), row.buyers().getAsInt(),
                    o.solution(BargainingConcept.KALAI_SMORODINSKY).orElseThrow().welfareRatio(),
                    o.solution(BargainingConcept.NASH).orElseThrow().welfareRatio()));
        }
        return sb.toString();
    }

    @Test
    void theReadmeSweepScriptCompilesAndPrintsTheRowsOfTheBundledExperiment(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("SweepScript.java");
        Files.writeString(source, script());
        String printed = JavaScripts.compileAndRun(source, "SweepScript", dir);
        assertThat(printed).isEqualTo(expected());
        assertThat(printed.lines().findFirst().orElseThrow()).startsWith("../instances/palm-pilot-7day.json")
                .contains("n =  2");
    }
}
