package vn.trolycongdoan.bot.chat;

/**
 * The chat core as its adapters see it. Implementations are thread-safe: adapters call them from many threads.
 * Failures of the core's own parts (storage, search) come back as a Vietnamese apology, never as an exception.
 */
public interface ChatHandler {

  ChatResponse handle(IncomingMessage message);
}
