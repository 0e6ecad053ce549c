package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake Bot API itself, over plain HTTP: envelopes, parameters, Telegram's checks, getUpdates,
 * failures.
 */
class FakeBotApiTest {

  private final FakeBotApi api = FakeBotApi.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void method_names_are_case_insensitive_and_parameters_come_as_json_form_or_query()
      throws Exception {
    api.userSends(1, 1, "An", "chào");
    takeAll();

    assertThat(json("sendMessage", "{\"chat_id\":1,\"text\":\"json\"}").path("ok").asBoolean())
        .isTrue();
    assertThat(
            form(
                    "SENDMESSAGE",
                    "chat_id=1&text=" + URLEncoder.encode("biểu mẫu", StandardCharsets.UTF_8))
                .path("result")
                .path("message_id")
                .asInt())
        .isEqualTo(3);
    assertThat(
            post("sendmessage?chat_id=1&text=query", "", "text/plain")
                .path("result")
                .path("text")
                .asText())
        .isEqualTo("query");
    assertThat(api.messagesIn(1))
        .extracting(SentMessage::text)
        .containsExactly("json", "biểu mẫu", "query");
    api.assertExhausted();
  }

  @Test
  void html_is_parsed_into_entities_and_malformed_html_is_refused_like_telegram() throws Exception {
    api.userSends(1, 1, "An", "chào");
    takeAll();

    JsonNode sent =
        json(
            "sendMessage",
            "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":\"<b>Đậm</b> &lt;3 &amp; 😀\"}");
    JsonNode refused =
        json("sendMessage", "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":\"a <x> b\"}");
    JsonNode unclosed =
        json("sendMessage", "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":\"<b>a\"}");
    JsonNode bareAmpersand =
        json("sendMessage", "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":\"a & b\"}");

    assertThat(sent.path("result").path("text").asText()).isEqualTo("Đậm <3 & 😀");
    assertThat(sent.path("result").path("entities").get(0).toString())
        .isEqualTo("{\"type\":\"bold\",\"offset\":0,\"length\":3}");
    assertThat(refused.path("error_code").asInt()).isEqualTo(400);
    assertThat(refused.path("description").asText())
        .isEqualTo(
            "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 2");
    assertThat(unclosed.path("description").asText())
        .contains("Can't find end tag corresponding to start tag \"b\"");
    assertThat(bareAmpersand.path("description").asText())
        .startsWith("Bad Request: can't parse entities");
    assertThat(api.takeRefusals()).hasSize(3);
  }

