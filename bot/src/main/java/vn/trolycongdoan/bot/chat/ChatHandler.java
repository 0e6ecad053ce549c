package vn.trolycongdoan.bot.chat;

import java.util.List;

/**
 * The chat core as its adapters see it. Implementations are thread-safe: adapters call them from
 * many threads. Failures of the core's own parts (storage, search) come back as a Vietnamese
 * apology, never as an exception.
 */
public interface ChatHandler {

  ChatResponse handle(IncomingMessage message);

  /** The commands a channel should offer in its menu, in order; empty for none. */
  default List<ChatCommand> menu() {
    return List.of();
  }
}
