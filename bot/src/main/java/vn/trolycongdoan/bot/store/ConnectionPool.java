package vn.trolycongdoan.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;

/**
 * Keeps a few open connections for reuse. Opening an SQLite connection costs about 0.2 to 0.5 ms, a
 * small query on an open one about 0.01 ms; and while no connection is open each commit ends with a
 * WAL checkpoint (about 2 ms per insert instead of 0.3). There is no upper bound on connections in
 * use: SQLite itself makes writers take turns. Each new connection first runs the pool's setup
 * statement. Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {

  /**
   * A borrowed connection; closing it hands it back if it is in auto-commit mode, otherwise (or if
   * discarded) closes it. Confined to one thread.
   */
  static final class Lease implements AutoCloseable {
    private final PooledConnection connection;
    private final ConnectionPool pool;
    private boolean discarded;

    private Lease(PooledConnection connection, ConnectionPool pool) {
      this.connection = connection;
      this.pool = pool;
    }

    PooledConnection connection() {
      return connection;
    }

    /**
     * Closes the connection instead of handing it back, e.g. after a failed transaction left it in
     * doubt.
     */
    void discard() {
      discarded = true;
    }

    @Override
    public void close() {
      if (discarded) {
        connection.close();
      } else {
        pool.release(connection);
      }
    }
  }

  private final DataSource source;
  private final String setup;
  private final int maxIdle;
  private final Deque<PooledConnection> idle = new ArrayDeque<>();
  private boolean closed;

  /**
   * @param setup a statement each new connection runs before its first use, e.g. a {@code PRAGMA}
   *     that the data source cannot set
   */
  ConnectionPool(DataSource source, String setup, int maxIdle) {
    this.source = source;
    this.setup = setup;
    this.maxIdle = maxIdle;
  }

  /**
   * An idle connection, or a new one; in auto-commit mode.
   *
   * @throws IllegalStateException if the pool is closed
   */
  Lease borrow() throws SQLException {
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("closed");
      }
      PooledConnection connection = idle.pollFirst();
      if (connection != null) {
        return new Lease(connection, this);
      }
    }
    return new Lease(new PooledConnection(open()), this);
  }

  private Connection open() throws SQLException {
    Connection connection = source.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute(setup);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** Closes the idle connections now and the borrowed ones when they come back. */
  @Override
  public void close() {
    List<PooledConnection> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(idle);
      idle.clear();
    }
    toClose.forEach(PooledConnection::close);
  }

  private void release(PooledConnection connection) {
    boolean reusable;
    try {
      reusable = connection.connection().getAutoCommit();
    } catch (SQLException e) {
      reusable = false;
    }
    synchronized (this) {
      if (reusable && !closed && idle.size() < maxIdle) {
        idle.addFirst(connection);
        return;
      }
    }
    connection.close();
  }
}
