package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.web.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.BundledCorpusFiles;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;

/**
 * The whole service on its first run: an empty data folder, the bundled corpus, indexing in the
 * background. Needs the knowledge implementation.
 */
class ApiTest {

  @TempDir static Path data;

  private static RunningApp app;
  private static HttpTestClient client;

  @BeforeAll
  static void startAndWaitForTheIndex() throws Exception {
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
  void first_run_seeds_the_bundled_corpus_and_indexes_it() throws Exception {
    JsonNode health = json(client.get("/health"));

    assertThat(health.get("documents").asInt()).isEqualTo(BundledCorpusFiles.documents());
    assertThat(health.get("passages").asInt()).isPositive();
    assertThat(health.get("indexing").asBoolean()).isFalse();
  }

  @Test
  void answers_a_known_question_from_the_plans() {
    String question = "Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?";

    HttpResponse<String> response = client.get("/api/ask?q=" + encode(question));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.fieldNames()).toIterable().containsExactly("query", "results", "suggestion");
    JsonNode first = body.get("results").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains(
            "file", "docId", "title", "number", "date", "section", "heading", "text", "answer",
            "score");
    assertThat(first.get("text").asText()).contains("sửa chữa 10 nhà Mái ấm Công đoàn");
    assertThat(first.get("docId").asText()).startsWith("plans/");
    assertThat(
            first.get("date").isNull()
                || first.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"))
        .isTrue();
  }

  @Test
  void nothing_relevant_gives_empty_results_and_a_suggestion() {
    JsonNode body = json(client.get("/api/ask?q=" + encode("xyzzy qwerty plugh")));

    assertThat(body.get("results")).isEmpty();
    assertThat(body.get("suggestion").asText()).isNotBlank();
  }

  @Test
  void k_limits_the_number_of_results() {
    JsonNode body = json(client.get("/api/ask?q=" + encode("người lao động") + "&k=2"));

    assertThat(body.get("results").size()).isBetween(1, 2);
  }

  @Test
  void a_question_is_measured_in_characters_as_read_so_500_emoji_fit_and_501_do_not() {
    String emoji = "😀";

    HttpResponse<String> fits = client.get("/api/ask?q=" + encode(emoji.repeat(500)));
    HttpResponse<String> tooLong = client.get("/api/ask?q=" + encode(emoji.repeat(501)));

    assertThat(fits.statusCode()).as(fits.body()).isEqualTo(200);
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(json(tooLong).get("error").asText()).contains("dài quá 500 ký tự");
  }

  @Test
  void documents_lists_the_bundled_corpus_and_each_opens_by_id_raw_and_encoded() throws Exception {
    JsonNode documents = json(client.get("/api/documents")).get("documents");
    String id = documents.get(0).get("id").asText();

    assertThat(documents).hasSize(BundledCorpusFiles.documents());
    assertThat(id).contains("/");
    for (String path :
        new String[] {"/api/documents/" + id, "/api/documents/" + id.replace("/", "%2F")}) {
      HttpResponse<String> response = client.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(json(response).get("document").get("id").asText()).isEqualTo(id);
      assertThat(json(response).get("sections")).isNotEmpty();
    }
  }

  @Test
  void an_unknown_document_is_a_json_404() {
    HttpResponse<String> response = client.get("/api/documents/plans/khong-co");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("error").asText()).contains("plans/khong-co");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
