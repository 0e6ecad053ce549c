package vn.trolycongdoan.bot.chat;

import java.util.Objects;

/**
 * A photo or a document a user sent or the bot sends, named by the channel's own id for the file
 * (Telegram's {@code file_id}, which the bot may send again without uploading it). Only channels
 * that keep files (Telegram) carry attachments.
 *
 * @param kind photo or document
 * @param fileId the channel's id of the file, never blank
 */
public record Attachment(Kind kind, String fileId) {

  /** What the file is shown as. Stored by {@link #name()}; never rename a constant. */
  public enum Kind {
    PHOTO,
    DOCUMENT
  }

  public Attachment {
    Objects.requireNonNull(kind, "kind");
    if (fileId == null || fileId.isBlank()) {
      throw new IllegalArgumentException("An attachment needs a file id");
    }
  }
}
