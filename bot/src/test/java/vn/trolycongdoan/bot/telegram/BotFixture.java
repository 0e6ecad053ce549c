package vn.trolycongdoan.bot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.trolycongdoan.bot.config.TelegramSettings;

/**
 * A fake Bot API with the doubles a {@link TelegramBot} needs, and the bots a test starts on it,
 * with retry waits short enough for tests. {@link #close} checks the fake has nothing left over,
 * then stops everything.
 */
final class BotFixture implements AutoCloseable {

  /** One {@code retry_after} second lasts 50 ms; backoff starts at 10 ms. */
  static final Tuning FAST =
      new Tuning(
          new RetryPolicy(
              3, 30, Duration.ofMillis(50), Duration.ofMillis(10), Duration.ofMillis(100)),
          50,
          4);

  final FakeBotApi api = FakeBotApi.start();
  final EchoChat chat = new EchoChat();
  final FakeProcessedUpdates processed = new FakeProcessedUpdates();
  final RecordingSubscribers subscribers = new RecordingSubscribers();
  private final List<TelegramBot> bots = new ArrayList<>();

  TelegramBot startPolling() {
    return start(api.pollingSettings());
  }

  TelegramBot start(TelegramSettings settings) {
    TelegramBot bot = TelegramBot.start(settings, chat, processed, subscribers, FAST);
    bots.add(bot);
    return bot;
  }

  @Override
  public void close() {
    try {
      bots.forEach(TelegramBot::close);
      api.assertExhausted();
    } finally {
      api.close();
    }
  }
}
