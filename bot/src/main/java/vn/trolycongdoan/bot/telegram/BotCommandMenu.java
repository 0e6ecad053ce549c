package vn.trolycongdoan.bot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import vn.trolycongdoan.bot.chat.ChatCommand;

/**
 * The command list Telegram shows in its menu: the chat core's commands with their Vietnamese
 * descriptions.
 */
final class BotCommandMenu {

  private BotCommandMenu() {}

  static SetMyCommands setMyCommands(List<ChatCommand> commands) {
    return SetMyCommands.builder()
        .commands(commands.stream().map(c -> new BotCommand(c.name(), c.description())).toList())
        .build();
  }
}
