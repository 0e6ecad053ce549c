package vn.trolycongdoan.bot.chat;

/** Answers one command, or plain text for the question handler. Thread-safe. */
@FunctionalInterface
public interface CommandHandler {

  /**
   * @param from who sent it
   * @param argument the text after the command name, stripped; the whole text for plain messages
   */
  ChatResponse handle(ChatUser from, String argument);
}
