package vn.trolycongdoan.bot.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An inline button under a reply. Pressing it sends {@link #data} back as an {@link
 * IncomingMessage#button}.
 *
 * @param label what the button shows
 * @param data what the press sends back; at most {@value #MAX_DATA_BYTES} bytes of UTF-8
 *     (Telegram's limit)
 */
public record Button(String label, String data) {

  public static final int MAX_DATA_BYTES = 64;

  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(data, "data");
    if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
      throw new IllegalArgumentException(
          "Button data must be 1-" + MAX_DATA_BYTES + " bytes: " + data);
    }
  }
}
