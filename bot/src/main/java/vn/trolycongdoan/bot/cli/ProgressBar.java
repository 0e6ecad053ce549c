package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import vn.trolycongdoan.knowledge.IndexProgress;

/**
 * A one-line progress bar, redrawn in place: {@code [#######·······] 3/7 plans/002.txt}. Drawn only
 * on an interactive terminal: redirected to a file or a pipe, where {@code \r} frames would pile
 * up, it prints nothing and the summary after it says what was done.
 */
final class ProgressBar implements IndexProgress {

  private static final int WIDTH = 30;
  private static final int NAME_WIDTH = 40;

  private final PrintWriter out;
  private final boolean terminal;
  private boolean drawn;

  /**
   * @param terminal whether {@code out} is an interactive terminal; the bar is drawn only then
   */
  ProgressBar(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** A bar on standard output, drawn if it is an interactive terminal. */
  static ProgressBar forConsole(PrintWriter out) {
    return new ProgressBar(out, System.console() != null);
  }

  @Override
  public synchronized void fileDone(int done, int total, String file) {
    if (!terminal) {
      return;
    }
    out.print("\r" + line(done, total, file));
    out.flush();
    drawn = true;
  }

  /** Ends the bar's line, if one was drawn. */
  synchronized void finish() {
    if (drawn) {
      out.println();
    }
  }

  static String line(int done, int total, String file) {
    int filled = total <= 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
    String name =
        file.length() <= NAME_WIDTH ? file : "…" + file.substring(file.length() - NAME_WIDTH + 1);
    return "["
        + "#".repeat(filled)
        + "·".repeat(WIDTH - filled)
        + "] "
        + done
        + "/"
        + total
        + " "
        + String.format("%-" + NAME_WIDTH + "s", name);
  }
}
