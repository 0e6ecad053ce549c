package vn.trolycongdoan.bot.broadcasts;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * Resolves an audience to the Telegram chats it reaches, from the {@code subscribers}, {@code
 * reporters} and {@code member_tags} tables. Only chats subscribed to campaign messages ({@code
 * /start}, not stopped with {@code /dunglai}) that have not blocked the bot are ever included; a
 * reporter is reached in their private chat, whose id is their user id. Each chat once, oldest
 * subscriber first.
 */
final class Recipients {

  private static final String SUBSCRIBED =
      " FROM subscribers s WHERE s.channel = ? AND s.subscribed AND NOT s.blocked";
  private static final String ORDER = " ORDER BY s.first_seen, s.chat_id";

  private Recipients() {}

  /** Every subscribed chat. */
  static List<String> all(Jdbc on) {
    return on.list(
        "SELECT s.chat_id" + SUBSCRIBED + ORDER, row -> row.getString(1), Channel.TELEGRAM);
  }

  /** The subscribed chats that chose the tag {@code key}. */
  static List<String> tagged(Jdbc on, String key) {
    return on.list(
        "SELECT s.chat_id"
            + SUBSCRIBED
            + " AND EXISTS (SELECT 1 FROM member_tags t WHERE t.channel = s.channel"
            + " AND t.chat_id = s.chat_id AND t.tag = ?)"
            + ORDER,
        row -> row.getString(1),
        Channel.TELEGRAM,
        key);
  }

  /** The subscribed chats of the reporters of any of {@code unitCodes}. */
  static List<String> reportersOf(Jdbc on, Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(unitCodes.size(), "?"));
    Object[] params = new Object[unitCodes.size() + 1];
    params[0] = Channel.TELEGRAM;
    System.arraycopy(unitCodes.toArray(), 0, params, 1, unitCodes.size());
    return on.list(
        "SELECT s.chat_id"
            + SUBSCRIBED
            + " AND EXISTS (SELECT 1 FROM reporters r WHERE r.channel = s.channel"
            + " AND r.user_id = s.chat_id AND r.unit_code IN ("
            + marks
            + "))"
            + ORDER,
        row -> row.getString(1),
        params);
  }
}
