package vn.trolycongdoan.bot.config;

import static vn.trolycongdoan.bot.config.SettingKey.ASK_CACHE_SIZE;
import static vn.trolycongdoan.bot.config.SettingKey.BROADCAST_PROGRESS_SECONDS;
import static vn.trolycongdoan.bot.config.SettingKey.CORPUS_DIR;
import static vn.trolycongdoan.bot.config.SettingKey.DATA_DIR;
import static vn.trolycongdoan.bot.config.SettingKey.DEADLINE_GRACE_DAYS;
import static vn.trolycongdoan.bot.config.SettingKey.DEADLINE_HALF_YEAR;
import static vn.trolycongdoan.bot.config.SettingKey.DEADLINE_MONTH;
import static vn.trolycongdoan.bot.config.SettingKey.DEADLINE_QUARTER;
import static vn.trolycongdoan.bot.config.SettingKey.DEADLINE_YEAR;
import static vn.trolycongdoan.bot.config.SettingKey.FLOOD_ADDRESS_MESSAGES_PER_MINUTE;
import static vn.trolycongdoan.bot.config.SettingKey.FLOOD_MESSAGES_PER_MINUTE;
import static vn.trolycongdoan.bot.config.SettingKey.FLOOD_PAUSE_SECONDS;
import static vn.trolycongdoan.bot.config.SettingKey.INDICATORS_FILE;
import static vn.trolycongdoan.bot.config.SettingKey.MIN_RELEVANCE;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_BULK_MESSAGES_PER_SECOND;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_CHAT_MESSAGES_PER_SECOND;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_GROUP_MESSAGES_PER_MINUTE;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_MESSAGES_PER_SECOND;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_PAID_BROADCAST;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_PAID_MESSAGES_PER_SECOND;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_RETRY_HOURS;
import static vn.trolycongdoan.bot.config.SettingKey.OUTBOX_SENDERS;
import static vn.trolycongdoan.bot.config.SettingKey.PARAPHRASES_FILE;
import static vn.trolycongdoan.bot.config.SettingKey.REMINDERS_DAYS_BEFORE;
import static vn.trolycongdoan.bot.config.SettingKey.REMINDERS_ENABLED;
import static vn.trolycongdoan.bot.config.SettingKey.REMINDERS_FROM_HOUR;
import static vn.trolycongdoan.bot.config.SettingKey.REPORTS_ADMINS;
import static vn.trolycongdoan.bot.config.SettingKey.RESULTS_DEFAULT;
import static vn.trolycongdoan.bot.config.SettingKey.RESULTS_MAX;
import static vn.trolycongdoan.bot.config.SettingKey.SERVER_HOST;
import static vn.trolycongdoan.bot.config.SettingKey.SERVER_PORT;
import static vn.trolycongdoan.bot.config.SettingKey.SYNONYMS_FILE;
import static vn.trolycongdoan.bot.config.SettingKey.TAGS_FILE;
import static vn.trolycongdoan.bot.config.SettingKey.TELEGRAM_API_URL;
import static vn.trolycongdoan.bot.config.SettingKey.TELEGRAM_BOT_TOKEN;
import static vn.trolycongdoan.bot.config.SettingKey.TELEGRAM_WEBHOOK_SECRET;
import static vn.trolycongdoan.bot.config.SettingKey.TELEGRAM_WEBHOOK_URL;
import static vn.trolycongdoan.bot.config.SettingKey.UNITS_FILE;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.config.SettingsException.Reason;
import vn.trolycongdoan.knowledge.analysis.Paraphrases;

/**
 * Turns merged raw values into typed {@link Settings}, refusing the first bad value by key and
 * value.
 */
final class SettingsBinder {

  static final int MOST_RESULTS = 100;

  static final int MOST_CACHED_ANSWERS = 1_000_000;

  private static final Pattern BOT_TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");
  private static final Pattern DUE_DAY = Pattern.compile("(\\d{1,2})(?:\\s*\\+\\s*(\\d{1,2}))?");
  private static final Pattern TELEGRAM_USER_ID = Pattern.compile("[1-9]\\d{0,17}");
  private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private final Map<SettingKey, SettingValue> values;
  private final Map<SettingKey, SettingValue> bundled;

  /**
   * @param values the merged values
   * @param bundled the bundled defaults alone, to tell an operator file left at its default
   */
  SettingsBinder(Map<SettingKey, SettingValue> values, Map<SettingKey, SettingValue> bundled) {
    this.values = values;
    this.bundled = bundled;
  }

