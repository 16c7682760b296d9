package org.paretomech.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, hostile inputs: {@code paretomech frontier /dev/zero} read until the heap ran out and
 * was reported as "out of memory: the instance is too large". Inputs are now read up to a cap
 * ({@link InputFiles#MAX_BYTES}); the cap is tested here with a small one, as the real one would
 * allocate half a gigabyte.
 */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void fileLongerThanTheCapIsRefusedWithItsName() throws IOException {
        Path file = Files.writeString(dir.resolve("big.json"), "x".repeat(101));
        assertThatThrownBy(() -> InputFiles.readText(file, "an instance file", 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + " is larger than 100 bytes, far more than an instance file holds");
        assertThat(InputFiles.readText(file, "an instance file", 101)).hasSize(101);
    }

    @Test
    void devZeroEndsAtTheCap() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertThatThrownBy(() -> InputFiles.readText(zero, "a bid history", 4096))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/dev/zero is larger than 4096 bytes");
    }

    @Test
    void directoriesAndNonUtf8AreReportedAsBefore() throws IOException {
        assertThatThrownBy(() -> InputFiles.readText(dir, "a bid history"))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("is a directory, not a bid history");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> InputFiles.readText(latin1, "a bid history")).isInstanceOf(MalformedInputException.class);
    }

    /** The same lines as Files.readAllLines: \n, \r\n and \r end a line; a final terminator adds none. */
    @Test
    void linesSplitLikeReadAllLines() throws IOException {
        for (String text : new String[] {"a\nb\n", "a\r\nb", "a\rb\r\n\n", "", "\n", "x"}) {
            Path f = Files.writeString(dir.resolve("lines.txt"), text);
            assertThat(InputFiles.readLines(f, "a file")).as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(Files.readAllLines(f));
        }
    }
}
