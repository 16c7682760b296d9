package org.paretomech.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, which decides if progress lines are drawn.
 * {@code System.console()} answers for standard input and output, so {@code paretomech sweep ...
 * 2> log} on a terminal filled the log with progress frames; on Linux the target of
 * {@code /proc/self/fd/2} says where standard error really goes.
 */
final class Terminal {

    private Terminal() {
    }

    /** True when progress may be drawn: standard error is a terminal and {@code CI} is not set. */
    static boolean progressWanted() {
        return System.getenv("CI") == null && isTerminal(Path.of("/proc/self/fd/2"));
    }

    /**
     * Whether the file descriptor link {@code fd} names a terminal device ({@code /dev/pts/N},
     * {@code /dev/ttyN}, {@code /dev/console}); where such links do not exist (not Linux), whether
     * the JVM has a console.
     */
    static boolean isTerminal(Path fd) {
        try {
            return isTerminalDevice(Files.readSymbolicLink(fd).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether {@code target}, the target of a file-descriptor link, is a terminal device. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
