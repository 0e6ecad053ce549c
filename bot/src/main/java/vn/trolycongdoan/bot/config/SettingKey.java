package vn.trolycongdoan.bot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keys a settings file may hold. Each can also be set by the environment variable {@link
 * #environmentVariable}.
 */
public enum SettingKey {
  SERVER_HOST("server.host"),
  SERVER_PORT("server.port"),
  DATA_DIR("data.dir"),
  CORPUS_DIR("corpus.dir"),
  RESULTS_DEFAULT("search.results.default"),
  RESULTS_MAX("search.results.max"),
  MIN_RELEVANCE("search.min-relevance"),
  ASK_CACHE_SIZE("ask.cache.size"),
  SYNONYMS_FILE("synonyms.file"),
  PARAPHRASES_FILE("paraphrases.file"),
  INDICATORS_FILE("indicators.file"),
  UNITS_FILE("units.file"),
  TAGS_FILE("tags.file"),
  BROADCAST_PROGRESS_SECONDS("broadcasts.progress-seconds"),
  DEADLINE_MONTH("reports.deadline.month"),
  DEADLINE_QUARTER("reports.deadline.quarter"),
  DEADLINE_HALF_YEAR("reports.deadline.half-year"),
  DEADLINE_YEAR("reports.deadline.year"),
  DEADLINE_GRACE_DAYS("reports.deadline.grace-days"),
  REMINDERS_ENABLED("reports.reminders.enabled"),
  REMINDERS_DAYS_BEFORE("reports.reminders.days-before"),
  REMINDERS_FROM_HOUR("reports.reminders.from-hour"),
  REPORTS_ADMINS("reports.admins"),
  TELEGRAM_BOT_TOKEN("telegram.bot-token", true),
  TELEGRAM_API_URL("telegram.api-url"),
  TELEGRAM_WEBHOOK_URL("telegram.webhook-url"),
  TELEGRAM_WEBHOOK_SECRET("telegram.webhook-secret", true),
  FLOOD_MESSAGES_PER_MINUTE("chat.flood.messages-per-minute"),
  FLOOD_PAUSE_SECONDS("chat.flood.pause-seconds"),
  OUTBOX_MESSAGES_PER_SECOND("outbox.messages-per-second"),
  OUTBOX_BULK_MESSAGES_PER_SECOND("outbox.bulk-messages-per-second"),
  OUTBOX_CHAT_MESSAGES_PER_SECOND("outbox.chat-messages-per-second"),
  OUTBOX_GROUP_MESSAGES_PER_MINUTE("outbox.group-messages-per-minute"),
  OUTBOX_RETRY_HOURS("outbox.retry-hours"),
  OUTBOX_SENDERS("outbox.senders"),
  OUTBOX_PAID_BROADCAST("outbox.paid-broadcast"),
  OUTBOX_PAID_MESSAGES_PER_SECOND("outbox.paid-messages-per-second"),
  FLOOD_ADDRESS_MESSAGES_PER_MINUTE("web.flood.address-messages-per-minute");

  private final String key;
  private final boolean secret;

  SettingKey(String key) {
    this(key, false);
  }

  SettingKey(String key, boolean secret) {
    this.key = key;
    this.secret = secret;
  }

  /** Whether the value must never be printed, e.g. the bot token. */
  public boolean secret() {
    return secret;
  }

  /** The key as written in a settings file, e.g. {@code search.min-relevance}. */
  public String key() {
    return key;
  }

  /**
   * The key upper-cased with {@code .} and {@code -} turned into {@code _}, e.g. {@code
   * SEARCH_MIN_RELEVANCE}.
   */
  public String environmentVariable() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  static Optional<SettingKey> find(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  static String allKeys() {
    return Arrays.stream(values()).map(SettingKey::key).collect(Collectors.joining(", "));
  }
}
