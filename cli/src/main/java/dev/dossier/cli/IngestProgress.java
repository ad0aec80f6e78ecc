package dev.dossier.cli;

import dev.dossier.core.Rejection;
import dev.dossier.engine.IngestListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows an ingest's progress on stderr: a bar redrawn in place on a terminal (articles,
 * articles/s, share of input read, ETA), otherwise a plain log line every few seconds. Rejections
 * are printed as they happen, one line each.
 */
final class IngestProgress implements IngestListener {

  private static final long TERMINAL_REFRESH_NANOS = 200_000_000L;
  private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean barShown;
  private long articles;
  private long bytesRead;
  private long bytesTotal = -1;
  private long stored;

  IngestProgress(Terminal terminal) {
    this.err = terminal.err();
    this.terminal = terminal.stderrIsTerminal();
  }

  @Override
  public void progress(long articles, long bytesRead, long bytesTotal) {
    this.articles = articles;
    this.bytesRead = bytesRead;
    this.bytesTotal = bytesTotal;
    long now = System.nanoTime();
    if (now - lastDrawn >= (terminal ? TERMINAL_REFRESH_NANOS : LOG_INTERVAL_NANOS)) {
      lastDrawn = now;
      draw(now);
    }
  }

  @Override
  public void committed(long batch, int articles) {
    stored += articles;
  }

  @Override
  public void rejected(Rejection rejection) {
    clearBar();
    err.println("rejected: " + rejection.message());
    err.flush();
  }

  /** Removes the bar so the summary starts on a clean line. */
  void finish() {
    if (!terminal && articles > 0) {
      draw(System.nanoTime());
    }
    clearBar();
  }

  private void draw(long now) {
    double seconds = (now - started) / 1e9;
    double rate = seconds > 0 ? articles / seconds : 0;
    double share = bytesTotal > 0 ? Math.min(1.0, bytesRead / (double) bytesTotal) : -1;
    String eta = share > 0.01 ? formatDuration(Duration.ofMillis((long) (seconds * (1 - share) / share * 1000))) : "?";
    if (terminal) {
      int filled = share < 0 ? 0 : (int) Math.round(share * BAR_WIDTH);
      String bar = share < 0 ? "" : "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + Math.round(share * 100) + "%  ";
      err.print(String.format(Locale.ROOT, "\r%s%,d articles  %.1f articles/s  ETA %s\u001b[K", bar, articles, rate, eta));
      barShown = true;
    } else {
      String read = share < 0 ? "" : String.format(Locale.ROOT, ", %d%% of input read, ETA %s", Math.round(share * 100), eta);
      err.println(String.format(Locale.ROOT, "ingest: %,d read, %,d stored, %.1f articles/s%s", articles, stored, rate, read));
    }
    err.flush();
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r\u001b[K");
      err.flush();
      barShown = false;
    }
  }

  static String formatDuration(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
