package vn.trolycongdoan.bot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The service's SQLite database file, migrated to this version's schema when opened.
 *
 * <p>Every connection runs in WAL mode (readers do not block the writer), waits up to {@value
 * #BUSY_TIMEOUT_MILLIS} ms for a lock, enforces foreign keys, syncs NORMAL (a power cut may lose
 * the last commits, never corrupts) and starts transactions IMMEDIATE, so a transaction that reads
 * then writes cannot fail half-way on a lock. Within the process, writers queue for the lock in
 * {@link WriteLock} before SQLite sees them.
 *
 * <p>Checkpoints (copying the write-ahead log into the database file, with its two syncs) run on a
 * background thread, not in the commits: the connections turn SQLite's automatic checkpoint off,
 * which would run in the thread whose commit filled the log (every 1,000 pages, several times a
 * second under load) while it still holds the process's write lock. Every {@value
 * #PASSIVE_CHECKPOINT_MILLIS} ms the thread copies the log without the lock (writers go on; pages
 * written many times meanwhile are copied once), then takes the lock for a second pass over what
 * was committed during the first, so that the whole log is copied and the next writer starts it
 * again from the beginning (a log that writers always append to while it is copied is never
 * restarted and grows without end). The log stays bounded under sustained load: every connection
 * sets {@code journal_size_limit} to {@value #JOURNAL_SIZE_LIMIT_BYTES} bytes (the log is cut back
 * to that after each checkpoint that resets it), and the thread runs a {@code TRUNCATE} checkpoint
 * every {@value #CHECKPOINT_SECONDS} s, which the others cannot finish while readers keep old
 * snapshots open.
 *
 * <p>Thread-safe: each operation of {@link #jdbc()} borrows a connection from a pool that keeps as
 * many idle as it was opened with, so that as many concurrent requests as the server runs reuse
 * open connections. {@link #close} makes later operations fail with a {@link StoreException}; it
 * does not wait for running ones.
 */
public final class Database implements AutoCloseable {

  static final int BUSY_TIMEOUT_MILLIS = 5_000;
  static final int JOURNAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;
  static final int CHECKPOINT_SECONDS = 30;
  static final int PASSIVE_CHECKPOINT_MILLIS = 250;

  /** Idle connections kept by {@link #open(Path)}: enough for a command or a test. */
  private static final int FEW_IDLE_CONNECTIONS = 4;

  private static final Logger log = LoggerFactory.getLogger(Database.class);

  private final Path file;
  private final ConnectionPool pool;
  private final Jdbc jdbc;
  private final ThreadLocal<UnitOfWork> units = new ThreadLocal<>();
  private final WriteLock writes = new WriteLock(BUSY_TIMEOUT_MILLIS);
  private final ScheduledExecutorService checkpoints;

  private Database(Path file, SQLiteDataSource source, int idleConnections) {
    this.file = file;
    this.pool = new ConnectionPool(source, "PRAGMA wal_autocheckpoint = 0", idleConnections);
    this.jdbc = new Jdbc(this);
    this.checkpoints =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sqlite-checkpoint");
              thread.setDaemon(true);
              return thread;
            });
    checkpoints.scheduleWithFixedDelay(
        this::checkpointQuietly, CHECKPOINT_SECONDS, CHECKPOINT_SECONDS, TimeUnit.SECONDS);
    checkpoints.scheduleWithFixedDelay(
        this::passiveCheckpointQuietly,
        PASSIVE_CHECKPOINT_MILLIS,
        PASSIVE_CHECKPOINT_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Opens the database file, creating it and its parent folders if missing, and applies pending
   * migrations.
   *
   * @throws StoreException naming the file if it cannot be created, is not an SQLite database, or
   *     holds a schema this version does not know (written by a newer version) or cannot migrate
   */
  public static Database open(Path file) {
    return open(file, FEW_IDLE_CONNECTIONS);
  }

  /**
   * Opens the database as {@link #open(Path)} does, keeping up to {@code idleConnections} open
   * connections for reuse: as many as the threads that may use it at once (the web server's and the
   * chat's), so that none opens a connection per request.
   */
  public static Database open(Path file, int idleConnections) {
    Path absolute = file.toAbsolutePath().normalize();
    createParent(absolute);
    SQLiteDataSource source = dataSource(absolute);
    checkReadable(source, absolute);
    Migrations.apply(source, absolute);
    return new Database(absolute, source, idleConnections);
  }

  /**
   * Copies the write-ahead log into the database and truncates it, waiting up to the busy timeout
   * for readers of older snapshots; what it cannot copy stays for the next one.
   *
   * @throws StoreException if SQLite refuses
   */
  public void checkpoint() {
    jdbc.first("PRAGMA wal_checkpoint(TRUNCATE)", row -> row.getInt(1));
  }

  /**
   * Copies the log without the write lock, then the rest with it. Failures only at debug level: the
   * truncating checkpoint reports them every 30 s.
   */
  private void passiveCheckpointQuietly() {
    try {
      jdbc.first("PRAGMA wal_checkpoint(PASSIVE)", row -> row.getInt(1));
      writes.lock();
      try {
        jdbc.first("PRAGMA wal_checkpoint(PASSIVE)", row -> row.getInt(1));
      } finally {
        writes.unlock();
      }
    } catch (RuntimeException e) {
      log.debug("Passive checkpoint of {} failed: {}", file, e.toString());
    }
  }

  private void checkpointQuietly() {
    try {
      checkpoint();
    } catch (RuntimeException e) {
      log.warn("Checkpoint of {} failed, next in {} s: {}", file, CHECKPOINT_SECONDS, e.toString());
    }
  }

  /** The database file, absolute. */
  public Path file() {
    return file;
  }

  /** The statements the stores run; shared, thread-safe. */
  public Jdbc jdbc() {
    return jdbc;
  }

  /**
   * A connection in auto-commit mode, to close (hand back) when done.
   *
   * @throws StoreException if the database is closed
   */
  ConnectionPool.Lease connect() throws SQLException {
    try {
      return pool.borrow();
    } catch (IllegalStateException e) {
      throw new StoreException("Database " + file + " is closed", e);
    }
  }

  /** The process's side of SQLite's write lock: taken before any write begins. */
  WriteLock writes() {
    return writes;
  }

  /** The unit of work this thread runs, or {@code null}. */
  UnitOfWork currentUnit() {
    return units.get();
  }

  void enter(UnitOfWork unit) {
    units.set(unit);
  }

  void leave() {
    units.remove();
  }

  /**
   * Closes the idle connections; a running operation's connection is closed when the operation
   * ends.
   */
  @Override
  public void close() {
    checkpoints.shutdownNow();
    pool.close();
  }

  private static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setJournalSizeLimit(JOURNAL_SIZE_LIMIT_BYTES);
    // The driver would otherwise run "SELECT last_insert_rowid()" after every INSERT, compiled anew
    // each time, for getGeneratedKeys(), which the stores never call (they use RETURNING).
    config.setGetGeneratedKeys(false);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }

  private static void createParent(Path file) {
    Path parent = file.getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("Cannot create the folder of database " + file + ": " + e, e);
    }
  }

  /** Reads the schema once, so that a file of another kind fails here rather than inside Flyway. */
  private static void checkReadable(SQLiteDataSource source, Path file) {
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
    } catch (SQLiteException e) {
      if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
        throw new StoreException("Database file " + file + " is not an SQLite database", e);
      }
      throw new StoreException("Cannot open database " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException("Cannot open database " + file + ": " + e.getMessage(), e);
    }
  }
}
