package vn.trolycongdoan.bot.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.documents.DocumentChanges;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/**
 * The Văn bản API of the whole service over HTTP, on a corpus folder of its own and a real index:
 * uploads (multipart) indexed at once and answered in the web chat, metadata edits, removals, and
 * what a staff account or a request without a token may not do.
 */
class DocumentApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String NOTICE =
      """
      LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
      Số: 99/TB-LĐLĐ
      Lai Châu, ngày 05 tháng 01 năm 2025

      THÔNG BÁO
      Về việc tổ chức chương trình Tết Sum vầy năm 2025

      I. NỘI DUNG
      1. Chương trình Tết Sum vầy tặng 500 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1.000.000đ.
      2. Thời gian trao quà trước ngày 20/01/2025.
      """;
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  @TempDir static Path data;

  private static Path corpus;
  private static RunningApp app;
  private static String admin;
  private static String cityStaff;

  @BeforeAll
  static void start() throws Exception {
    corpus = Files.createDirectories(data.resolve("corpus"));
    Files.createDirectories(corpus.resolve("plans"));
    Files.writeString(
        corpus.resolve("plans/ke-hoach.txt"), "KẾ HOẠCH\nTháng Công nhân năm 2026.\n");
    Files.writeString(corpus.resolve("plans/sua.txt"), "KẾ HOẠCH\nĐại hội Công đoàn cơ sở.\n");
    Files.writeString(
        corpus.resolve("plans/de-xoa.txt"), "KẾ HOẠCH\nHội thao công nhân viên chức.\n");
    Settings settings =
        TestSettings.inFolder(data, Map.of(SettingKey.CORPUS_DIR, corpus.toString()));
    app = RunningApp.start(settings);
    try (Database database = Database.open(settings.databaseFile())) {
      SqliteStaffTokens tokens = new SqliteStaffTokens(database);
      admin = tokens.create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());
      cityStaff =
          tokens.create(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"), Instant.now());
    }
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void without_a_token_every_route_answers_401_and_the_page_sends_to_the_login() {
    for (String[] route :
        new String[][] {
          {"GET", "/api/quanly/documents"},
          {"POST", "/api/quanly/documents"},
          {"GET", "/api/quanly/documents/jobs/1"},
          {"PUT", "/api/quanly/documents/plans/ke-hoach"},
          {"DELETE", "/api/quanly/documents/plans/ke-hoach"}
        }) {
      HttpResponse<String> response = send(route[0], route[1], null, "{}");

      assertThat(response.statusCode()).as(route[1]).isEqualTo(401);
      assertThat(error(response)).containsIgnoringCase("mã truy cập");
    }
    HttpResponse<String> page = send("GET", "/quanly/vanban", null, null);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .contains("/quanly/dangnhap?next=%2Fquanly%2Fvanban");
    assertThat(corpus.resolve("plans/ke-hoach.txt")).exists();
  }

  @Test
  void the_page_is_served_under_the_strict_policy() {
    HttpResponse<String> page = send("GET", "/quanly/vanban", cityStaff, null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Văn bản</h1>", "/quanly/assets/vanban.js");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    assertThat(send("GET", "/quanly/assets/vanban.js", null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void a_staff_account_lists_the_documents_but_may_not_change_them() throws Exception {
    JsonNode list = HttpTestClient.okJson(send("GET", "/api/quanly/documents", cityStaff, null));

    assertThat(list.get("mayChange").asBoolean()).isFalse();
    assertThat(list.get("documents").findValuesAsText("id")).contains("plans/ke-hoach");
    HttpResponse<String> upload = upload(cityStaff, "thong-bao.txt", NOTICE.getBytes(UTF_8));
    HttpResponse<String> edit =
        send("PUT", "/api/quanly/documents/plans/ke-hoach", cityStaff, "{\"title\": \"x\"}");
    HttpResponse<String> remove =
        send("DELETE", "/api/quanly/documents/plans/ke-hoach", cityStaff, null);
    for (HttpResponse<String> refused : new HttpResponse[] {upload, edit, remove}) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(error(refused)).startsWith("Chỉ quản trị viên");
    }
    assertThat(corpus.resolve("plans/thong-bao.txt")).doesNotExist();
    assertThat(corpus.resolve("plans/ke-hoach.meta.yaml")).doesNotExist();
    assertThat(corpus.resolve("plans/ke-hoach.txt")).exists();
  }

  @Test
  void an_uploaded_document_is_answered_in_the_web_chat_once_its_job_is_done() throws Exception {
    HttpResponse<String> accepted =
        upload(admin, "Thông báo Tết Sum vầy 2025.txt", NOTICE.getBytes(UTF_8));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode job = finished(JSON.readTree(accepted.body()));
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
    assertThat(job.get("documentId").asText()).isEqualTo("plans/thong-bao-tet-sum-vay-2025");
    assertThat(job.get("passages").asInt()).isPositive();
    assertThat(corpus.resolve("plans/thong-bao-tet-sum-vay-2025.txt")).exists();

    HttpResponse<String> chat =
        http(
            HttpRequest.newBuilder(uri("/api/chat"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"text\": \"Tết Sum vầy tặng bao nhiêu suất quà?\"}")));
    assertThat(chat.statusCode()).isEqualTo(200);
    assertThat(chat.body()).contains("500 suất", "99/TB-LĐLĐ");
  }

  @Test
  void a_broken_file_ends_its_job_with_a_vietnamese_error_and_is_not_kept() throws Exception {
    HttpResponse<String> accepted =
        upload(admin, "hong.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});

    assertThat(accepted.statusCode()).isEqualTo(202);
    JsonNode job = finished(JSON.readTree(accepted.body()));
    assertThat(job.get("state").asText()).isEqualTo("failed");
    assertThat(job.get("message").asText()).startsWith("Không đọc được tệp \"hong.docx\"");
    assertThat(corpus.resolve("plans/hong.docx")).doesNotExist();
    assertThat(
            HttpTestClient.okJson(send("GET", "/api/quanly/documents", admin, null))
                .get("documents")
                .findValuesAsText("id"))
        .doesNotContain("plans/hong");
  }

  @Test
  void a_wrong_type_is_a_415_and_a_file_over_the_limit_a_413_in_vietnamese() {
    HttpResponse<String> sheet = upload(admin, "bang.xlsx", new byte[] {'P', 'K', 3, 4});
    HttpResponse<String> renamed = upload(admin, "anh.pdf", "GIF89a".getBytes(UTF_8));
    HttpResponse<String> huge =
        upload(admin, "lon.txt", "a".repeat(DocumentChanges.MAX_UPLOAD_BYTES + 70_000).getBytes());
    HttpResponse<String> notMultipart = send("POST", "/api/quanly/documents", admin, "{}");

    assertThat(sheet.statusCode()).isEqualTo(415);
    assertThat(error(sheet)).contains(".docx, .pdf, .txt hoặc .md");
    assertThat(renamed.statusCode()).isEqualTo(415);
    assertThat(error(renamed)).contains("không phải tệp .pdf");
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(error(huge)).contains("vượt quá 20 MB");
    assertThat(notMultipart.statusCode()).isEqualTo(400);
    assertThat(error(notMultipart)).contains("Hãy chọn một tệp");
    assertThat(corpus.resolve("plans/lon.txt")).doesNotExist();
  }

  @Test
  void an_edit_stores_script_literally_in_the_sidecar_and_the_list_gives_it_back_as_text()
      throws Exception {
    String body =
        JSON.writeValueAsString(
            Map.of("title", SCRIPT, "issuer", IMG, "number", "15/KH-LĐLĐ", "date", "2026-04-01"));

    HttpResponse<String> accepted = send("PUT", "/api/quanly/documents/plans/sua", admin, body);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertThat(finished(JSON.readTree(accepted.body())).get("state").asText()).isEqualTo("done");
    assertThat(Files.readString(corpus.resolve("plans/sua.meta.yaml"))).contains(SCRIPT, IMG);
    JsonNode shown =
        documents().findParents("id").stream()
            .filter(d -> d.get("id").asText().equals("plans/sua"))
            .findFirst()
            .orElseThrow();
    assertThat(shown.get("title").asText()).isEqualTo(SCRIPT);
    assertThat(shown.get("issuer").asText()).isEqualTo(IMG);
    assertThat(shown.get("date").asText()).isEqualTo("2026-04-01");
    assertThat(shown.get("sidecar").asBoolean()).isTrue();
  }

  @Test
  void bad_metadata_and_unknown_documents_or_jobs_are_refused_in_vietnamese() {
    HttpResponse<String> date =
        send("PUT", "/api/quanly/documents/plans/ke-hoach", admin, "{\"date\": \"1/4/2026\"}");
    HttpResponse<String> notText =
        send("PUT", "/api/quanly/documents/plans/ke-hoach", admin, "{\"title\": 5}");
    HttpResponse<String> unknown =
        send("DELETE", "/api/quanly/documents/plans/khong-co", admin, null);
    HttpResponse<String> job = send("GET", "/api/quanly/documents/jobs/99999", admin, null);

    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(error(date)).contains("NNNN-TT-NN");
    assertThat(notText.statusCode()).isEqualTo(400);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(error(unknown)).contains("plans/khong-co");
    assertThat(job.statusCode()).isEqualTo(404);
  }

  @Test
  void a_removed_document_leaves_the_corpus_and_the_list() throws Exception {
    HttpResponse<String> accepted =
        send("DELETE", "/api/quanly/documents/plans%2Fde-xoa", admin, null);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertThat(finished(JSON.readTree(accepted.body())).get("state").asText()).isEqualTo("done");
    assertThat(corpus.resolve("plans/de-xoa.txt")).doesNotExist();
    assertThat(documents().findValuesAsText("id")).doesNotContain("plans/de-xoa");
  }

  private static JsonNode documents() {
    return HttpTestClient.okJson(send("GET", "/api/quanly/documents", admin, null))
        .get("documents");
  }

  /** Polls the job as the page does until it ends. */
  private static JsonNode finished(JsonNode job) throws Exception {
    while (!job.get("finished").asBoolean()) {
      Thread.sleep(50);
      job =
          HttpTestClient.okJson(
              send("GET", "/api/quanly/documents/jobs/" + job.get("id").asLong(), admin, null));
    }
    return job;
  }

  private static HttpResponse<String> upload(String token, String fileName, byte[] content) {
    String boundary = "----troly" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"folder\"\r\n\r\nplans\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/quanly/documents"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http(request);
  }

  private static HttpResponse<String> send(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http(request);
  }

  private static HttpResponse<String> http(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + app.port() + path);
  }

  private static String error(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).get("error").asText();
    } catch (Exception e) {
      throw new AssertionError(response.statusCode() + " " + response.body(), e);
    }
  }
}
