package org.paretomech.cli;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on standard error, shown only when standard error is a terminal and
 * updated at most ten times a second; silent otherwise.
 */
final class Progress {

    private final PrintWriter err;
    private final String what;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long last;

    Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
        this.enabled = Terminal.progressWanted();
    }

    void update(int solves) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < 100_000_000L) {
            return;
        }
        last = now;
        err.printf("\r%s: %d solves, %.1f s", what, solves, (now - start) / 1e9);
        err.flush();
    }

    void done(String summary) {
        if (enabled) {
            err.printf("\r%s: %s%n", what, summary);
            err.flush();
        }
    }
}
