package vn.trolycongdoan.bot.broadcasts;

import java.util.Locale;

/**
 * Where a broadcast stands. Stored by {@link #name()}; never rename a constant. The API writes
 * {@link #key()}.
 */
public enum BroadcastState {
  /** Waiting for its send time; no outbox row yet. */
  SCHEDULED,
  /** Its recipients are queued in the outbox and being sent. */
  SENDING,
  /** Its rows still queued are held back until it resumes. */
  PAUSED,
  /** Stopped for good; its rows not yet sent never will be. */
  CANCELLED,
  /** Every recipient's row has settled (sent, blocked, failed or unknown). */
  DONE;

  /** As the API writes it: {@code scheduled}, {@code sending}… */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