  @Test
  void text_over_4096_characters_and_callback_data_over_64_bytes_are_refused() throws Exception {
    api.userSends(1, 1, "An", "chào");
    takeAll();

    JsonNode tooLong = json("sendMessage", "{\"chat_id\":1,\"text\":\"" + "a".repeat(4097) + "\"}");
    JsonNode justFits =
        json("sendMessage", "{\"chat_id\":1,\"text\":\"" + "a".repeat(4096) + "\"}");
    JsonNode bigData =
        json(
            "sendMessage",
            "{\"chat_id\":1,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":"
                + "[[{\"text\":\"nút\",\"callback_data\":\""
                + "đ".repeat(33)
                + "\"}]]}}");
    JsonNode noChat = json("sendMessage", "{\"chat_id\":999,\"text\":\"x\"}");

    assertThat(tooLong.path("description").asText()).isEqualTo("Bad Request: message is too long");
    assertThat(justFits.path("ok").asBoolean()).isTrue();
    assertThat(bigData.path("description").asText()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
    assertThat(noChat.path("description").asText()).isEqualTo("Bad Request: chat not found");
    assertThat(api.takeRefusals()).hasSize(3);
  }

  @Test
  void getupdates_waits_for_an_update_and_an_offset_confirms_earlier_ones() throws Exception {
    int first = api.userSends(1, 1, "An", "một");
    int second = api.userSends(1, 1, "An", "hai");

    JsonNode both = json("getUpdates", "{\"offset\":0,\"timeout\":0}").path("result");
    JsonNode afterFirst =
        json("getUpdates", "{\"offset\":" + (first + 1) + ",\"timeout\":0}").path("result");
    JsonNode none =
        json("getUpdates", "{\"offset\":" + (second + 1) + ",\"timeout\":0}").path("result");
    JsonNode again = json("getUpdates", "{\"offset\":0,\"timeout\":0}").path("result");

    assertThat(both).hasSize(2);
    assertThat(both.get(0).path("message").path("text").asText()).isEqualTo("một");
    assertThat(afterFirst).hasSize(1);
    assertThat(afterFirst.get(0).path("update_id").asInt()).isEqualTo(second);
    assertThat(none).isEmpty();
    assertThat(again).isEmpty();
    api.assertExhausted();
  }

  @Test
  void a_blocked_getupdates_returns_as_soon_as_an_update_is_queued() throws Exception {
    Thread user =
        new Thread(
            () -> {
              api.awaitRequests("getUpdates", 1, FakeBotApi.WAIT);
              api.userSends(1, 1, "An", "đến rồi");
            });
    user.start();

    JsonNode updates = json("getUpdates", "{\"timeout\":30}").path("result");

    user.join();
    assertThat(updates).hasSize(1);
  }

  @Test
  void injected_failures_come_in_order_as_bot_api_envelopes() throws Exception {
    api.userSends(1, 1, "An", "chào");
    takeAll();
    api.failNext("sendMessage", Failure.tooManyRequests(7));
    api.failNext("sendMessage", Failure.botBlocked());

    JsonNode limited = json("sendMessage", "{\"chat_id\":1,\"text\":\"x\"}");
    JsonNode blocked = json("sendMessage", "{\"chat_id\":1,\"text\":\"x\"}");
    JsonNode fine = json("sendMessage", "{\"chat_id\":1,\"text\":\"x\"}");

    assertThat(limited.toString())
        .isEqualTo(
            "{\"ok\":false,\"error_code\":429,"
                + "\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}");
    assertThat(blocked.path("description").asText())
        .isEqualTo("Forbidden: bot was blocked by the user");
    assertThat(fine.path("ok").asBoolean()).isTrue();
    api.assertExhausted();
  }

  @Test
  void a_wrong_token_is_unauthorized_and_a_set_webhook_stops_getupdates() throws Exception {
    HttpResponse<String> wrong =
        http.send(
            HttpRequest.newBuilder(URI.create(api.url() + "/bot1:nope/getMe")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    json("setWebhook", "{\"url\":\"https://example.org/hook\",\"secret_token\":\"abc\"}");

    JsonNode conflict = json("getUpdates", "{}");

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(conflict.path("error_code").asInt()).isEqualTo(409);
    assertThat(api.webhook())
        .hasValueSatisfying(hook -> assertThat(hook.secretToken()).isEqualTo("abc"));
    assertThat(api.takeRefusals()).hasSize(2);
  }

  @Test
  void leftovers_fail_the_exhaustion_check() {
    api.failNext("sendMessage", Failure.serverError());
    api.userSends(1, 1, "An", "chưa ai đọc");

    assertThatThrownBy(api::assertExhausted)
        .hasMessageContaining("failures never used for sendmessage")
        .hasMessageContaining("update never fetched");
  }

  @Test
  void a_user_cannot_press_a_button_the_bot_never_showed() {
    api.userSends(1, 1, "An", "chào");

    assertThatThrownBy(() -> api.userPresses(1, 1, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    takeAll();
  }

  private void takeAll() {
    try {
      json("getUpdates", "{\"offset\":0,\"timeout\":0}");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode json(String method, String body) throws IOException, InterruptedException {
    return post(method, body, "application/json");
  }

  private JsonNode form(String method, String body) throws IOException, InterruptedException {
    return post(method, body, "application/x-www-form-urlencoded");
  }

  private JsonNode post(String methodAndQuery, String body, String type)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.url() + "/bot" + api.token() + "/" + methodAndQuery))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return UpdateJson.JSON.readTree(
        http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }
}
