package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.FakeBotApi.WAIT;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling on its own, TelegramBots' polling against the fake Bot API, with consumers that
 * misbehave.
 */
class LongPollingTest {

  private final FakeBotApi api = FakeBotApi.start();
  private final OkHttpClient http = new OkHttpClient();
  private final BlockingQueue<Integer> handedOver = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() {
    try {
      api.assertExhausted();
    } finally {
      api.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void a_batch_is_handed_over_in_order_and_the_next_poll_confirms_it() {
    try (LongPolling polling = start(this::record)) {
      int first = api.userSends(901, 901, "An", "một");
      assertThat(next()).isEqualTo(first);
      api.queueRawUpdate(
          api.textUpdate(901, 901, "An", "hai"),
          api.textUpdate(902, 902, "Bình", "ba"),
          api.textUpdate(901, 901, "An", "bốn"));

      assertThat(List.of(next(), next(), next())).containsExactly(first + 1, first + 2, first + 3);
      List<RecordedRequest> polls = api.awaitRequests("getUpdates", 3, WAIT);
      assertThat(polls)
          .extracting(poll -> poll.params().get("offset").asInt())
          .containsExactly(1, first + 1, first + 4);
      assertThat(polls.get(0).params().get("timeout").asInt())
          .isEqualTo(BotFixture.FAST.pollSeconds());
    }
  }

  @Test
  void an_update_the_consumer_throws_on_is_skipped_and_polling_goes_on() {
    AtomicBoolean failed = new AtomicBoolean();
    Predicate<Update> failingOnFirst =
        update -> {
          record(update);
          if (failed.compareAndSet(false, true)) {
            throw new IllegalStateException("consumer on fire");
          }
          return true;
        };
    try (LongPolling polling = start(failingOnFirst)) {
      api.queueRawUpdate(
          api.textUpdate(903, 903, "Chi", "một"), api.textUpdate(903, 903, "Chi", "hai"));
      int third = api.userSends(903, 903, "Chi", "ba");

      assertThat(List.of(next(), next(), next())).containsExactly(third - 2, third - 1, third);
    }
  }

  @Test
  void a_consumer_that_takes_no_more_leaves_its_batch_unconfirmed_for_the_next_start() {
    try (LongPolling polling =
        start(
            update -> {
              record(update);
              return false;
            })) {
      api.queueRawUpdate(
          api.textUpdate(904, 904, "Dung", "một"), api.textUpdate(904, 904, "Dung", "hai"));
      int first = next();
      polling.close();
      assertThat(handedOver).isEmpty();

      try (LongPolling again = start(this::record)) {
        assertThat(List.of(next(), next())).containsExactly(first, first + 1);
      }
    }
  }

  @Test
  void close_cancels_the_waiting_poll_quietly_and_ends_the_polling_thread() {
    LongPolling polling = start(this::record);
    api.awaitRequests("getUpdates", 1, WAIT);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    logged.start();
    root.addAppender(logged);
    try {
      polling.close();
      polling.close();
    } finally {
      root.detachAppender(logged);
    }

    assertThat(logged.list)
        .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
        .isEmpty();
    assertThat(pollingThreads()).isEmpty();
    api.userSends(905, 905, "Em", "còn ai không?");
    assertThat(api.requests("getUpdates")).hasSize(1);
    assertThat(handedOver).isEmpty();
    try (LongPolling again = start(this::record)) {
      assertThat(next()).isPositive();
    }
  }

  private LongPolling start(Predicate<Update> consumer) {
    return LongPolling.start(
        http, api.token(), StartupCalls.telegramUrl(api.url()), BotFixture.FAST, consumer);
  }

  private boolean record(Update update) {
    handedOver.add(update.getUpdateId());
    return true;
  }

  private int next() {
    try {
      Integer id = handedOver.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(id).as("an update handed over within " + WAIT).isNotNull();
      return id;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * The polling threads still alive after each was given {@link FakeBotApi#WAIT} to end: a pool's
   * worker may outlive the pool's termination by a moment, so alive at once is not a leak.
   */
  static List<Thread> pollingThreads() {
    List<Thread> polling =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().equals("telegram-polling"))
            .toList();
    for (Thread thread : polling) {
      try {
        thread.join(FakeBotApi.WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return polling.stream().filter(Thread::isAlive).toList();
  }
}
