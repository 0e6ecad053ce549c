package vn.trolycongdoan.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the stores' SQL against a {@link Database}, so that a store is its statements and row
 * mappings.
 *
 * <p>Parameters bind by type: an {@link Instant} as epoch milliseconds, an {@link Enum} as its
 * {@code name()}, a {@link Boolean} as a boolean, anything else as {@link
 * PreparedStatement#setObject}. Read times back with {@link #instant}.
 *
 * <p>Each call outside {@link #inTransaction} and {@link #inUnitOfWork} runs on its own connection
 * in auto-commit mode and is thread-safe. The instance handed to a transaction's work runs on the
 * transaction's connection and belongs to that thread only. Every failure is a {@link
 * StoreException} naming the database file and the statement.
 */
public final class Jdbc {

  /** Maps the current row of a result set; must not move the cursor. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final Database database;
  private final PooledConnection transaction;

  Jdbc(Database database) {
    this(database, null);
  }

  private Jdbc(Database database, PooledConnection transaction) {
    this.database = database;
    this.transaction = transaction;
  }

  /** Every row the query returns, in order. */
  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
    return run(
        sql,
        statement -> {
          try (ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
              result.add(mapper.map(rows));
            }
            return result;
          }
        },
        params);
  }

  /** The query's first row, if any. */
  public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
    return run(
        sql,
        statement -> {
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
          }
        },
        params);
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  public int update(String sql, Object... params) {
    return run(sql, PreparedStatement::executeUpdate, params);
  }

  /** Runs an {@code INSERT ... RETURNING id} of one row and returns the id. */
  public long insertReturningId(String sql, Object... params) {
    return first(sql, row -> row.getLong(1), params)
        .orElseThrow(() -> failure(sql, new SQLException("the insert returned no id")));
  }

  /**
   * Runs {@code work} in one transaction: commits if it returns, rolls back if it throws and
   * rethrows. The {@code Jdbc} given to {@code work} runs on the transaction's connection; nested
   * calls join the transaction. Inside {@link #inUnitOfWork} it is a savepoint of the unit's
   * transaction: if {@code work} throws, its writes alone are rolled back.
   */
  public <T> T inTransaction(Function<Jdbc, T> work) {
    if (transaction != null) {
      return work.apply(this);
    }
    UnitOfWork unit = database.currentUnit();
    if (unit != null) {
      return inSavepoint(unit, work);
    }
    database.writes().lock();
    try (ConnectionPool.Lease lease = database.connect()) {
      Connection connection = lease.connection().connection();
      try {
        connection.setAutoCommit(false);
        T result = work.apply(new Jdbc(database, lease.connection()));
        // Commits. Unlike commit(), it does not make the SQLite driver open the next transaction at
        // once, which in IMMEDIATE mode means waiting for the write lock again and maybe failing
        // after a good commit.
        connection.setAutoCommit(true);
        return result;
      } catch (RuntimeException | SQLException e) {
        // Closing the connection rolls back what is still open; its state is in doubt, so it is not
        // reused.
        lease.discard();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("transaction", e);
    } finally {
      database.writes().unlock();
    }
  }

  /**
   * Whether this thread runs a transaction or a unit of work of this database, so that what it
   * writes now does not commit on its own (or, through another connection, waits for the lock this
   * thread holds).
   */
  public boolean withinTransaction() {
    return transaction != null || database.currentUnit() != null || database.writes().held();
  }

  /**
   * Runs {@code work} so that everything this thread writes through this database meanwhile is one
   * transaction, committed when {@code work} returns and rolled back if it throws, e.g. all the
   * writes of one chat message with the replies it queues. The transaction begins at the first
   * write (or {@link #inTransaction}), so that reading and computing before it do not hold SQLite's
   * single write lock; reads before it see what is committed, reads after it also the unit's own
   * writes. Nested units join the outer one. Statements run by other threads are not part of it.
   *
   * @throws StoreException if the commit fails (nothing is stored then)
   */
  public <T> T inUnitOfWork(Supplier<T> work) {
    if (transaction != null || database.currentUnit() != null) {
      return work.get();
    }
    UnitOfWork unit = new UnitOfWork(database);
    database.enter(unit);
    try {
      T result = work.get();
      unit.commit();
      return result;
    } catch (RuntimeException e) {
      unit.rollback();
      throw e;
    } finally {
      database.leave();
    }
  }

  private <T> T inSavepoint(UnitOfWork unit, Function<Jdbc, T> work) {
    PooledConnection pooled;
    Connection connection;
    Savepoint savepoint;
    try {
      pooled = unit.connection();
      connection = pooled.connection();
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw failure("savepoint", e);
    }
    T result;
    try {
      result = work.apply(new Jdbc(database, pooled));
    } catch (RuntimeException e) {
      try {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
    try {
      connection.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException e) {
      throw failure("release savepoint", e);
    }
  }

  /** Reads a time stored as epoch milliseconds. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    return Instant.ofEpochMilli(row.getLong(column));
  }

  private <T> T run(String sql, StatementWork<T> work, Object... params) {
    try {
      if (transaction != null) {
        return prepareAndRun(transaction, sql, work, params);
      }
      UnitOfWork unit = database.currentUnit();
      if (unit != null && (unit.begun() || writes(sql))) {
        return prepareAndRun(unit.connection(), sql, work, params);
      }
      if (!writes(sql)) {
        try (ConnectionPool.Lease lease = database.connect()) {
          return prepareAndRun(lease.connection(), sql, work, params);
        }
      }
      database.writes().lock();
      try (ConnectionPool.Lease lease = database.connect()) {
        return prepareAndRun(lease.connection(), sql, work, params);
      } finally {
        database.writes().unlock();
      }
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private static <T> T prepareAndRun(
      PooledConnection connection, String sql, StatementWork<T> work, Object[] params)
      throws SQLException {
    PreparedStatement statement = connection.prepare(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        bind(statement, i + 1, params[i]);
      }
      return work.run(statement);
    } catch (SQLException | RuntimeException e) {
      connection.forget(sql);
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value instanceof Instant instant) {
      statement.setLong(index, instant.toEpochMilli());
    } else if (value instanceof Enum<?> constant) {
      statement.setString(index, constant.name());
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else {
      statement.setObject(index, value);
    }
  }

  /** Whether a statement may change the database: anything but a query or a pragma. */
  private static boolean writes(String sql) {
    String start = sql.stripLeading();
    String keyword = start.substring(0, Math.min(6, start.length())).toUpperCase(Locale.ROOT);
    return !(keyword.startsWith("SELECT")
        || keyword.startsWith("WITH")
        || keyword.startsWith("PRAGMA"));
  }

  StoreException failure(String sql, SQLException e) {
    String statement = sql.strip().replaceAll("\\s+", " ");
    return new StoreException(
        "Database " + database.file() + " failed on [" + statement + "]: " + e.getMessage(), e);
  }

  @FunctionalInterface
  private interface StatementWork<T> {
    T run(PreparedStatement statement) throws SQLException;
  }
}
