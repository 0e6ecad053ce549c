package vn.trolycongdoan.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.app.Application;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.store.Database;

/**
 * The whole service for an end-to-end test: started on its settings, with the bundled corpus
 * indexed, and the database it writes opened beside it so the test can read what was stored.
 */
public final class RunningApp implements AutoCloseable {

  private static final Duration INDEXING_LIMIT = Duration.ofSeconds(120);

  private final Application application;
  private final Database database;

  private RunningApp(Application application, Database database) {
    this.application = application;
    this.database = database;
  }

  /** Starts the service and waits until the first indexing has finished. */
  public static RunningApp start(Settings settings) throws Exception {
    return start(settings, Timing.system());
  }

  /** The same on another clock and job interval, e.g. a {@link FakeClock}. */
  public static RunningApp start(Settings settings, Timing timing) throws Exception {
    Application application = Application.start(settings, timing);
    Instant deadline = Instant.now().plus(INDEXING_LIMIT);
    while (application.indexing()) {
      if (Instant.now().isAfter(deadline)) {
        application.close();
        throw new AssertionError("Indexing did not finish within " + INDEXING_LIMIT);
      }
      Thread.sleep(100);
    }
    return new RunningApp(application, Database.open(settings.databaseFile()));
  }

  public int port() {
    return application.port();
  }

  /** Runs a statement on the service's database, e.g. to set up a failure. */
  public void execute(String sql) {
    database.jdbc().update(sql);
  }

  /** The first column of every row of a query on the service's database, as text. */
  public List<String> column(String sql, Object... params) {
    return database.jdbc().list(sql, row -> row.getString(1), params);
  }

  @Override
  public void close() {
    database.close();
    application.close();
  }
}
