package vn.trolycongdoan.bot.config;

import java.net.URI;

/**
 * How the service talks to Telegram.
 *
 * @param botToken the token from BotFather, or {@code null}: Telegram stays off
 * @param apiUrl the Bot API's base URL (scheme, host and port only), {@code
 *     https://api.telegram.org} by default
 * @param webhookUrl the public HTTPS URL Telegram posts updates to, whose path this server serves;
 *     {@code null} for long polling
 * @param webhookSecret the secret Telegram sends with every webhook request, or {@code null} for a
 *     random one per start
 */
public record TelegramSettings(String botToken, URI apiUrl, URI webhookUrl, String webhookSecret) {

  public boolean enabled() {
    return botToken != null;
  }

  public boolean webhook() {
    return webhookUrl != null;
  }

  /**
   * The path the webhook route listens on: the webhook URL's path, {@code /telegram/webhook} when
   * it has none.
   */
  public String webhookPath() {
    String path = webhookUrl == null ? null : webhookUrl.getPath();
    return path == null || path.isEmpty() || path.equals("/") ? "/telegram/webhook" : path;
  }

  @Override
  public String toString() {
    return "TelegramSettings[enabled="
        + enabled()
        + ", apiUrl="
        + apiUrl
        + ", webhookUrl="
        + webhookUrl
        + "]";
  }
}
