package vn.trolycongdoan.bot.web;

import java.time.Clock;
import java.util.Optional;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;
import vn.trolycongdoan.bot.store.SecretTokens;

/** {@link WebSessions} in the {@code web_sessions} table. Thread-safe; one statement each. */
public final class SqliteWebSessions implements WebSessions {

  private static final int MAX_ADDRESS_CHARS = 64;

  private final Jdbc jdbc;
  private final Clock clock;

  public SqliteWebSessions(Database database, Clock clock) {
    this.jdbc = database.jdbc();
    this.clock = clock;
  }

  @Override
  public Optional<String> chatId(String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.first(
        "SELECT id FROM web_sessions WHERE token_hash = ?",
        row -> chatId(row.getLong(1)),
        SecretTokens.hash(token));
  }

  @Override
  public Issued issue(String address) {
    String token = SecretTokens.newToken();
    String shortAddress =
        address.length() <= MAX_ADDRESS_CHARS ? address : address.substring(0, MAX_ADDRESS_CHARS);
    long id =
        jdbc.insertReturningId(
            "INSERT INTO web_sessions (token_hash, created_at, address) VALUES (?, ?, ?) RETURNING id",
            SecretTokens.hash(token),
            clock.instant(),
            shortAddress);
    return new Issued(token, chatId(id));
  }

  private static String chatId(long id) {
    return "web:" + id;
  }
}
