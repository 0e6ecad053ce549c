package vn.trolycongdoan.bot.chat;

import java.util.Arrays;
import java.util.List;

/**
 * The data behind a button: a short prefix naming the handler and its fields, joined by {@code :},
 * e.g. {@code v:42:0:u}. Fields must not contain {@code :}; the whole must fit {@link
 * Button#MAX_DATA_BYTES}.
 */
public record ButtonData(String prefix, List<String> fields) {

  private static final String SEPARATOR = ":";

  public ButtonData {
    fields = List.copyOf(fields);
    if (prefix.isEmpty()
        || prefix.contains(SEPARATOR)
        || fields.stream().anyMatch(f -> f.contains(SEPARATOR))) {
      throw new IllegalArgumentException(
          "Button data fields must be non-empty and free of ':': " + prefix + fields);
    }
  }

  public static ButtonData of(String prefix, Object... fields) {
    return new ButtonData(prefix, Arrays.stream(fields).map(String::valueOf).toList());
  }

  /** Splits data made by {@link #encode}. */
  public static ButtonData decode(String data) {
    List<String> parts = List.of(data.split(SEPARATOR, -1));
    return new ButtonData(parts.get(0), parts.subList(1, parts.size()));
  }

  public String encode() {
    return fields.isEmpty() ? prefix : prefix + SEPARATOR + String.join(SEPARATOR, fields);
  }

  /** A button that sends this data. */
  public Button button(String label) {
    return new Button(label, encode());
  }
}
