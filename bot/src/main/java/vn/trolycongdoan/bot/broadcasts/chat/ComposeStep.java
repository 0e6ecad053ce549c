package vn.trolycongdoan.bot.broadcasts.chat;

/** Where a broadcast draft stands. Stored by {@link #name()}; never rename a constant. */
enum ComposeStep {
  /** Waiting for the text, or a photo or document with its caption. */
  CONTENT,
  /** Waiting for the audience to be chosen with buttons. */
  AUDIENCE,
  /** Waiting for a unit, chosen with buttons or typed as its code. */
  UNIT,
  /** Shown as recipients will see it; waiting for "Gửi ngay", "Hẹn giờ" or "Hủy". */
  PREVIEW,
  /** Waiting for the date and time to send at, typed. */
  SEND_AT,
  /** Made into a broadcast; its buttons only say so. */
  DONE;

  /** Whether plain text from its author answers this step (rather than being a question). */
  boolean readsText() {
    return this != DONE;
  }
}
