package org.paretomech.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress is drawn only when standard error itself is a terminal. */
class TerminalTest {

    @Test
    void terminalDevicesAreRecognisedAndFilesAreNot() {
        assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/console")).isTrue();
        assertThat(Terminal.isTerminalDevice("/tmp/err.txt")).isFalse();
        assertThat(Terminal.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
    }

    /** {@code 2> err.txt}: the descriptor link points at a file, so no progress frames go into it. */
    @Test
    void aDescriptorRedirectedToAFileIsNotATerminal(@TempDir Path dir) throws IOException {
        Path log = Files.createFile(dir.resolve("err.txt"));
        Path fd = Files.createSymbolicLink(dir.resolve("2"), log);
        assertThat(Terminal.isTerminal(fd)).isFalse();
        Path tty = Files.createSymbolicLink(dir.resolve("3"), Path.of("/dev/pts/0"));
        assertThat(Terminal.isTerminal(tty)).isTrue();
    }

    /** Under Surefire standard error is a pipe: the suite never draws progress. */
    @Test
    void theTestJvmsStandardErrorIsNotATerminal() {
        assertThat(Terminal.progressWanted()).isFalse();
    }
}
