package vn.trolycongdoan.bot.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link SubscriberStore} in the {@code subscribers} table. Thread-safe; each method is one
 * statement.
 */
public final class SqliteSubscriberStore implements SubscriberStore {

  private static final String UPSERT =
      """
      INSERT INTO subscribers (channel, chat_id, user_id, display_name, subscribed, blocked, first_seen, last_seen)
      VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)
      ON CONFLICT (channel, chat_id) DO UPDATE SET
        user_id = excluded.user_id, display_name = excluded.display_name, last_seen = excluded.last_seen,
        blocked = FALSE""";
  private static final String COLUMNS =
      "channel, chat_id, user_id, display_name, subscribed, blocked, first_seen, last_seen";

  private final Jdbc jdbc;

  public SqliteSubscriberStore(Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public void seen(ChatUser user, Instant at) {
    jdbc.update(
        UPSERT, user.channel(), user.chatId(), user.userId(), user.displayName(), false, at, at);
  }

  @Override
  public void setSubscribed(ChatUser user, boolean subscribed, Instant at) {
    jdbc.update(
        UPSERT + ", subscribed = excluded.subscribed",
        user.channel(),
        user.chatId(),
        user.userId(),
        user.displayName(),
        subscribed,
        at,
        at);
  }

  @Override
  public void markBlocked(Channel channel, String chatId) {
    jdbc.update(
        "UPDATE subscribers SET blocked = TRUE WHERE channel = ? AND chat_id = ?", channel, chatId);
  }

  @Override
  public Optional<Subscriber> find(Channel channel, String chatId) {
    return jdbc.first(
        "SELECT " + COLUMNS + " FROM subscribers WHERE channel = ? AND chat_id = ?",
        SqliteSubscriberStore::subscriber,
        channel,
        chatId);
  }

  @Override
  public List<Subscriber> subscribed(Channel channel) {
    return jdbc.list(
        "SELECT "
            + COLUMNS
            + " FROM subscribers"
            + " WHERE channel = ? AND subscribed AND NOT blocked ORDER BY first_seen, chat_id",
        SqliteSubscriberStore::subscriber,
        channel);
  }

  private static Subscriber subscriber(ResultSet row) throws SQLException {
    return new Subscriber(
        Channel.valueOf(row.getString("channel")),
        row.getString("chat_id"),
        row.getString("user_id"),
        row.getString("display_name"),
        row.getBoolean("subscribed"),
        row.getBoolean("blocked"),
        Jdbc.instant(row, "first_seen"),
        Jdbc.instant(row, "last_seen"));
  }
}
