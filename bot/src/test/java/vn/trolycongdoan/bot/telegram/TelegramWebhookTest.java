package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.FakeBotApi.WAIT;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpResponse;
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
