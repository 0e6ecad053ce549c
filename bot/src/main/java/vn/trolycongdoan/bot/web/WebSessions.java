package vn.trolycongdoan.bot.web;

import java.util.Optional;

/**
 * The web chat's sessions: the server issues each one as a random token for the browser's cookie
 * and maps it to the chat id the chat core sees. Thread-safe; storage failures are {@link
 * vn.trolycongdoan.bot.store.StoreException}s.
 */
public interface WebSessions {

  /** A session just issued: the token for the cookie and the chat id it stands for. */
  record Issued(String token, String chatId) {}

  /** The chat id of the session whose token this is; empty for an unknown or malformed token. */
  Optional<String> chatId(String token);

  /**
   * Issues a new session.
   *
   * @param address the client's address, kept for the operator
   */
  Issued issue(String address);
}
