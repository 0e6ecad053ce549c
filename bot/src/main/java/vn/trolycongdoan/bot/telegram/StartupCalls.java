package vn.trolycongdoan.bot.telegram;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.config.TelegramSettings;

/**
 * The Bot API calls the bot makes while starting, tried once each. A failure that stops the start
 * becomes a {@link TelegramStartException} saying what to check; the command menu is only nice to
 * have, so its failure is logged.
 */
final class StartupCalls {

  private static final Logger log = LoggerFactory.getLogger(StartupCalls.class);

  private final TelegramClient client;
  private final TelegramSettings settings;

  StartupCalls(TelegramClient client, TelegramSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** The bot's own user, which proves the token is good. */
  User getMe() {
    return call(() -> client.execute(new GetMe()), "check the bot token");
  }

  /** Registers the menu; an empty menu or a refusal is logged, the bot works without it. */
  void registerCommands(List<ChatCommand> commands) {
    if (commands.isEmpty()) {
      log.info("The chat core offers no commands; the Telegram menu is left as it is");
      return;
    }
    try {
      client.execute(BotCommandMenu.setMyCommands(commands));
    } catch (TelegramApiException e) {
      log.warn(
          "Telegram did not take the command menu ({}); the bot works without it",
          ApiFailure.of(e).describe(settings.botToken()));
    }
  }

  /**
   * Points Telegram at the webhook URL for messages and button presses.
   *
   * @return the secret token Telegram will send: the configured one, else a new random one
   */
  String setWebhook() {
    String secret =
        settings.webhookSecret() != null ? settings.webhookSecret() : WebhookRoute.randomSecret();
    SetWebhook setWebhook =
        SetWebhook.builder()
            .url(settings.webhookUrl().toString())
            .secretToken(secret)
            .allowedUpdates(LongPolling.ALLOWED_UPDATES)
            .build();
    call(() -> client.execute(setWebhook), "set the webhook");
    return secret;
  }

  /**
   * The API URL as TelegramBots wants it: scheme, host and port, the port defaulted by the scheme.
   */
  static TelegramUrl telegramUrl(URI apiUrl) {
    String scheme = apiUrl.getScheme().toLowerCase(Locale.ROOT);
    int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
  }

  private <T> T call(ApiCall<T> call, String purpose) {
    try {
      return call.run();
    } catch (TelegramApiException e) {
      ApiFailure failure = ApiFailure.of(e);
      String reason = failure.describe(settings.botToken());
      if (failure.code() == 401 || failure.code() == 404) {
        throw new TelegramStartException(
            "Telegram refused the bot token ("
                + reason
                + "); check telegram.bot-token / TELEGRAM_BOT_TOKEN");
      }
      if (failure.code() == ApiFailure.NETWORK) {
        throw new TelegramStartException(
            "Cannot reach the Telegram Bot API at "
                + settings.apiUrl()
                + " to "
                + purpose
                + ": "
                + reason);
      }
      throw new TelegramStartException("Telegram refused to " + purpose + ": " + reason);
    }
  }

  /** One Bot API call. */
  private interface ApiCall<T> {

    T run() throws TelegramApiException;
  }
}
