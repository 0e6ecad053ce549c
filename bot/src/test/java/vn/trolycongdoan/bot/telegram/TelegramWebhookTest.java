package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.FakeBotApi.WAIT;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.web.PostRoute;

/** Webhook mode: {@code setWebhook} with a secret at start, our route checks it on every call. */
class TelegramWebhookTest {

  private static final URI PUBLIC_URL = URI.create("https://bot.congdoan.example/telegram/hook");
  private static final String SECRET = "s3cret_Token-for-tests";

  private final BotFixture fixture = new BotFixture();
  private final FakeBotApi api = fixture.api;
  private Javalin web;

  @AfterEach
  void stop() {
    if (web != null) {
      web.stop();
    }
    fixture.close();
  }

  @Test
  void start_sets_the_webhook_with_the_configured_secret_and_message_and_press_updates() {
    TelegramBot bot = fixture.start(api.webhookSettings(PUBLIC_URL, SECRET));

    assertThat(api.webhook())
        .hasValue(
            new FakeBotApi.Webhook(
                PUBLIC_URL.toString(), SECRET, java.util.List.of("message", "callback_query")));
    assertThat(bot.webhookRoute()).map(PostRoute::path).hasValue("/telegram/hook");
    assertThat(api.requests("getUpdates")).isEmpty();
    assertThat(api.commands()).hasSize(2);
  }

  @Test
  void without_a_configured_secret_each_start_sets_a_new_random_one() {
    TelegramBot first = fixture.start(api.webhookSettings(PUBLIC_URL, null));
    String firstSecret = api.webhook().orElseThrow().secretToken();
    first.close();
    fixture.start(api.webhookSettings(PUBLIC_URL, null));
    String secondSecret = api.webhook().orElseThrow().secretToken();

    assertThat(firstSecret).matches("[A-Za-z0-9_-]{43}");
    assertThat(secondSecret).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(firstSecret);
  }

  @Test
  void a_call_without_the_right_secret_is_refused_and_not_processed() {
    URI hook = serve(fixture.start(api.webhookSettings(PUBLIC_URL, SECRET)));

    HttpResponse<String> missing =
        FakeBotApi.postUpdate(hook, api.textUpdate(901, 901, "An", "không có khóa"), null);
    HttpResponse<String> wrong =
        FakeBotApi.postUpdate(hook, api.textUpdate(901, 901, "An", "khóa sai"), "guess");
    HttpResponse<String> right =
        FakeBotApi.postUpdate(hook, api.textUpdate(901, 901, "An", "đúng khóa"), SECRET);

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(api.awaitMessages(901, 1, WAIT))
        .extracting(SentMessage::text)
        .containsExactly("Bạn viết: đúng khóa");
    assertThat(fixture.chat.received()).hasSize(1);
    assertThat(fixture.inbox()).hasSize(1);
  }

  @Test
  void a_body_that_is_not_an_update_is_answered_200_so_telegram_does_not_send_it_forever() {
    URI hook = serve(fixture.start(api.webhookSettings(PUBLIC_URL, SECRET)));

    assertThat(FakeBotApi.postUpdate(hook, "{not json", SECRET).statusCode()).isEqualTo(200);
    assertThat(FakeBotApi.postUpdate(hook, "{\"message\":{}}", SECRET).statusCode()).isEqualTo(200);
    assertThat(FakeBotApi.postUpdate(hook, "[1, 2]", SECRET).statusCode()).isEqualTo(200);
    assertThat(fixture.inbox()).isEmpty();
  }

  @Test
  void an_update_that_cannot_be_stored_is_a_503_so_telegram_sends_it_again() {
    URI hook = serve(fixture.start(api.webhookSettings(PUBLIC_URL, SECRET)));
    fixture.database.close();

    HttpResponse<String> response =
        FakeBotApi.postUpdate(hook, api.textUpdate(904, 904, "Dũng", "hỏi"), SECRET);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(fixture.chat.received()).isEmpty();
  }

  @Test
  void presses_and_repeated_updates_through_the_webhook_are_handled_once_each() {
    URI hook = serve(fixture.start(api.webhookSettings(PUBLIC_URL, SECRET)));
    String question = api.textUpdate(902, 902, "Bình", "hỏi");
    FakeBotApi.postUpdate(hook, question, SECRET);
    int messageId = api.awaitMessages(902, 1, WAIT).get(0).messageId();

    FakeBotApi.postUpdate(hook, question, SECRET);
    FakeBotApi.postUpdate(hook, api.pressUpdate(902, 902, messageId, EchoChat.AGAIN), SECRET);

    assertThat(api.awaitEdit(902, messageId, WAIT).text()).isEqualTo("Đã bấm: again");
    assertThat(api.awaitCallbackAnswers(1, WAIT).get(0).text()).isEqualTo(EchoChat.NOTICE);
    assertThat(api.messagesIn(902)).hasSize(1);
    assertThat(fixture.chat.received()).hasSize(2);
  }

