package vn.trolycongdoan.bot.cli;

import java.util.Map;

/**
 * How matched words are marked in a printed answer: bold on a terminal that shows it, «guillemets»
 * otherwise.
 */
record Marks(String open, String close) {

  static final Marks BOLD = new Marks("\u001B[1m", "\u001B[0m");
  static final Marks GUILLEMETS = new Marks("«", "»");

  /**
   * Bold when output is an interactive terminal, {@code NO_COLOR} is unset and {@code TERM} is not
   * dumb.
   */
  static Marks forTerminal(Map<String, String> environment) {
    boolean terminal = System.console() != null;
    boolean plain = environment.containsKey("NO_COLOR") || "dumb".equals(environment.get("TERM"));
    return terminal && !plain ? BOLD : GUILLEMETS;
  }
}
