package vn.trolycongdoan.bot.store;

import java.sql.SQLException;

/**
 * The transaction of one {@link Jdbc#inUnitOfWork}, begun on the first statement that needs it.
 * Confined to the thread that runs the unit.
 */
final class UnitOfWork {

  private final Database database;
  private ConnectionPool.Lease lease;

  UnitOfWork(Database database) {
    this.database = database;
  }

  boolean begun() {
    return lease != null;
  }

  /**
   * The transaction's connection, beginning the transaction (and so taking the write lock) if it
   * has not begun. If beginning fails, the unit stays as it was and a later statement may try
   * again.
   */
  PooledConnection connection() throws SQLException {
    if (lease == null) {
      database.writes().lock();
      ConnectionPool.Lease borrowed = null;
      try {
        borrowed = database.connect();
        borrowed.connection().connection().setAutoCommit(false);
      } catch (SQLException | RuntimeException e) {
        if (borrowed != null) {
          borrowed.discard();
          borrowed.close();
        }
        database.writes().unlock();
        throw e;
      }
      lease = borrowed;
    }
    return lease.connection();
  }

  /** Commits what the unit wrote, if anything. */
  void commit() {
    if (lease == null) {
      return;
    }
    try {
      // Commits without making the driver begin the next transaction (see Jdbc#inTransaction).
      lease.connection().connection().setAutoCommit(true);
    } catch (SQLException e) {
      lease.discard();
      throw database.jdbc().failure("commit", e);
    } finally {
      lease.close();
      lease = null;
      database.writes().unlock();
    }
  }

  /** Rolls back what the unit wrote, by closing its connection. */
  void rollback() {
    if (lease != null) {
      lease.discard();
      lease.close();
      lease = null;
      database.writes().unlock();
    }
  }
}
