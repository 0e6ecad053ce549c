package vn.trolycongdoan.bot.app;

import java.util.List;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The chat core for channels that answer directly (the web chat): everything one message writes is
 * one transaction ({@link Jdbc#inUnitOfWork}), as the inbox makes it for Telegram. If the commit
 * fails, the {@link vn.trolycongdoan.bot.store.StoreException} reaches the channel, which answers
 * with an error: nothing of the message is stored.
 */
final class TransactionalChat implements ChatHandler {

  private final ChatHandler chat;
  private final Jdbc jdbc;

  TransactionalChat(ChatHandler chat, Database database) {
    this.chat = chat;
    this.jdbc = database.jdbc();
  }

  @Override
  public ChatResponse handle(IncomingMessage message) {
    return jdbc.inUnitOfWork(() -> chat.handle(message));
  }

  @Override
  public List<ChatCommand> menu() {
    return chat.menu();
  }
}
