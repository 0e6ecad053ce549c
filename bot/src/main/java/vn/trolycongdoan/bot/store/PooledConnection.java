package vn.trolycongdoan.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An open connection with its recently used statements kept prepared: compiling a statement costs
 * SQLite about as much as running a small one, and the stores run the same few statements over and
 * over. A statement is reset after each use (its result set closed), so a cached one holds no
 * snapshot or lock. Confined to one thread at a time, as its connection.
 */
final class PooledConnection {

  /** Statements kept per connection; the stores have a few dozen distinct ones. */
  static final int CACHED_STATEMENTS = 64;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= CACHED_STATEMENTS) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };

  PooledConnection(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  /** The statement for {@code sql}, prepared once, its parameters cleared. */
  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    } else {
      statement.clearParameters();
    }
    return statement;
  }

  /** Drops the statement for {@code sql}, e.g. after it failed and may be in doubt. */
  void forget(String sql) {
    PreparedStatement statement = statements.remove(sql);
    if (statement != null) {
      closeQuietly(statement);
    }
  }

  /** Closes the statements and the connection; SQLite rolls back whatever is still open. */
  void close() {
    List<PreparedStatement> open = new ArrayList<>(statements.values());
    statements.clear();
    open.forEach(PooledConnection::closeQuietly);
    try {
      connection.close();
    } catch (SQLException ignored) {
      // The connection is unusable either way.
    }
  }

  private static void closeQuietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException ignored) {
      // Closing a statement of a connection in trouble: nothing more to do.
    }
  }
}
