package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.web.HttpTestClient.json;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.LogCapture;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.ChatTexts;
import vn.trolycongdoan.bot.chat.ExampleQuestions;
import vn.trolycongdoan.bot.store.SecretTokens;

/**
 * A member in the web chat of the real service: the chat core, the knowledge base and SQLite behind
 * it.
 */
class WebChatEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> COOKIES = new ConcurrentHashMap<>();

  @TempDir static Path data;

  private static RunningApp app;
  private static HttpTestClient client;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.start(TestSettings.inFolder(data));
    client = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void start_welcomes_without_subscribing_a_web_chat() {
    JsonNode reply = send("session-start-01", "text", "/start").get("replies").get(0);

    assertThat(text(reply))
        .startsWith("Xin chào!")
        .contains("/kiennghi")
        .doesNotContain("đã đăng ký nhận tin");
    assertThat(
            app.column(
                "SELECT subscribed FROM subscribers WHERE channel = 'WEB' AND chat_id = ?",
                chatId("session-start-01")))
        .containsExactly("0");
  }

  @Test
  void a_question_gets_the_answer_with_its_citation_and_buttons_and_is_logged_as_found() {
    JsonNode reply =
        send("session-ask-0001", "text", "Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?")
            .get("replies")
            .get(0);

    assertThat(text(reply))
        .contains("sửa chữa 10 nhà Mái ấm Công đoàn")
        .contains("📄 ")
        .contains(", mục ");
    assertThat(labels(reply))
        .containsExactly("📖 Xem toàn văn mục", "🔎 Kết quả khác", "👍 Hữu ích", "👎 Chưa đúng");
    assertThat(
            app.column("SELECT found FROM questions WHERE chat_id = ?", chatId("session-ask-0001")))
        .containsExactly("1");
  }

  @Test
  void the_buttons_show_the_section_the_next_result_and_store_the_vote_with_question_and_answer() {
    String question = "Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?";
    JsonNode answer = send("session-btn-0001", "text", question).get("replies").get(0);
    assertThat(labels(answer))
        .containsExactly("📖 Xem toàn văn mục", "🔎 Kết quả khác", "👍 Hữu ích", "👎 Chưa đúng");
    List<String> data = data(answer);

    JsonNode section = send("session-btn-0001", "button", data.get(0)).get("replies").get(0);
    assertThat(section.get("replacesPressed").asBoolean()).isFalse();
    assertThat(text(section)).contains("📄 ");

    JsonNode more = send("session-btn-0001", "button", data.get(1));
    assertThat(text(more.get("replies").get(0))).startsWith("Kết quả 2: ");

    JsonNode vote = send("session-btn-0001", "button", data.get(2));
    assertThat(vote.get("notice").asText()).isEqualTo("Cảm ơn bạn đã đánh giá!");
    JsonNode replaced = vote.get("replies").get(0);
    assertThat(replaced.get("replacesPressed").asBoolean()).isTrue();
    assertThat(text(replaced)).contains("Bạn đã đánh giá 👍");
    assertThat(labels(replaced)).doesNotContain("👍 Hữu ích");
    assertThat(
            app.column(
                "SELECT vote || ' ' || question FROM answer_feedback WHERE user_id = ?",
                chatId("session-btn-0001")))
        .containsExactly("UP " + question);
    assertThat(
            app.column(
                    "SELECT answer FROM answer_feedback WHERE user_id = ?",
                    chatId("session-btn-0001"))
                .get(0))
        .isEqualTo(text(answer).substring(0, text(answer).indexOf("\n\n")));
  }

  @Test
  void every_example_question_the_bot_shows_is_answered_with_its_fact_first() {
    SoftAssertions softly = new SoftAssertions();
    for (ExampleQuestions.Example example : ExampleQuestions.ALL) {
      String query = URLEncoder.encode(example.question(), StandardCharsets.UTF_8);
      JsonNode results = json(client.get("/api/ask?k=1&q=" + query)).get("results");
      softly.assertThat(results).as(example.question()).isNotEmpty();
      if (!results.isEmpty()) {
        softly
            .assertThat(results.get(0).get("answer").asText())
            .as("first answer to: " + example.question())
            .contains(example.fact());
      }
      JsonNode reply = send("session-example-1", "text", example.question()).get("replies").get(0);
      softly
          .assertThat(text(reply))
          .as("chat reply to: " + example.question())
          .contains(example.fact());
    }
    softly.assertAll();
  }

  @Test
  void a_question_the_documents_do_not_answer_is_logged_as_not_found() {
    JsonNode reply =
        send("session-none-001", "text", "Giá vé máy bay đi Paris tháng sau là bao nhiêu?")
            .get("replies")
            .get(0);

    String text = text(reply);
    assertThat(text)
        .startsWith("Các văn bản trợ lý đang dùng không có nội dung trả lời câu hỏi này.\n\n")
        .contains("ví dụ: “nghỉ hằng năm”")
        .endsWith("Hoặc gửi /kiennghi <nội dung> để hỏi trực tiếp Công đoàn.");
    assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("tìm thấy");
    assertThat(labels(reply)).isEmpty();
    assertThat(
            app.column("SELECT found FROM questions WHERE chat_id = ?", chatId("session-none-001")))
        .containsExactly("0");
  }

  @Test
  void a_suggestion_is_stored_and_the_member_gets_its_reference_number() {
    JsonNode reply =
        send("session-kn-00001", "text", "/kiennghi Đề nghị bố trí nhà gửi trẻ cho con công nhân")
            .get("replies")
            .get(0);

    String reference =
        app.column(
                "SELECT reference FROM suggestions WHERE chat_id = ?", chatId("session-kn-00001"))
            .get(0);
    assertThat(reference).matches("KN-\\d{6}");
    assertThat(text(reply)).contains(reference);
  }

  @Test
  void the_document_list_opens_an_outline_and_turns_pages_in_place() {
    JsonNode list = send("session-doc-0001", "text", "/vanban").get("replies").get(0);
    assertThat(text(list)).startsWith("Các văn bản trợ lý đang dùng");

    assertThat(text(list)).contains("1. Bộ luật số 45/2019/QH14, ngày 20/11/2019 — Quốc hội");
    assertThat(labels(list).get(0)).isEqualTo("1. Bộ luật Lao động");

    JsonNode outline = send("session-doc-0001", "button", data(list).get(0)).get("replies").get(0);
    assertThat(text(outline)).contains("Mục lục").contains("2. Điều 1. Phạm vi điều chỉnh");

    JsonNode section =
        send("session-doc-0001", "button", data(outline).get(1)).get("replies").get(0);
    assertThat(text(section))
        .startsWith("Điều 1. Phạm vi điều chỉnh\n")
        .endsWith("📄 Bộ luật Lao động, số 45/2019/QH14, ngày 20/11/2019, Chương I › Điều 1");
    assertThat(labels(section)).containsExactly("‹ Mục lục");

    String nextPage =
        data(list).stream().filter(data -> data.startsWith("dl:")).findFirst().orElseThrow();
    JsonNode page = send("session-doc-0001", "button", nextPage).get("replies").get(0);
    assertThat(page.get("replacesPressed").asBoolean()).isTrue();
    assertThat(text(page)).contains("trang 2/");
  }

  @Test
  void an_unknown_command_lists_the_valid_ones() {
    String reply = text(send("session-unk-0001", "text", "/tonghopx 12").get("replies").get(0));

    assertThat(reply)
        .contains("/tonghopx")
        .contains("/baocao")
        .contains("/hoi <câu hỏi>")
        .contains("/vanban")
        .contains("/dunglai");
  }

  @Test
  void the_session_is_the_servers_in_an_http_only_strict_cookie_and_a_made_up_one_is_replaced() {
    HttpResponse<String> first = client.postJson("/api/chat", "{\"text\": \"/huongdan\"}", null);
    String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = HttpTestClient.sessionCookie(first).orElseThrow();
    HttpResponse<String> again = client.postJson("/api/chat", "{\"text\": \"/huongdan\"}", cookie);
    String madeUp = SessionCookie.NAME + "=" + "A".repeat(43);
    HttpResponse<String> forged =
        client.postJson(
            "/api/chat", "{\"session\": \"chosen-by-client\", \"text\": \"/huongdan\"}", madeUp);

    assertThat(setCookie)
        .matches(SessionCookie.NAME + "=[A-Za-z0-9_-]{43};.*")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .containsIgnoringCase("Path=/");
    assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(HttpTestClient.sessionCookie(forged)).isPresent().get().isNotEqualTo(madeUp);
    assertThat(app.column("SELECT chat_id FROM subscribers WHERE channel = 'WEB'"))
        .allMatch(chatId -> chatId.matches("web:\\d+"));
    assertThat(app.column("SELECT token_hash FROM web_sessions"))
        .doesNotContain(cookie.substring(SessionCookie.NAME.length() + 1));
  }

  @Test
  void buttons_under_another_sessions_answer_are_refused_and_change_nothing() {
    JsonNode answer =
        send("session-owner-01", "text", "Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?")
            .get("replies")
            .get(0);
    List<String> shownBefore = app.column("SELECT count(*) FROM shown_answers");

    for (String data : data(answer)) {
      JsonNode body = send("session-guess-01", "button", data);
      assertThat(body.get("notice").asText()).as(data).contains("cuộc trò chuyện khác");
      assertThat(body.get("replies")).as(data).isEmpty();
    }
    assertThat(app.column("SELECT count(*) FROM shown_answers")).isEqualTo(shownBefore);
    assertThat(
            app.column(
                "SELECT count(*) FROM answer_feedback WHERE user_id = ?",
                chatId("session-guess-01")))
        .containsExactly("0");
    assertThat(send("session-owner-01", "button", data(answer).get(2)).get("notice").asText())
        .isEqualTo("Cảm ơn bạn đã đánh giá!");
  }

  @Test
  void a_question_of_251_emoji_gets_an_answer_not_an_apology() {
    String reply = text(send("session-emoji-01", "text", "😀".repeat(251)).get("replies").get(0));

    assertThat(reply).isNotEqualTo(ChatTexts.FAILURE).doesNotContain("dài quá");
  }

  @Test
  void a_failing_last_seen_write_is_logged_and_the_question_is_still_answered() {
    app.execute(
        "CREATE TRIGGER last_seen_fails BEFORE INSERT ON subscribers"
            + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    try (LogCapture logs = LogCapture.start()) {
      JsonNode reply =
          send("session-full-disk", "text", "Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?")
              .get("replies")
              .get(0);

      assertThat(text(reply)).contains("sửa chữa 10 nhà Mái ấm Công đoàn");
      assertThat(labels(reply)).contains("👍 Hữu ích");
      assertThat(logs.atLeast(Level.WARN))
          .singleElement()
          .asString()
          .contains("answering anyway", "database or disk is full");
      assertThat(logs.atLeast(Level.ERROR)).isEmpty();
    } finally {
      app.execute("DROP TRIGGER last_seen_fails");
    }
    assertThat(
            app.column(
                "SELECT count(*) FROM subscribers WHERE chat_id = ?", chatId("session-full-disk")))
        .containsExactly("0");
  }

  @Test
  void malformed_button_data_gets_the_outdated_button_notice_and_no_stack_trace() {
    List<String> malformed =
        List.of(
            "s",
            "s:1",
            "s:x:0",
            "m:",
            "m:1",
            "m:-3:0",
            "v:1:0",
            "v:1:0:z",
            "v:1:0:u:1:9",
            "d",
            "dl",
            "dl:x",
            "dl:-1",
            "ds",
            "z:1",
            ":",
            "::::");
    try (LogCapture logs = LogCapture.start()) {
      SoftAssertions soft = new SoftAssertions();
      for (String data : malformed) {
        JsonNode body = send("session-bad-button", "button", data);
        soft.assertThat(body.get("notice").asText()).as(data).isEqualTo(ChatTexts.OUTDATED_BUTTON);
        soft.assertThat(body.get("replies")).as(data).isEmpty();
      }
      soft.assertAll();
      assertThat(logs.withStackTraces()).isEmpty();
      assertThat(logs.atLeast(Level.ERROR)).isEmpty();
    }
  }

  /**
   * Sends as the browser named {@code browser}: the first message gets the session cookie, later
   * ones send it back.
   */
  private static JsonNode send(String browser, String field, String value) {
    ObjectNode body = JSON.createObjectNode().put(field, value);
    var response = client.postJson("/api/chat", body.toString(), COOKIES.get(browser));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    HttpTestClient.sessionCookie(response).ifPresent(cookie -> COOKIES.put(browser, cookie));
    return json(response);
  }

  /** The chat id the server gave the browser's session. */
  private static String chatId(String browser) {
    String token = COOKIES.get(browser).substring(SessionCookie.NAME.length() + 1);
    return app.column(
            "SELECT 'web:' || id FROM web_sessions WHERE token_hash = ?", SecretTokens.hash(token))
        .get(0);
  }

  private static String text(JsonNode reply) {
    StringBuilder text = new StringBuilder();
    reply.get("text").forEach(run -> text.append(run.get("text").asText()));
    return text.toString();
  }

  private static List<String> labels(JsonNode reply) {
    return buttons(reply, "label");
  }

  private static List<String> data(JsonNode reply) {
    return buttons(reply, "data");
  }

  private static List<String> buttons(JsonNode reply, String field) {
    List<String> values = new ArrayList<>();
    reply
        .get("buttons")
        .forEach(row -> row.forEach(button -> values.add(button.get(field).asText())));
    return values;
  }
}
