package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep --plot}: both charts are written, the row files do not change, a bad overlay is an input error. */
class SweepPlotCliTest {

    @TempDir
    Path tmp;

    private Path experiment(String overlay) throws IOException {
        Path f = tmp.resolve("e.json");
        Files.writeString(f, """
                {"name": "tiny", "families": [{"name": "uniform"}, {"name": "lomax", "shape": 3}],
                 "buyers": [2, 3], "points": 30%s}
                """.formatted(overlay));
        return f;
    }

    @Test
    void plotWritesBothChartsAndLeavesTheRowFilesAsTheyWere() throws IOException {
        Path e = experiment(", \"overlay\": [{\"family\": \"lomax\"}]");
        Path out = tmp.resolve("out");
        CliRun first = CliRun.of("sweep", e.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(first.code()).as(first.describe()).isZero();
        byte[] jsonl = Files.readAllBytes(out.resolve("rows.jsonl"));
        byte[] csv = Files.readAllBytes(out.resolve("rows.csv"));
        assertThat(out.resolve("frontiers.png")).doesNotExist();

        CliRun plotted = CliRun.of("sweep", e.toString(), "--out", out.toString(), "--plot");
        assertThat(plotted.code()).as(plotted.describe()).isZero();
        assertThat(plotted.out()).contains("0 computed, 4 reused");
        for (String name : new String[] {"frontiers.png", "welfare-ratio.png"}) {
            Path png = out.resolve(name);
            assertThat(Files.size(png)).as(name).isPositive();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(name + " decodes").isNotNull();
        }
        // the overlay re-solves its rows in memory: rows.jsonl and rows.csv are byte for byte unchanged
        assertThat(Files.readAllBytes(out.resolve("rows.jsonl"))).isEqualTo(jsonl);
        assertThat(Files.readAllBytes(out.resolve("rows.csv"))).isEqualTo(csv);
    }

    @Test
    void aBadOverlayIsInvalidInputInOneLineBeforeAnyRowRuns() throws IOException {
        Path e = experiment(", \"overlay\": [{\"family\": \"lomax\", \"buyers\": 7}]");
        Path out = tmp.resolve("bad");
        CliRun.of("sweep", e.toString(), "--out", out.toString(), "--plot")
                .assertFailure(ExitCode.INVALID_INPUT)
                .assertErrContains("e.json", "\"overlay[0].buyers\" = 7", "[2, 3]");
        assertThat(out).doesNotExist();
    }
}
