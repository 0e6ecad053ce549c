package vn.trolycongdoan.bot.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Random;

/**
 * Random inputs for the HTTP fuzz test: text of every kind (Vietnamese, emoji, control characters,
 * lone surrogates, right-to-left and zero-width marks, injection strings) and JSON bodies of every
 * shape, well-formed or not. Deterministic for a seed; not thread-safe.
 */
final class FuzzInputs {

  static final List<String> INJECTIONS =
      List.of(
          "'; DROP TABLE questions; --",
          "\" OR 1=1 --",
          "<script>alert(1)</script>",
          "<b>đậm</b><i>",
          "{{7*7}}${7*7}",
          "${jndi:ldap://127.0.0.1/a}",
          "../../../../etc/passwd",
          "%00%0d%0aSet-Cookie: x=y",
          "\u0000\u0001\u001b[31m",
          "/start",
          "/kiennghi ",
          "/hoi ",
          "/vanban",
          "/dunglai",
          "v:1:0:u",
          "m:999999999999999999999:0",
          "s:-1:-1",
          "ds:plans/001_241fc221d9dce001:99999");
  private static final List<String> WORDS =
      List.of(
          "nghỉ", "phép", "lương", "tối", "thiểu", "bao", "nhiêu", "ngày", "công", "đoàn", "Điều",
          "35", "khoản", "2", "BHXH", "thai", "sản", "tăng", "ca", "làm", "thêm", "giờ");
  private static final String[] FIELDS = {"text", "button", "name", "session", "k", "q", "x"};

  private final Random random;

  FuzzInputs(long seed) {
    this.random = new Random(seed);
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A text of up to {@code maxLength} UTF-16 units, possibly holding lone surrogates. */
  String text(int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    while (text.length() < length) {
      switch (random.nextInt(9)) {
        case 0 -> text.append(pick(WORDS)).append(' ');
        case 1 -> text.append(pick(INJECTIONS));
        case 2 -> text.append((char) random.nextInt(0x20));
        case 3 -> text.append((char) (0xD800 + random.nextInt(0x800)));
        case 4 -> text.appendCodePoint(0x1F300 + random.nextInt(0x400));
        case 5 -> text.append(pick(List.of("\u200b", "\u202e", "\u0301", "\ufeff", "\uffff")));
        case 6 -> text.appendCodePoint(random.nextInt(0x110000));
        case 7 -> text.append("😀".repeat(1 + random.nextInt(300)));
        default -> text.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return text.toString();
  }

  /** A JSON string literal of {@code text}, lone surrogates escaped as {@code \\uD8xx}. */
  static String quoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  /** A value of a random JSON type. */
  String value(int depth) {
    return switch (random.nextInt(depth > 3 ? 4 : 7)) {
      case 0 -> quoted(text(60));
      case 1 -> String.valueOf(random.nextLong());
      case 2 -> pick(List.of("null", "true", "false", "1e999", "-0", "0.5"));
      case 3 -> quoted(pick(INJECTIONS));
      case 4 -> "[" + value(depth + 1) + "," + value(depth + 1) + "]";
      case 5 -> "{\"" + pick(List.of(FIELDS)) + "\":" + value(depth + 1) + "}";
      default -> quoted(text(300));
    };
  }

  /** A body for {@code /api/chat}: mostly objects with its fields, some broken on purpose. */
  String chatBody() {
    return switch (random.nextInt(12)) {
      case 0 -> "{\"text\":" + value(0);
      case 1 -> "[".repeat(2000 + random.nextInt(2000));
      case 2 -> "{\"text\":" + quoted("a".repeat(40_000)) + "}";
      case 3 -> "{\"button\":" + quoted(pick(INJECTIONS)) + "}";
      case 4 -> "{\"text\":" + quoted(text(30)) + ",\"text\":\"b\"}";
      case 5 -> value(0);
      case 6 -> "{\"button\":" + quoted(text(70)) + "}";
      default -> "{\"text\":" + quoted(text(60)) + ",\"name\":" + value(2) + "}";
    };
  }

  /** A Telegram update, valid in shape or not. */
  String update(int updateId) {
    String from = "{\"id\":" + (1 + random.nextInt(50)) + ",\"is_bot\":false,\"first_name\":";
    String chat =
        "\"chat\":{\"id\":" + (random.nextBoolean() ? "" : "-") + (1 + random.nextInt(50));
    return switch (random.nextInt(8)) {
      case 0 -> value(0);
      case 1 -> "{\"update_id\":" + quoted(text(10)) + "}";
      case 2 ->
          "{\"update_id\":"
              + updateId
              + ",\"callback_query\":{\"id\":\"q\",\"chat_instance\":\"c\",\"data\":"
              + quoted(random.nextBoolean() ? pick(INJECTIONS) : text(64))
              + ",\"from\":"
              + from
              + "\"A\"},\"message\":{\"message_id\":1,\"date\":1,"
              + chat
              + ",\"type\":\"private\"}}}}";
      case 3 -> "{\"update_id\":" + updateId + ",\"message\":" + value(1) + "}";
      default ->
          "{\"update_id\":"
              + updateId
              + ",\"message\":{\"message_id\":1,\"date\":1,"
              + chat
              + ",\"type\":\"private\"},\"from\":"
              + from
              + quoted(text(20))
              + "},\"text\":"
              + quoted(text(300))
              + "}}";
    };
  }
}
