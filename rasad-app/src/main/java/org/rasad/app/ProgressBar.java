package org.rasad.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar redrawn in place with a carriage return. Only for a terminal: when stderr
 * is redirected, {@link #forTerminal} gives a bar that prints nothing, so logs stay clean.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long total;
    private long lastDraw;

    private ProgressBar(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    /** @param total documents expected, or 0 when unknown (the bar then shows counts only) */
    static ProgressBar forTerminal(long total) {
        return new ProgressBar(System.console() != null ? System.err : null, total);
    }

    void update(long done, long failed, double perSecond) {
        long now = System.nanoTime();
        if (err == null || now - lastDraw < 100_000_000L) {
            return;  // at most ten redraws a second
        }
        lastDraw = now;
        StringBuilder s = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            s.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
            s.append(String.format(Locale.ROOT, "%3d%% ", Math.min(100, 100 * done / total)));
        }
        s.append(String.format(Locale.ROOT, "%d%s documents, %d failed, %.0f/s ", done, total > 0 ? "/" + total : "",
                failed, perSecond));
        err.print(s);
        err.flush();
    }

    void done() {
        if (err != null) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
