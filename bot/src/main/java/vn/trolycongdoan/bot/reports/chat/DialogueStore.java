package vn.trolycongdoan.bot.reports.chat;

import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * The guided entries under way, kept so a restart resumes them. Thread-safe; every method throws
 * {@link vn.trolycongdoan.bot.store.StoreException} on failure.
 */
interface DialogueStore {

  /** Stores {@code dialogue}, replacing the one of the same person. */
  void save(EntryDialogue dialogue);

  /** The entry {@code user} has under way, if any. */
  Optional<EntryDialogue> find(ChatUser user);

  /**
   * Ends the entry of {@code user}.
   *
   * @return whether there was one
   */
  boolean delete(ChatUser user);
}
