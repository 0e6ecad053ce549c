package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.store.StoreException;

/**
 * Telegram's calls to our webhook. A request without the secret token set by {@code setWebhook}
 * gets 403 and is not read. An update is stored in the inbox and only then answered 200 (the
 * updates of requests arriving together share one commit); if it cannot be stored (disk full,
 * database locked past its timeout, or its batch failed) the answer is 503, so that Telegram
 * delivers it again later. A body that is not an update is answered 200 with a warning in the log:
 * Telegram would otherwise send it again forever. Runs on the web server's threads; never waits for
 * the chat core.
 */
final class WebhookRoute implements Handler {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private static final Logger log = LoggerFactory.getLogger(WebhookRoute.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] secret;
  private final UpdateIntake intake;

  WebhookRoute(String secret, UpdateIntake intake) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.intake = intake;
  }

  /**
   * A fresh secret token: 256 random bits in the characters Telegram allows ({@code A-Z a-z 0-9 _
   * -}).
   */
  static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public void handle(Context ctx) {
    String given = ctx.header(SECRET_HEADER);
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret)) {
      log.warn(
          "Refused a call to the Telegram webhook from {}: {} secret token",
          ctx.ip(),
          given == null ? "no" : "wrong");
      ctx.status(403);
      return;
    }
    String body = ctx.body();
    JsonNode update;
    try {
      update = JSON.readTree(body);
    } catch (IOException e) {
      update = null;
    }
    if (update == null || !update.path("update_id").canConvertToLong()) {
      log.warn("Ignored a call to the Telegram webhook: the body is not an update");
      ctx.status(200);
      return;
    }
    long updateId = update.get("update_id").asLong();
    try {
      intake.take(updateId, Long.toString(UpdateReader.chatOf(update)), body);
      ctx.status(200);
    } catch (StoreException e) {
      log.warn(
          "Cannot store Telegram update {}; answering 503 so that Telegram sends it again",
          updateId,
          e);
      ctx.status(503);
    }
  }
}
