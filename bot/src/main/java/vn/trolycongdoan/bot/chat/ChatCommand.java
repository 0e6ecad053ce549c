package vn.trolycongdoan.bot.chat;

/**
 * A command the bot understands.
 *
 * @param name the name typed after {@code /}, latin lower case, e.g. {@code hoi}
 * @param description what it does, in Vietnamese, for command menus and the guide
 * @param usage how to type it, e.g. {@code /hoi <câu hỏi>}
 * @param handler what answers it
 */
public record ChatCommand(String name, String description, String usage, CommandHandler handler) {}
