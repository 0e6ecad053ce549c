package vn.trolycongdoan.bot.library;

/** Whether the index is being refreshed right now, as reported by {@code /health}. Thread-safe. */
public interface IndexingStatus {

  boolean indexing();
}
