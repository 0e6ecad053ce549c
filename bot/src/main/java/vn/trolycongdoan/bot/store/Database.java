package vn.trolycongdoan.bot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * then writes cannot fail half-way on a lock.
 *
 * <p>Thread-safe: each operation of {@link #jdbc()} borrows a connection from a small pool. {@link
 * #close} makes later operations fail with a {@link StoreException}; it does not wait for running
 * ones.
 */
public final class Database implements AutoCloseable {

  static final int BUSY_TIMEOUT_MILLIS = 5_000;
  private static final int IDLE_CONNECTIONS = 4;

  private final Path file;
  private final ConnectionPool pool;
  private final Jdbc jdbc;

  private Database(Path file, SQLiteDataSource source) {
    this.file = file;
    this.pool = new ConnectionPool(source, IDLE_CONNECTIONS);
    this.jdbc = new Jdbc(this);
  }

  /**
   * Opens the database file, creating it and its parent folders if missing, and applies pending
   * migrations.
   *
   * @throws StoreException naming the file if it cannot be created, is not an SQLite database, or
   *     holds a schema this version does not know (written by a newer version) or cannot migrate
   */
  public static Database open(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    createParent(absolute);
    SQLiteDataSource source = dataSource(absolute);
    checkReadable(source, absolute);
    Migrations.apply(source, absolute);
    return new Database(absolute, source);
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

  /**
   * Closes the idle connections; a running operation's connection is closed when the operation
   * ends.
   */
  @Override
  public void close() {
    pool.close();
  }

  private static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
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
