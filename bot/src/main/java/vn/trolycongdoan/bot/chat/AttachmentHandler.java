package vn.trolycongdoan.bot.chat;

import java.util.Optional;

/** Takes the photos and documents users send, where a feature expects one. Thread-safe. */
@FunctionalInterface
public interface AttachmentHandler {

  /**
   * @param caption the text sent with it, stripped; empty for none
   * @return the answer, or empty when nothing expects a file from {@code from}
   */
  Optional<ChatResponse> take(ChatUser from, Attachment attachment, String caption);
}