  Settings bind() {
    int maxResults = integer(RESULTS_MAX, 1, MOST_RESULTS);
    return new Settings(
        text(SERVER_HOST),
        integer(SERVER_PORT, 1, 65535),
        path(DATA_DIR),
        optionalFolder(CORPUS_DIR),
        integer(RESULTS_DEFAULT, 1, maxResults),
        maxResults,
        fraction(MIN_RELEVANCE),
        integer(ASK_CACHE_SIZE, 0, MOST_CACHED_ANSWERS),
        operatorFile(SYNONYMS_FILE),
        paraphrasesFile(),
        operatorFile(INDICATORS_FILE),
        operatorFile(UNITS_FILE),
        telegram(),
        new FloodLimit(
            integer(FLOOD_MESSAGES_PER_MINUTE, 1, 1000),
            integer(FLOOD_ADDRESS_MESSAGES_PER_MINUTE, 1, 100_000),
            Duration.ofSeconds(integer(FLOOD_PAUSE_SECONDS, 1, 3600))),
        outbox(),
        deadlines(),
        new ReminderSettings(
            bool(REMINDERS_ENABLED),
            integer(REMINDERS_DAYS_BEFORE, 0, 60),
            integer(REMINDERS_FROM_HOUR, 0, 23)),
        admins(),
        operatorFile(TAGS_FILE),
        Duration.ofSeconds(integer(BROADCAST_PROGRESS_SECONDS, 1, 3600)));
  }

  /** Comma-separated Telegram user ids, each a positive whole number; empty for none. */
  private List<Long> admins() {
    String text = value(REPORTS_ADMINS).text().strip();
    if (text.isEmpty()) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    for (String id : text.split("\\s*,\\s*", -1)) {
      if (!TELEGRAM_USER_ID.matcher(id).matches()) {
        throw SettingsException.badValue(
            REPORTS_ADMINS,
            value(REPORTS_ADMINS),
            new Reason(
                "cần các mã số người dùng Telegram cách nhau bằng dấu phẩy, ví dụ 123456789,"
                    + " 987654321",
                "expected Telegram user ids separated by commas, e.g. 123456789, 987654321"));
      }
      ids.add(Long.parseLong(id));
    }
    return ids;
  }

  private OutboxSettings outbox() {
    int overall = integer(OUTBOX_MESSAGES_PER_SECOND, 1, 10_000);
    return new OutboxSettings(
        overall,
        integer(OUTBOX_BULK_MESSAGES_PER_SECOND, 1, overall),
        integer(OUTBOX_CHAT_MESSAGES_PER_SECOND, 1, 1000),
        integer(OUTBOX_GROUP_MESSAGES_PER_MINUTE, 1, 60_000),
        Duration.ofHours(integer(OUTBOX_RETRY_HOURS, 1, 24 * 30)),
        integer(OUTBOX_SENDERS, 1, 64),
        bool(OUTBOX_PAID_BROADCAST),
        integer(OUTBOX_PAID_MESSAGES_PER_SECOND, 1, 1000));
  }

  private DeadlineSettings deadlines() {
    return new DeadlineSettings(
        dueDay(DEADLINE_MONTH),
        dueDay(DEADLINE_QUARTER),
        dueDay(DEADLINE_HALF_YEAR),
        dueDay(DEADLINE_YEAR),
        integer(DEADLINE_GRACE_DAYS, 0, 366));
  }

  /** {@code 20}: before the 20th of the period's last month; {@code 20+1}: of the month after. */
  private DeadlineSettings.DueDay dueDay(SettingKey key) {
    Matcher m = DUE_DAY.matcher(value(key).text().strip());
    if (m.matches()) {
      int day = Integer.parseInt(m.group(1));
      int monthsAfter = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (day >= 1 && day <= 28 && monthsAfter <= 12) {
        return new DeadlineSettings.DueDay(day, monthsAfter);
      }
    }
    throw SettingsException.badValue(
        key,
        value(key),
        new Reason(
            "cần ngày 1–28 của tháng cuối kỳ (20), hoặc của N tháng sau đó (20+1), N tối đa 12",
            "expected a day 1-28 of the period's last month (20) or of N months after it (20+1),"
                + " N at most 12"));
  }

  private TelegramSettings telegram() {
    String token = optionalText(TELEGRAM_BOT_TOKEN);
    if (token != null && !BOT_TOKEN.matcher(token).matches()) {
      throw SettingsException.badValue(
          TELEGRAM_BOT_TOKEN,
          value(TELEGRAM_BOT_TOKEN),
          new Reason(
              "mã bot từ BotFather có dạng 123456789:AA…",
              "a BotFather token looks like 123456789:AA..."));
    }
    URI apiUrl = url(TELEGRAM_API_URL, false);
    if (apiUrl.getPath() != null && !apiUrl.getPath().isEmpty() && !apiUrl.getPath().equals("/")) {
      throw SettingsException.badValue(
          TELEGRAM_API_URL,
          value(TELEGRAM_API_URL),
          new Reason("chỉ gồm giao thức, máy chủ và cổng", "scheme, host and port only"));
    }
    URI webhookUrl =
        optionalText(TELEGRAM_WEBHOOK_URL) == null ? null : url(TELEGRAM_WEBHOOK_URL, true);
    String secret = optionalText(TELEGRAM_WEBHOOK_SECRET);
    if (secret != null && !WEBHOOK_SECRET.matcher(secret).matches()) {
      throw SettingsException.badValue(
          TELEGRAM_WEBHOOK_SECRET,
          value(TELEGRAM_WEBHOOK_SECRET),
          new Reason(
              "1–256 ký tự A–Z, a–z, 0–9, _ hoặc -", "1-256 characters A-Z, a-z, 0-9, _ or -"));
    }
    return new TelegramSettings(token, apiUrl, webhookUrl, secret);
  }

