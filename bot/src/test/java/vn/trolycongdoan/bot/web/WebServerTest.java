package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.web.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.library.FakeLibrary;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * The web layer on a real server with a fake library: routing, parameters, JSON and error mapping.
 */
class WebServerTest {

  private static final DocumentSummary PLAN =
      new DocumentSummary(
          "plans/001_241fc221d9dce001",
          "001_241fc221d9dce001.txt",
          "KẾ HOẠCH",
          "38/KH-LĐLĐ",
          "Thực hiện chương trình Mái ấm Công đoàn",
          "2024-03-12",
          "LĐLĐ tỉnh",
          "Đà Nẵng",
          null,
          12);

  private final FakeLibrary library = new FakeLibrary();
  private boolean indexing;
  private WebServer server;
  private HttpTestClient client;

  @BeforeEach
  void start() {
    Settings settings = TestSettings.inFolder(Path.of("unused"));
    server =
        WebServer.start(
            settings,
            library,
            () -> indexing,
            message -> ChatResponse.ignored(),
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
  void ask_returns_the_result_with_every_field_and_nulls_written_as_null() {
    AnswerHit hit =
        new AnswerHit(
            "001.txt",
            "plans/001",
            "Kế hoạch Mái ấm",
            null,
            null,
            "II › 2",
            "",
            "2. Nhiệm vụ",
            "Toàn văn đoạn.",
            "Mỗi năm sửa chữa 10 nhà.",
            List.of(new AnswerHit.Span(8, 16)),
            3.5);
    library.answer = new AskResult("sửa chữa nhà", List.of(hit), null);

    HttpResponse<String> response = client.get("/api/ask?q=" + encode("sửa chữa nhà") + "&k=3");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = json(response);
    assertThat(body.has("suggestion")).isTrue();
    assertThat(body.get("suggestion").isNull()).isTrue();
    assertThat(body.get("query").asText()).isEqualTo("sửa chữa nhà");
    JsonNode first = body.get("results").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains(
            "file",
            "docId",
            "title",
            "number",
            "date",
            "section",
            "heading",
            "text",
            "answer",
            "score",
            "highlights");
    assertThat(first.get("number").isNull()).isTrue();
    assertThat(first.get("answer").asText()).isEqualTo("Mỗi năm sửa chữa 10 nhà.");
    assertThat(first.get("highlights").get(0).get("start").asInt()).isEqualTo(8);
    assertThat(library.questions).containsExactly("sửa chữa nhà");
    assertThat(library.counts).containsExactly(3);
  }

  @Test
  void ask_uses_the_default_number_of_results() {
    client.get("/api/ask?q=" + encode("Mái ấm"));

    assertThat(library.counts).containsExactly(5);
  }

  @Test
  void ask_refuses_bad_parameters_with_a_vietnamese_error_naming_the_parameter() {
    assertError(client.get("/api/ask"), 400, "tham số q");
    assertError(client.get("/api/ask?q=%20%20"), 400, "tham số q");
    assertError(client.get("/api/ask?q=" + "a".repeat(501)), 400, "500 ký tự");
    assertError(client.get("/api/ask?q=x&k=abc"), 400, "tham số k");
    assertError(client.get("/api/ask?q=x&k=0"), 400, "tham số k");
    assertError(client.get("/api/ask?q=x&k=21"), 400, "từ 1 đến 20");
    assertThat(library.questions).isEmpty();
  }

  @Test
  void unknown_route_is_a_json_404() {
    assertError(client.get("/api/nothing-here"), 404, "/api/nothing-here");
  }

  @Test
  void an_unexpected_failure_is_a_generic_json_500() {
    library.failure = new IllegalStateException("index on fire");

    HttpResponse<String> response = client.get("/api/ask?q=x");

    assertError(response, 500, "Máy chủ gặp lỗi");
    assertThat(response.body()).doesNotContain("index on fire");
  }

  @Test
  void ask_answers_503_with_retry_after_while_the_first_indexing_runs() {
    indexing = true;

    HttpResponse<String> response = client.get("/api/ask?q=" + encode("sửa chữa nhà"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(json(response).get("error").asText()).contains("đang lập chỉ mục");
    assertThat(library.questions).isEmpty();
  }

  @Test
  void ask_answers_from_the_previous_index_while_a_later_indexing_runs() {
    indexing = true;
    library.documents = List.of(PLAN);
    library.answer = new AskResult("sửa chữa nhà", List.of(), "Không tìm thấy");

    assertThat(client.get("/api/ask?q=" + encode("sửa chữa nhà")).statusCode()).isEqualTo(200);
  }

  @Test
  void health_reports_documents_passages_and_indexing() {
    library.documents = List.of(PLAN, PLAN);
    indexing = true;

    JsonNode health = json(client.get("/health"));

    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("documents").asInt()).isEqualTo(2);
    assertThat(health.get("passages").asInt()).isEqualTo(24);
    assertThat(health.get("indexing").asBoolean()).isTrue();
  }

  @Test
  void documents_lists_metadata_and_passage_counts() {
    library.documents = List.of(PLAN);

    JsonNode first = json(client.get("/api/documents")).get("documents").get(0);

    assertThat(first.get("id").asText()).isEqualTo("plans/001_241fc221d9dce001");
    assertThat(first.get("number").asText()).isEqualTo("38/KH-LĐLĐ");
    assertThat(first.get("passages").asInt()).isEqualTo(12);
    assertThat(first.get("signer").isNull()).isTrue();
  }

  @Test
  void a_document_id_with_a_slash_is_found_raw_and_url_encoded() {
    DocumentOutline outline =
        new DocumentOutline(PLAN, List.of(new DocumentOutline.Entry("I", "I. MỤC ĐÍCH", 0, "…")));
    library.outlines = Map.of(PLAN.id(), outline);

    for (String path :
        List.of("/api/documents/" + PLAN.id(), "/api/documents/plans%2F001_241fc221d9dce001")) {
      HttpResponse<String> response = client.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(json(response).get("document").get("id").asText()).isEqualTo(PLAN.id());
      assertThat(json(response).get("sections").get(0).get("heading").asText())
          .isEqualTo("I. MỤC ĐÍCH");
    }
  }

  @Test
  void an_unknown_document_is_a_json_404_naming_the_id() {
    assertError(client.get("/api/documents/plans/nope"), 404, "plans/nope");
  }

  private static void assertError(HttpResponse<String> response, int status, String messagePart) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(json(response).get("error").asText()).contains(messagePart);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
