package vn.trolycongdoan.bot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The service's settings, validated by {@link SettingsLoader}.
 *
 * @param host the address the web server binds to
 * @param port the web server's port; 0 picks a free one (tests only: the loader accepts 1–65535)
 * @param dataDir where the index (in {@code index/}), the seeded corpus and later the database live
 * @param corpusDir the folder of documents, or {@code null} for the bundled corpus seeded into
 *     {@link #dataDir}
 * @param defaultResults how many hits a question gets when it does not say
 * @param maxResults the most hits a question may ask for
 * @param minRelevance the least confidence (0 to 1) an answer needs to be given; below it the
 *     question is refused
 * @param askCacheSize how many answers to repeated questions are kept until the index changes; 0
 *     keeps none
 * @param synonymsFile the abbreviation list, or {@code null} for the bundled one
 * @param paraphrasesFile the member-to-legal phrase rules, already checked to parse, or {@code
 *     null} for the bundled ones
 * @param indicatorsFile the reports' indicator catalogue, or {@code null} for the bundled one
 * @param unitsFile the reports' org-unit tree, or {@code null} for the bundled sample
 * @param telegram how to reach Telegram, if at all
 * @param flood per-user flood control of the chat
 * @param outbox how outgoing messages are paced and retried
 * @param deadlines when reports are due and when a period locks for its reporters
 * @param reminders when units that have not reported are reminded
 * @param admins the Telegram user ids of the reports' admins, who grant staff roles ({@code
 *     /capquyen}) and see every unit; possibly empty, never {@code null}
 * @param tagsFile the topics members choose from ({@code /chude}), or {@code null} for the bundled
 *     list
 * @param broadcastProgressEvery the least time between two edits of a broadcast's progress message
 */
public record Settings(
    String host,
    int port,
    Path dataDir,
    Path corpusDir,
    int defaultResults,
    int maxResults,
    double minRelevance,
    int askCacheSize,
    Path synonymsFile,
    Path paraphrasesFile,
    Path indicatorsFile,
    Path unitsFile,
    TelegramSettings telegram,
    FloodLimit flood,
    OutboxSettings outbox,
    DeadlineSettings deadlines,
    ReminderSettings reminders,
    List<Long> admins,
    Path tagsFile,
    Duration broadcastProgressEvery) {

  public Settings {
    admins = List.copyOf(admins);
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  /** The SQLite database file. */
  public Path databaseFile() {
    return dataDir.resolve("troly-congdoan.db");
  }

  /** The folder the bundled corpus is copied into when {@link #corpusDir} is not set. */
  public Path seededCorpusDir() {
    return dataDir.resolve("corpus");
  }

  /** The same settings with another port, e.g. 0 for a test server. */
  public Settings withPort(int otherPort) {
    return edited(copy -> copy.port = otherPort);
  }

  /** The same settings with other Telegram settings, e.g. a test's fake Bot API server. */
  public Settings withTelegram(TelegramSettings other) {
    return edited(copy -> copy.telegram = other);
  }

  /** The same settings writing to another data folder, e.g. a benchmark's temporary one. */
  public Settings withDataDir(Path otherDataDir) {
    return edited(copy -> copy.dataDir = otherDataDir);
  }

  /** The same settings with other outbox settings, e.g. a test's faster limits. */
  public Settings withOutbox(OutboxSettings other) {
    return edited(copy -> copy.outbox = other);
  }

  /** The same settings bound to another address, e.g. 127.0.0.1 for a benchmark. */
  public Settings withHost(String otherHost) {
    return edited(copy -> copy.host = otherHost);
  }

  private Settings edited(Consumer<Edit> change) {
    Edit edit = new Edit(this);
    change.accept(edit);
    return edit.settings();
  }

  /** The fields the {@code with…} methods change, over the rest of {@code from}. */
  private static final class Edit {
    private final Settings from;
    String host;
    int port;
    Path dataDir;
    TelegramSettings telegram;
    OutboxSettings outbox;

    Edit(Settings from) {
      this.from = from;
      host = from.host;
      port = from.port;
      dataDir = from.dataDir;
      telegram = from.telegram;
      outbox = from.outbox;
    }

    Settings settings() {
      return new Settings(
          host,
          port,
          dataDir,
          from.corpusDir,
          from.defaultResults,
          from.maxResults,
          from.minRelevance,
          from.askCacheSize,
          from.synonymsFile,
          from.paraphrasesFile,
          from.indicatorsFile,
          from.unitsFile,
          telegram,
          from.flood,
          outbox,
          from.deadlines,
          from.reminders,
          from.admins,
          from.tagsFile,
          from.broadcastProgressEvery);
    }
  }
}