  private URI url(SettingKey key, boolean httpsOnly) {
    String text = text(key);
    Reason reason =
        httpsOnly
            ? new Reason("cần địa chỉ https://…", "expected an https://... URL")
            : new Reason(
                "cần địa chỉ http(s)://máy-chủ[:cổng]", "expected an http(s)://host[:port] URL");
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      boolean schemeOk =
          httpsOnly ? "https".equals(scheme) : "https".equals(scheme) || "http".equals(scheme);
      if (schemeOk && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw SettingsException.badValue(key, value(key), reason);
  }

  private String optionalText(SettingKey key) {
    String text = value(key).text().strip();
    return text.isEmpty() ? null : text;
  }

  private String text(SettingKey key) {
    SettingValue value = value(key);
    if (value.text().isBlank()) {
      throw SettingsException.badValue(
          key, value, new Reason("không được để trống", "must not be blank"));
    }
    return value.text().strip();
  }

  private int integer(SettingKey key, int min, int max) {
    Reason reason =
        new Reason("cần số nguyên " + min + "–" + max, "expected an integer " + min + "-" + max);
    return (int) number(key, Integer::parseInt, min, max, reason);
  }

  private boolean bool(SettingKey key) {
    String text = value(key).text().strip();
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw SettingsException.badValue(
        key, value(key), new Reason("cần true hoặc false", "expected true or false"));
  }

  private double fraction(SettingKey key) {
    Reason reason =
        new Reason("cần số từ 0 đến 1, ví dụ 0.2", "expected a number from 0 to 1, e.g. 0.2");
    return number(key, Double::parseDouble, 0, 1, reason);
  }

  private double number(
      SettingKey key, ToDoubleFunction<String> parser, double min, double max, Reason reason) {
    SettingValue value = value(key);
    try {
      double number = parser.applyAsDouble(value.text().strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the range
    }
    throw SettingsException.badValue(key, value, reason);
  }

  private Path path(SettingKey key) {
    String text = text(key);
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw SettingsException.badValue(
          key,
          value(key),
          new Reason("không phải đường dẫn hợp lệ", "not a valid path: " + e.getReason()));
    }
  }

  private Path optionalFolder(SettingKey key) {
    if (value(key).text().isBlank()) {
      return null;
    }
    Path folder = path(key);
    if (!Files.isDirectory(folder)) {
      Path absolute = folder.toAbsolutePath().normalize();
      throw SettingsException.badValue(
          key,
          value(key),
          new Reason("không có thư mục " + absolute, "no such folder: " + absolute));
    }
    return folder;
  }

  /**
   * An operator file resolved against the folder of the settings file naming it (the working
   * directory when set in the environment or on the command line); {@code null} for the bundled
   * one: when empty, set only by the bundled defaults, or left at the bundled default's name in a
   * copy of the settings file with no such file beside the copy (so that a copied {@code
   * settings.properties} works alone, and one copied with its {@code synonyms.txt} uses that).
   */
  private Path operatorFile(SettingKey key) {
    SettingValue value = value(key);
    if (value.text().isBlank() || value.origin().bundled()) {
      return null;
    }
    Path file = value.origin().folder().resolve(path(key)).toAbsolutePath().normalize();
    SettingValue bundledValue = bundled.get(key);
    boolean leftAtDefault =
        bundledValue != null && bundledValue.text().strip().equals(value.text().strip());
    if (leftAtDefault && !Files.exists(file)) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw SettingsException.badValue(
          key, value, new Reason("không tìm thấy tệp " + file, "no such file: " + file));
    }
    return file;
  }

  /** The paraphrases file, refused with its bad line if its rules do not parse. */
  private Path paraphrasesFile() {
    Path file = operatorFile(PARAPHRASES_FILE);
    if (file == null) {
      return null;
    }
    try {
      Paraphrases.parse(Files.readString(file));
      return file;
    } catch (IOException e) {
      throw SettingsException.badValue(
          PARAPHRASES_FILE,
          value(PARAPHRASES_FILE),
          new Reason("không đọc được tệp " + file, "cannot read " + file + ": " + e));
    } catch (IllegalArgumentException e) {
      throw SettingsException.badValue(
          PARAPHRASES_FILE,
          value(PARAPHRASES_FILE),
          new Reason(
              "tệp " + file + " có quy tắc sai ở " + e.getMessage().replaceFirst("^line ", "dòng "),
              "bad rule in " + file + ", " + e.getMessage()));
    }
  }

  private SettingValue value(SettingKey key) {
    SettingValue value = values.get(key);
    if (value == null) {
      throw new IllegalStateException(
          "The bundled settings lack " + key.key() + "; the build is broken");
    }
    return value;
  }
}
