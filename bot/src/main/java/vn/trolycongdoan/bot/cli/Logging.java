package vn.trolycongdoan.bot.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Log settings of the one-shot commands, whose output is meant for a person or a pipe. */
final class Logging {

  private Logging() {}

  /** Only warnings and errors, so they do not break the progress bar or the answer. */
  static void quiet() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.WARN);
    }
  }
}
