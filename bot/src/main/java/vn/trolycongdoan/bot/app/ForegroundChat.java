package vn.trolycongdoan.bot.app;

import java.util.List;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.outbox.Foreground;

/**
 * The chat core for the web chat with every message handled as {@link Foreground} work, so that
 * bulk sends make way while a member waits for an answer (Telegram's updates are foreground work in
 * the inbox dispatcher, from their arrival).
 */
final class ForegroundChat implements ChatHandler {

  private final ChatHandler chat;
  private final Foreground foreground;

  ForegroundChat(ChatHandler chat, Foreground foreground) {
    this.chat = chat;
    this.foreground = foreground;
  }

  @Override
  public ChatResponse handle(IncomingMessage message) {
    return foreground.run(() -> chat.handle(message));
  }

  @Override
  public List<ChatCommand> menu() {
    return chat.menu();
  }
}
