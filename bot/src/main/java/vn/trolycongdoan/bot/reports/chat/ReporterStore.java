package vn.trolycongdoan.bot.reports.chat;

import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * Who reports for which unit. Thread-safe; every method is one short transaction and throws {@link
 * vn.trolycongdoan.bot.store.StoreException} on failure.
 */
interface ReporterStore {

  /**
   * Binds {@code user} (by channel and user id) to {@code unitCode}; binding again changes nothing.
   *
   * @return whether the binding is new
   */
  boolean bind(ChatUser user, String unitCode, Instant at);

  /** The codes of the units {@code user} reports for, in the order they registered. */
  List<String> unitsOf(ChatUser user);
}
