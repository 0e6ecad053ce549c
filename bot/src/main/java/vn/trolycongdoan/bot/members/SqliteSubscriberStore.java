package vn.trolycongdoan.bot.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link SubscriberStore} in the {@code subscribers} table. Thread-safe; each method is one
 * statement.
 *
 * <p>{@link #seen} writes a chat's row at most once every {@link #SEEN_EVERY} while the user and
 * name stay the same (it is called for every message, and a report takes two messages in a few
 * seconds): {@code last_seen} is that coarse. The store remembers what it wrote for the {@value
 * #REMEMBERED} chats seen last; a chat marked blocked is forgotten, so its next message clears the
 * mark at once. Should the transaction around a {@code seen} roll back, the row may lag by up to
 * {@link #SEEN_EVERY}.
 */
public final class SqliteSubscriberStore implements SubscriberStore {

  static final Duration SEEN_EVERY = Duration.ofMinutes(1);
  static final int REMEMBERED = 10_000;

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
  private final Map<String, Seen> written =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
          return size() > REMEMBERED;
        }
      };

  public SqliteSubscriberStore(Database database) {
    this.jdbc = database.jdbc();
  }

  /** What {@link #seen} or {@link #setSubscribed} last wrote for a chat. */
  private record Seen(ChatUser user, Instant at) {}

  @Override
  public void seen(ChatUser user, Instant at) {
    Seen last;
    synchronized (written) {
      last = written.get(key(user.channel(), user.chatId()));
    }
    if (last != null
        && last.user().equals(user)
        && !at.isBefore(last.at())
        && at.isBefore(last.at().plus(SEEN_EVERY))) {
      return;
    }
    jdbc.update(
        UPSERT, user.channel(), user.chatId(), user.userId(), user.displayName(), false, at, at);
    remember(user, at);
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
    remember(user, at);
  }

  @Override
  public void markBlocked(Channel channel, String chatId) {
    jdbc.update(
        "UPDATE subscribers SET blocked = TRUE WHERE channel = ? AND chat_id = ?", channel, chatId);
    synchronized (written) {
      written.remove(key(channel, chatId));
    }
  }

  private void remember(ChatUser user, Instant at) {
    synchronized (written) {
      written.put(key(user.channel(), user.chatId()), new Seen(user, at));
    }
  }

  private static String key(Channel channel, String chatId) {
    return channel + ":" + chatId;
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
