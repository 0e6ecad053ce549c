package vn.trolycongdoan.bot.chat;

/** Where a chat lives. Stored by {@link #name()}; never rename a constant. */
public enum Channel {
  /** A Telegram private chat or group; the bot can write first, so campaign messages reach it. */
  TELEGRAM(true),
  /** The web chat page; it only answers, so campaign messages cannot reach it. */
  WEB(false);

  private final boolean pushes;

  Channel(boolean pushes) {
    this.pushes = pushes;
  }

  /**
   * Whether the service can send this chat a message it did not ask for, such as a campaign
   * message.
   */
  public boolean pushes() {
    return pushes;
  }
}
