package vn.trolycongdoan.bot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records what every logger logs from {@link #start} until {@link #close}, for tests that check
 * what an operator would read. Events of all threads are kept; not for concurrent captures.
 */
public final class LogCapture implements AutoCloseable {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  private LogCapture() {
    appender.start();
    root.addAppender(appender);
  }

  public static LogCapture start() {
    return new LogCapture();
  }

  /** The events logged at {@code level} or above so far, as "LEVEL logger: message". */
  public List<String> atLeast(Level level) {
    synchronized (appender) {
      return appender.list.stream()
          .filter(event -> event.getLevel().isGreaterOrEqual(level))
          .map(LogCapture::line)
          .toList();
    }
  }

  /** The events so far that carry a stack trace, as "LEVEL logger: message". */
  public List<String> withStackTraces() {
    synchronized (appender) {
      return appender.list.stream()
          .filter(event -> event.getThrowableProxy() != null)
          .map(LogCapture::line)
          .toList();
    }
  }

  /** Every message so far, formatted. */
  public List<String> messages() {
    synchronized (appender) {
      return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
  }

  private static String line(ILoggingEvent event) {
    return event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