  @Test
  void an_update_stored_while_the_bot_stops_is_handled_after_the_next_start() {
    TelegramBot bot = fixture.start(api.webhookSettings(PUBLIC_URL, SECRET));
    URI hook = serve(bot);
    bot.close();

    HttpResponse<String> response =
        FakeBotApi.postUpdate(hook, api.textUpdate(903, 903, "Chi", "hỏi"), SECRET);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fixture.inbox()).singleElement().asString().endsWith("PENDING");
    assertThat(fixture.chat.received()).isEmpty();
    fixture.start(api.webhookSettings(PUBLIC_URL, SECRET));
    assertThat(api.awaitMessages(903, 1, WAIT))
        .extracting(SentMessage::text)
        .containsExactly("Bạn viết: hỏi");
    assertThat(fixture.inbox()).singleElement().asString().endsWith("HANDLED");
  }

  @Test
  void concurrent_posts_are_answered_200_each_once_its_update_is_stored_and_each_is_handled_once()
      throws Exception {
    URI hook = serve(fixture.start(api.webhookSettings(PUBLIC_URL, SECRET)));
    List<String> updates = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      updates.add(api.textUpdate(1000 + i % 40, 1000 + i % 40, "Thành viên", "câu " + i));
    }

    // Every update is posted twice, by two of the eight clients at about the same time.
    Map<Long, Integer> answers = postConcurrently(hook, updates, 8, 2);

    assertThat(answers).hasSize(160).containsOnlyKeys(updateIds(updates)).doesNotContainValue(-1);
    assertThat(answers.values()).containsOnly(200);
    assertThat(fixture.inbox()).hasSize(160);
    for (long chat = 1000; chat < 1040; chat++) {
      assertThat(api.awaitMessages(chat, 4, WAIT)).hasSize(4);
    }
    assertThat(fixture.chat.received()).hasSize(160);
  }

  @Test
  void a_post_whose_batch_cannot_be_stored_is_a_503_and_each_post_answered_200_is_stored()
      throws Exception {
    URI hook = serve(fixture.start(api.webhookSettings(PUBLIC_URL, SECRET)));
    List<String> updates = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      updates.add(api.textUpdate(2000 + i % 10, 2000 + i % 10, "Thành viên", "câu " + i));
    }
    long refused = updateIds(updates).get(40);
    fixture
        .database
        .jdbc()
        .update(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON inbox WHEN NEW.update_id = "
                + refused
                + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");

    Map<Long, Integer> answers = postConcurrently(hook, updates, 8, 1);

    assertThat(answers).doesNotContainValue(-1).containsEntry(refused, 503);
    List<Long> stored =
        fixture.database.jdbc().list("SELECT update_id FROM inbox", row -> row.getLong(1));
    Set<Long> answered200 = new java.util.TreeSet<>();
    answers.forEach(
        (id, status) -> {
          if (status == 200) {
            answered200.add(id);
          }
        });
    assertThat(stored).containsExactlyInAnyOrderElementsOf(answered200);

    // Telegram sends the refused ones again; stored now, each is handled once.
    fixture.database.jdbc().update("DROP TRIGGER refuse_one");
    for (String update : updates) {
      if (answers.get(updateId(update)) != 200) {
        assertThat(FakeBotApi.postUpdate(hook, update, SECRET).statusCode()).isEqualTo(200);
      }
    }
    assertThat(fixture.inbox()).hasSize(80);
    for (long chat = 2000; chat < 2010; chat++) {
      assertThat(api.awaitMessages(chat, 8, WAIT)).hasSize(8);
    }
    assertThat(fixture.chat.received()).hasSize(80);
  }

  /**
   * Posts each update {@code times} times from {@code clients} threads at once; returns each update
   * id's answer ({@code -1} if its posts were answered differently, or 200 before it was stored).
   */
  private Map<Long, Integer> postConcurrently(
      URI hook, List<String> updates, int clients, int times) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Map<Long, Integer> answers = new TreeMap<>();
    try {
      List<Future<Map<Long, Integer>>> posted = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int first = client;
        posted.add(
            pool.submit(
                () -> {
                  Map<Long, Integer> seen = new TreeMap<>();
                  for (int i = 0; i < updates.size(); i++) {
                    if (Math.floorMod(i - first, clients) >= times) {
                      continue;
                    }
                    long id = updateId(updates.get(i));
                    int status = FakeBotApi.postUpdate(hook, updates.get(i), SECRET).statusCode();
                    boolean storedNow = stored(id);
                    seen.put(id, status == 200 && !storedNow ? -1 : status);
                  }
                  return seen;
                }));
      }
      for (Future<Map<Long, Integer>> future : posted) {
        future
            .get(60, TimeUnit.SECONDS)
            .forEach((id, status) -> answers.merge(id, status, (a, b) -> a.equals(b) ? a : -1));
      }
    } finally {
      pool.shutdownNow();
    }
    return answers;
  }

  private boolean stored(long updateId) {
    return fixture
        .database
        .jdbc()
        .first(
            "SELECT count(*) FROM inbox WHERE update_id = ?", row -> row.getInt(1) == 1, updateId)
        .orElse(false);
  }

  private static List<Long> updateIds(List<String> updates) {
    return updates.stream().map(TelegramWebhookTest::updateId).toList();
  }

  private static long updateId(String update) {
    try {
      return new ObjectMapper().readTree(update).get("update_id").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URI serve(TelegramBot bot) {
    PostRoute route = bot.webhookRoute().orElseThrow();
    web =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post(route.path(), route.handler());
                })
            .start("127.0.0.1", 0);
    return URI.create("http://127.0.0.1:" + web.port() + route.path());
  }
}
