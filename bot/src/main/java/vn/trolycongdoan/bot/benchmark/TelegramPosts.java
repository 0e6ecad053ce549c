package vn.trolycongdoan.bot.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.config.TelegramSettings;
import vn.trolycongdoan.bot.store.Database;

/**
 * What the webhook benchmarks post and wait for, as Telegram would: the service's settings in
 * webhook mode against a {@link StubBotApi}, a user's text message and button press as update JSON,
 * the HTTP bytes of posting one with the secret token, and the wait until the inbox has nothing
 * pending. Pure apart from {@link #awaitHandled}.
 */
final class TelegramPosts {

  private static final String SECRET = "benchmark-secret";
  private static final String WEBHOOK_PATH = "/telegram/webhook";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration HANDLED_LIMIT = Duration.ofMinutes(5);
  private static final int DATE = 1_700_000_000;

  private TelegramPosts() {}

  /**
   * {@code settings} writing to {@code dataDir}, on a free port, in webhook mode against the Bot
   * API at {@code api} that accepts {@code token}.
   */
  static Settings webhookSettings(Settings settings, Path dataDir, String token, URI api) {
    return settings
        .withDataDir(dataDir)
        .withHost("127.0.0.1")
        .withPort(0)
        .withTelegram(
            new TelegramSettings(
                token, api, URI.create("https://bench.invalid" + WEBHOOK_PATH), SECRET));
  }

  /** A private text message from {@code member} in their own chat. */
  static String message(int updateId, long member, String text) {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    ObjectNode message =
        update.putObject("message").put("message_id", updateId).put("date", DATE).put("text", text);
    message.putObject("chat").put("id", member).put("type", "private");
    message.putObject("from").put("id", member).put("is_bot", false).put("first_name", "Đoàn viên");
    return update.toString();
  }

  /**
   * {@code member} presses the button with {@code data} under the bot's message {@code messageId}.
   */
  static String press(int updateId, long member, long messageId, String data) {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    ObjectNode query =
        update
            .putObject("callback_query")
            .put("id", "press-" + updateId)
            .put("chat_instance", "instance-" + member)
            .put("data", data);
    query.putObject("from").put("id", member).put("is_bot", false).put("first_name", "Đoàn viên");
    ObjectNode pressed =
        query.putObject("message").put("message_id", messageId).put("date", DATE).put("text", "…");
    pressed.putObject("chat").put("id", member).put("type", "private");
    pressed.putObject("from").put("id", 424242).put("is_bot", true).put("first_name", "Bench");
    return update.toString();
  }

  /** The bytes of Telegram's {@code POST} of an update to the webhook, with the secret token. */
  static byte[] post(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST "
                + WEBHOOK_PATH
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-Telegram-Bot-Api-Secret-Token: "
                + SECRET
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] request = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    return request;
  }

  /**
   * Waits until no update is pending: each handled one has its replies committed with it, and every
   * update the webhook answered 200 for is in the inbox already.
   *
   * @throws IllegalStateException if some are still pending after five minutes
   */
  static void awaitHandled(Database database) throws InterruptedException {
    long deadline = System.nanoTime() + HANDLED_LIMIT.toNanos();
    while (pending(database) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            pending(database) + " updates are still without a reply after " + HANDLED_LIMIT);
      }
      Thread.sleep(10);
    }
  }

  /** How many updates the inbox holds unhandled. */
  static int pending(Database database) {
    return database
        .jdbc()
        .first("SELECT count(*) FROM inbox WHERE state = 'PENDING'", row -> row.getInt(1))
        .orElse(0);
  }
}
