package vn.trolycongdoan.bot.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.trolycongdoan.bot.store.SecretTokens;

/**
 * {@link WebSessions} kept in memory and forgotten at exit, for a web server without a database
 * (the benchmark's). Thread-safe.
 */
public final class MemoryWebSessions implements WebSessions {

  private final Map<String, String> chatIds = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  @Override
  public Optional<String> chatId(String token) {
    return SecretTokens.wellFormed(token)
        ? Optional.ofNullable(chatIds.get(SecretTokens.hash(token)))
        : Optional.empty();
  }

  @Override
  public Issued issue(String address) {
    String token = SecretTokens.newToken();
    String chatId = "web:" + ids.incrementAndGet();
    chatIds.put(SecretTokens.hash(token), chatId);
    return new Issued(token, chatId);
  }
}
