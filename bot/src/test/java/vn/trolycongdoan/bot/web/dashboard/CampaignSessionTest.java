package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;

/**
 * The Phát sóng and Văn bản routes with a dashboard session over HTTP against the whole service:
 * every change needs the session's CSRF token (a missing or wrong one is a 403 and changes
 * nothing), and a district's session reaches neither another district nor a document change.
 */
class CampaignSessionTest {

  private static final String PASSWORD = "mật khẩu thử";
  private static final String PREVIEW_OTHER_DISTRICT =
      "{\"text\": \"x\", \"audience\": {\"kind\": \"unit\", \"unit\": \"TDG\", \"subtree\": true}}";

  @TempDir static Path data;

  private static Path corpus;
  private static RunningApp app;
  private static DashboardClient admin;
  private static DashboardClient city;

  @BeforeAll
  static void start() throws Exception {
    corpus = Files.createDirectories(data.resolve("corpus/plans"));
    Files.writeString(corpus.resolve("ke-hoach.txt"), "KẾ HOẠCH\nTháng Công nhân năm 2026.\n");
    Settings settings =
        TestSettings.inFolder(
            data, Map.of(SettingKey.CORPUS_DIR, data.resolve("corpus").toString()));
    app = RunningApp.start(settings);
    DashboardClient.addAccount(settings.databaseFile(), "quantri", "Chị Lan", null, PASSWORD);
    DashboardClient.addAccount(settings.databaseFile(), "minh", "Anh Minh", "TPLC", PASSWORD);
    admin = new DashboardClient(app.port());
    assertThat(admin.logIn("quantri", PASSWORD).statusCode()).isEqualTo(303);
    city = new DashboardClient(app.port());
    assertThat(city.logIn("minh", PASSWORD).statusCode()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void every_change_without_the_csrf_token_or_with_a_wrong_one_is_a_403_changing_nothing() {
    String wrong = admin.csrf().substring(1) + "A";
    String broadcasts = app.column("SELECT count(*) FROM broadcasts").get(0);
    for (String token : new String[] {null, wrong}) {
      List<HttpResponse<String>> refused =
          List.of(
              admin.send(
                  "POST",
                  "/api/broadcasts",
                  "{\"text\": \"x\", \"audience\": {\"kind\": \"all\"}}",
                  token),
              admin.send(
                  "POST",
                  "/api/quanly/broadcasts/preview",
                  "{\"text\": \"x\", \"audience\": {\"kind\": \"all\"}}",
                  token),
              admin.send("POST", "/api/quanly/documents", "{}", token),
              admin.send(
                  "PUT", "/api/quanly/documents/plans/ke-hoach", "{\"title\": \"x\"}", token),
              admin.send("DELETE", "/api/quanly/documents/plans/ke-hoach", null, token));
      for (HttpResponse<String> response : refused) {
        assertThat(response.statusCode()).as(response.uri() + " " + token).isEqualTo(403);
        assertThat(DashboardClient.error(response)).isNotBlank();
      }
    }
    assertThat(app.column("SELECT count(*) FROM broadcasts")).containsExactly(broadcasts);
    assertThat(corpus.resolve("ke-hoach.txt")).exists();
    assertThat(corpus.resolve("ke-hoach.meta.yaml")).doesNotExist();
  }

  @Test
  void with_the_token_an_admin_previews_and_a_district_session_is_kept_to_its_district() {
    HttpResponse<String> own =
        admin.send(
            "POST",
            "/api/quanly/broadcasts/preview",
            "{\"text\": \"x\", \"audience\": {\"kind\": \"all\"}}",
            admin.csrf());
    HttpResponse<String> other =
        city.send("POST", "/api/quanly/broadcasts/preview", PREVIEW_OTHER_DISTRICT, city.csrf());
    HttpResponse<String> sent =
        city.send("POST", "/api/broadcasts", PREVIEW_OTHER_DISTRICT, city.csrf());
    HttpResponse<String> removal =
        city.send("DELETE", "/api/quanly/documents/plans/ke-hoach", null, city.csrf());

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(sent.statusCode()).isEqualTo(403);
    assertThat(removal.statusCode()).isEqualTo(403);
    assertThat(DashboardClient.error(removal)).startsWith("Chỉ quản trị viên");
    assertThat(DashboardClient.json(city.get("/api/quanly/broadcasts/audiences")).get("units"))
        .allSatisfy(unit -> assertThat(unit.get("code").asText()).startsWith("TPLC"));
    assertThat(corpus.resolve("ke-hoach.txt")).exists();
  }

  @Test
  void the_pages_open_with_a_session() {
    for (String page : new String[] {"/quanly/phatsong", "/quanly/vanban"}) {
      HttpResponse<String> response = city.get(page);

      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }
  }
}
