package vn.trolycongdoan.bot.reports.chat;

import java.util.Optional;

/**
 * The drafts waiting for confirmation, kept so a restart does not lose them. Thread-safe; every
 * method throws {@link vn.trolycongdoan.bot.store.StoreException} on failure.
 */
interface DraftStore {

  /** Stores {@code draft} with its values, in one transaction. */
  void save(ReportDraft draft);

  /** The draft with this id, if it is still kept. */
  Optional<ReportDraft> find(String id);

  /** Sets the unit of a draft that had none. */
  void chooseUnit(String id, String unitCode);

  /** Records that the draft was stored under {@code receipt}. */
  void markStored(String id, String receipt);

  /** Drops the draft and its values; nothing happens if it is gone already. */
  void delete(String id);
}
