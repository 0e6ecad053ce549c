package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.web.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.ExampleQuestions;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.library.FakeLibrary;

/** {@code POST /api/chat} and the chat page on a real server, with a fake chat core. */
class ChatRouteTest {

  private final FakeChatCore core = new FakeChatCore();
  private WebServer server;
  private HttpTestClient client;

  @BeforeEach
  void start() {
    server =
        WebServer.start(
            TestSettings.inFolder(Path.of("unused")),
            new FakeLibrary(),
            () -> false,
            core,
            new MemoryWebSessions(),
            List.of(),
            Optional.empty());
    client = new HttpTestClient(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void text_goes_to_the_core_as_a_web_message_and_replies_come_back_as_runs_and_buttons() {
    HttpResponse<String> response =
        client.postJson("/api/chat", "{\"name\": \" Lan \", \"text\": \"  Mức đóng đoàn phí?  \"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    String session = core.messages().get(0).from().chatId();
    ChatUser user = new ChatUser(Channel.WEB, session, session, "Lan");
    assertThat(session).startsWith("web:");
    assertThat(core.messages()).containsExactly(IncomingMessage.text(user, "Mức đóng đoàn phí?"));
    JsonNode body = json(response);
    assertThat(body.fieldNames()).toIterable().containsExactly("replies", "notice");
    assertThat(body.get("notice").isNull()).isTrue();
    JsonNode reply = body.get("replies").get(0);
    assertThat(reply.fieldNames())
        .toIterable()
        .containsExactly("text", "buttons", "replacesPressed");
    assertThat(reply.get("replacesPressed").asBoolean()).isFalse();
    assertThat(runs(reply))
        .containsExactly(
            "bold:" + FakeChatCore.ANSWER_LEAD,
            "plain:Mức đóng đoàn phí?",
            "plain:\n",
            "italic:" + FakeChatCore.CITATION);
    JsonNode firstButton = reply.get("buttons").get(0).get(0);
    assertThat(firstButton.get("label").asText()).isEqualTo("Xem toàn văn mục");
    assertThat(firstButton.get("data").asText()).isEqualTo(FakeChatCore.FULL_TEXT);
    assertThat(reply.get("buttons").get(1).get(0).get("label").asText()).isEqualTo("👍");
  }

  @Test
  void a_button_press_sends_its_data_and_gets_the_replacing_reply_and_the_notice() {
    JsonNode body =
        json(client.postJson("/api/chat", "{\"button\": \"" + FakeChatCore.FULL_TEXT + "\"}"));

    assertThat(core.messages())
        .containsExactly(
            IncomingMessage.button(
                new ChatUser(Channel.WEB, chatIdOfFirstMessage(), chatIdOfFirstMessage(), ""),
                FakeChatCore.FULL_TEXT));
    JsonNode reply = body.get("replies").get(0);
    assertThat(reply.get("replacesPressed").asBoolean()).isTrue();
    assertThat(runs(reply)).containsExactly("plain:" + FakeChatCore.FULL_SECTION);
    assertThat(body.get("notice").asText()).isEqualTo("Đã mở toàn văn.");
  }

  @Test
  void a_press_answered_with_only_a_notice_has_no_replies() {
    JsonNode body =
        json(client.postJson("/api/chat", "{\"button\": \"" + FakeChatCore.VOTE_UP + "\"}"));

    assertThat(body.get("replies")).isEmpty();
    assertThat(body.get("notice").asText()).isEqualTo(FakeChatCore.THANKS);
  }

  @Test
  void vietnamese_text_emoji_and_markup_round_trip_unchanged() {
    String question =
        "Đoàn viên <b>nữ</b> được hưởng quyền lợi gì khi nghỉ thai sản? 🎉 & \"trợ cấp\"";

    HttpResponse<String> response =
        client.post(
            "/api/chat",
            "application/json; charset=UTF-8",
            "{\"text\": \"" + question.replace("\"", "\\\"") + "\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(core.messages().get(0).text()).isEqualTo(question);
    assertThat(runs(json(response).get("replies").get(0))).contains("plain:" + question);
  }

  @Test
  void a_failing_core_is_a_generic_json_500() {
    core.failWith(new IllegalStateException("store on fire"));

    HttpResponse<String> response = client.postJson("/api/chat", "{\"text\": \"x\"}");

    assertError(response, 500, "Máy chủ gặp lỗi");
    assertThat(response.body()).doesNotContain("store on fire");
  }

  static Stream<Arguments> invalidBodies() {
    String ok = "\"lang\": \"vi\"";
    return Stream.of(
        Arguments.of("{\"name\": 12345678, \"text\": \"xin chào\"}", "phải là một chuỗi"),
        Arguments.of("{" + ok + "}", "đúng một trong hai"),
        Arguments.of("{" + ok + ", \"text\": \"a\", \"button\": \"b\"}", "đúng một trong hai"),
        Arguments.of("{" + ok + ", \"text\": \"   \"}", "đang trống"),
        Arguments.of("{" + ok + ", \"text\": \"" + "á".repeat(4001) + "\"}", "4000 ký tự"),
        Arguments.of("{" + ok + ", \"text\": [\"a\"]}", "\"text\" phải là một chuỗi"),
        Arguments.of("{" + ok + ", \"button\": \"\"}", "1–64 byte"),
        Arguments.of("{" + ok + ", \"button\": \"" + "đ".repeat(33) + "\"}", "1–64 byte"),
        Arguments.of(
            "{" + ok + ", \"name\": \"" + "n".repeat(65) + "\", \"text\": \"a\"}",
            "\"name\" dài quá 64"),
        Arguments.of("{" + ok + ", \"text\": \"a\", \"text\": \"b\"}", "không phải JSON hợp lệ"),
        Arguments.of("{" + ok + ", \"text\": \"a\"", "không phải JSON hợp lệ"),
        Arguments.of("{" + ok + ", \"text\": \"a\"} {}", "không phải JSON hợp lệ"),
        Arguments.of("not json", "không phải JSON hợp lệ"),
        Arguments.of("", "đang trống"),
        Arguments.of("[\"xin chào\"]", "đối tượng JSON"));
  }

  @ParameterizedTest
  @MethodSource("invalidBodies")
  void an_invalid_body_is_a_json_400_in_vietnamese_and_never_reaches_the_core(
      String body, String messagePart) {
    assertError(client.postJson("/api/chat", body), 400, messagePart);
    assertThat(core.messages()).isEmpty();
  }

  @Test
  void the_longest_allowed_text_and_name_are_accepted_in_characters_not_utf16_units() {
    String body =
        "{\"name\": \"" + "😀".repeat(64) + "\", \"text\": \"" + "😀".repeat(4000) + "\"}";

    assertThat(client.postJson("/api/chat", body).statusCode()).isEqualTo(200);
    assertThat(core.messages()).hasSize(1);
  }

  @Test
  void a_body_that_is_not_json_by_its_content_type_is_a_json_415() {
    String body = "{\"text\": \"xin chào\"}";

    assertError(client.post("/api/chat", "text/plain", body), 415, "application/json");
    assertError(
        client.post("/api/chat", "application/x-www-form-urlencoded", "session=abc&text=x"),
        415,
        "application/json");
    assertError(client.post("/api/chat", null, body), 415, "application/json");
    assertThat(core.messages()).isEmpty();
  }

  @Test
  void a_body_over_the_limit_is_a_json_413() {
    String body = "{\"text\": \"" + "a".repeat(ChatRoute.MAX_BODY_BYTES) + "\"}";

    assertError(client.postJson("/api/chat", body), 413, "vượt quá 32 KB");
    assertThat(core.messages()).isEmpty();
  }

  @Test
  void a_body_far_over_the_limit_still_gets_its_json_413_rather_than_a_reset_connection() {
    String body = "{\"text\": \"" + "a".repeat(900 * 1024) + "\"}";

    for (int i = 0; i < 200; i++) {
      assertError(client.postJson("/api/chat", body), 413, "vượt quá 32 KB");
    }
    assertThat(core.messages()).isEmpty();
  }

  @Test
  void get_on_the_chat_endpoint_is_a_json_405_that_says_to_post() {
    HttpResponse<String> response = client.get("/api/chat");

    assertError(response, 405, "POST /api/chat");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void the_root_page_is_the_vietnamese_chat_served_as_utf8_html_with_a_same_origin_policy() {
    HttpResponse<String> response = client.get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo("text/html;charset=utf-8");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            policy -> assertThat(policy).contains("script-src 'self'", "connect-src 'self'"));
    assertThat(response.body())
        .contains(
            "<html lang=\"vi\">",
            "<title>Trợ lý Công đoàn</title>",
            "Nhập câu hỏi, ví dụ: " + ExampleQuestions.first(),
            ">Gửi</button>",
            "aria-live=\"polite\"",
            "/chat.js",
            "/chat.css");
    assertThat(response.body()).doesNotContain("http://", "https://");
  }

  @Test
  void the_page_offers_every_example_question_as_a_chip_and_nothing_is_left_unfilled() {
    String page = client.get("/").body();

    for (ExampleQuestions.Example example : ExampleQuestions.ALL) {
      assertThat(page)
          .contains(
              "<button type=\"button\" class=\"chip\" data-text=\""
                  + example.question()
                  + "\">"
                  + example.chip()
                  + "</button>");
    }
    assertThat(page)
        .contains("/api/ask?q=Ng%C6%B0%E1%BB%9Di%20lao%20%C4%91%E1%BB%99ng")
        .doesNotContain("{{", "<!-- example chips -->", "đoàn phí");
  }

  @Test
  void the_page_script_and_style_are_served_with_their_types_and_load_nothing_from_elsewhere() {
    HttpResponse<String> script = client.get("/chat.js");
    HttpResponse<String> style = client.get("/chat.css");

    assertThat(contentType(script)).isEqualTo("text/javascript;charset=utf-8");
    assertThat(script.body())
        .contains("/api/chat", "Không gửi được, vui lòng thử lại.")
        .doesNotContain("innerHTML");
    assertThat(contentType(style)).isEqualTo("text/css;charset=utf-8");
    assertThat(style.body()).contains("pre-wrap").doesNotContain("@import", "url(");
  }

  @Test
  void the_other_routes_still_answer_beside_the_chat() {
    assertThat(client.get("/health").statusCode()).isEqualTo(200);
    assertThat(client.get("/api/documents").statusCode()).isEqualTo(200);
    assertThat(client.get("/api/ask?q=x").statusCode()).isEqualTo(200);
  }

  /** The Content-Type without spaces and in lower case, as servers differ in how they write it. */
  private static String contentType(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .replace(" ", "")
        .toLowerCase(Locale.ROOT);
  }

  private String chatIdOfFirstMessage() {
    return core.messages().get(0).from().chatId();
  }

  private static List<String> runs(JsonNode reply) {
    return reply
        .get("text")
        .valueStream()
        .map(run -> run.get("style").asText() + ":" + run.get("text").asText())
        .toList();
  }

  private static void assertError(HttpResponse<String> response, int status, String messagePart) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(json(response).get("error").asText()).contains(messagePart);
  }
}
