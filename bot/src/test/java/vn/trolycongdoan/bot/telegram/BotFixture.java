package vn.trolycongdoan.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.trolycongdoan.bot.config.OutboxSettings;
import vn.trolycongdoan.bot.config.TelegramSettings;
import vn.trolycongdoan.bot.outbox.Foreground;
import vn.trolycongdoan.bot.store.Database;

/**
 * A fake Bot API with the doubles a {@link TelegramBot} needs, a real SQLite database for its inbox
 * and outbox in a temporary folder, and the bots a test starts on it, with retry waits and rate
 * limits short enough for tests. {@link #close} checks the fake has nothing left over, then stops
 * everything.
 */
final class BotFixture implements AutoCloseable {

  /** One {@code retry_after} second lasts 50 ms; polling backoff starts at 10 ms. */
  static final Tuning FAST =
      new Tuning(
          new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(10), Duration.ofMillis(100)),
          50,
          4);

  /** Limits far above what a test sends, so that only the fake's limits pace it. */
  static final OutboxSettings UNLIMITED =
      new OutboxSettings(10_000, 10_000, 1000, 60_000, Duration.ofHours(24), 4, false, 1000);

  final FakeBotApi api = FakeBotApi.start();
  final EchoChat chat = new EchoChat();
  final RecordingSubscribers subscribers = new RecordingSubscribers();
  final Path folder = temporaryFolder();
  final Database database = Database.open(folder.resolve("bot.db"));
  private final List<TelegramBot> bots = new ArrayList<>();

  TelegramBot startPolling() {
    return start(api.pollingSettings());
  }

  TelegramBot start(TelegramSettings settings) {
    TelegramBot bot =
        TelegramBot.start(settings, UNLIMITED, chat, database, subscribers, new Foreground(), FAST);
    bots.add(bot);
    return bot;
  }

  /** The update ids in the inbox with their state, oldest first, e.g. {@code 7001 HANDLED}. */
  List<String> inbox() {
    return database
        .jdbc()
        .list(
            "SELECT update_id, state FROM inbox ORDER BY update_id",
            row -> row.getLong(1) + " " + row.getString(2));
  }

  /**
   * The outbox rows' states and errors, oldest first, e.g. {@code SENT} or {@code FAILED 400 …}.
   */
  List<String> outbox() {
    return database
        .jdbc()
        .list(
            "SELECT state, last_error FROM outbox ORDER BY id",
            row ->
                row.getString(1)
                    + (row.getString(1).equals("SENT") || row.getString(2) == null
                        ? ""
                        : " " + row.getString(2)));
  }

  /** {@link #outbox} once no row is queued or being sent any more. */
  List<String> awaitOutboxSettled() {
    long deadline = System.nanoTime() + FakeBotApi.WAIT.toNanos();
    List<String> rows = outbox();
    while (rows.stream().anyMatch(row -> row.startsWith("QUEUED") || row.startsWith("SENDING"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The outbox did not settle: " + rows);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      rows = outbox();
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      bots.forEach(TelegramBot::close);
      api.assertExhausted();
    } finally {
      api.close();
      database.close();
      delete(folder);
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("bot-fixture");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
