package vn.trolycongdoan.bot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The command list Telegram shows in its menu, with Vietnamese descriptions; registered at every start. */
final class BotCommandMenu {

  static final List<BotCommand> COMMANDS = List.of(
      new BotCommand("start", "Bắt đầu, nhận tin chiến dịch của công đoàn"),
      new BotCommand("huongdan", "Hướng dẫn sử dụng"),
      new BotCommand("help", "Hướng dẫn sử dụng"),
      new BotCommand("hoi", "Hỏi về chính sách, quyền lợi"),
      new BotCommand("vanban", "Danh sách văn bản"),
      new BotCommand("kiennghi", "Gửi kiến nghị tới công đoàn"),
      new BotCommand("dunglai", "Dừng nhận tin chiến dịch"));

  private BotCommandMenu() {}

  static SetMyCommands setMyCommands() {
    return SetMyCommands.builder().commands(COMMANDS).build();
  }
}
