package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram's calls to our webhook. A request without the secret token set by {@code setWebhook}
 * gets 403 and is not read; a body that is not an update gets 400; an update is queued and answered
 * 200 at once (503 while the bot stops, so that Telegram delivers it again later). Runs on the web
 * server's threads; never blocks on the chat core.
 */
final class WebhookRoute implements Handler {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private static final Logger log = LoggerFactory.getLogger(WebhookRoute.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] secret;
  private final Predicate<Update> updates;

  /**
   * @param updates takes an update for processing, {@code false} when it cannot now
   */
  WebhookRoute(String secret, Predicate<Update> updates) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.updates = updates;
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
    Update update;
    try {
      update = JSON.readValue(ctx.bodyAsBytes(), Update.class);
    } catch (IOException e) {
      log.warn(
          "Refused a call to the Telegram webhook: the body is not an update ({})",
          e.getClass().getSimpleName());
      ctx.status(400);
      return;
    }
    if (update == null || update.getUpdateId() == null) {
      ctx.status(400);
      return;
    }
    ctx.status(updates.test(update) ? 200 : 503);
  }
}
