package vn.trolycongdoan.bot.web.dashboard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/**
 * Logging in and out of the dashboard, the session and its CSRF token, over HTTP against the whole
 * service on real SQLite. Needs the knowledge implementation.
 */
class LoginRoutesTest {

  private static final String PASSWORD = "mật khẩu của Minh";

  @TempDir static Path data;

  private static RunningApp app;
  private static Settings settings;
  private static String bearer;

  @BeforeAll
  static void start() throws Exception {
    settings = TestSettings.inFolder(data);
    app = RunningApp.start(settings);
    DashboardClient.addAccount(settings.databaseFile(), "minh", "Anh Minh", "TPLC", PASSWORD);
    DashboardClient.addAccount(settings.databaseFile(), "lan", "Chị Lan", null, "mật khẩu của Lan");
    DashboardClient.addAccount(settings.databaseFile(), "khoa", "Anh Khoa", "TDG", "mật khẩu Khoa");
    try (Database database = Database.open(settings.databaseFile())) {
      bearer =
          new SqliteStaffTokens(database)
              .create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());
    }
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private DashboardClient client() {
    return new DashboardClient(app.port());
  }

  @Test
  void a_page_asked_with_a_query_before_logging_in_is_opened_with_that_query_after() {
    DashboardClient browser = client();
    HttpResponse<String> asked = browser.get("/quanly/baocao?period=2026&unit=TPLC");

    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(asked.headers().firstValue("Location"))
        .contains("/quanly/dangnhap?next=%2Fquanly%2Fbaocao%3Fperiod%3D2026%26unit%3DTPLC");
    HttpResponse<String> loggedIn =
        browser.logIn("minh", PASSWORD, "/quanly/baocao?period=2026&unit=TPLC");
    assertThat(loggedIn.statusCode()).isEqualTo(303);
    assertThat(loggedIn.headers().firstValue("Location"))
        .contains("/quanly/baocao?period=2026&unit=TPLC");
  }

  @Test
  void the_login_page_is_open_and_sets_its_form_token_as_a_strict_http_only_cookie() {
    HttpResponse<String> page = client().get("/quanly/dangnhap?next=/quanly/donvi");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Đăng nhập", "name=\"next\" value=\"/quanly/donvi\"");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("script-src 'self'");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    String cookie = setCookie(page, DashboardCookies.LOGIN_FORM);
    assertThat(cookie)
        .contains("HttpOnly", "SameSite=Strict", "Path=/quanly/dangnhap")
        .doesNotContain("Secure");
  }

  @Test
  void a_good_login_opens_a_new_session_and_goes_back_to_the_page_asked() {
    DashboardClient browser = client();

    HttpResponse<String> response = browser.logIn(" Minh ", PASSWORD, "/quanly/donvi?tab=1");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).contains("/quanly/donvi?tab=1");
    assertThat(setCookie(response, DashboardCookies.SESSION))
        .contains("HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=43200");
    var session = DashboardClient.json(browser.get("/api/quanly/session"));
    assertThat(session.get("login").asText()).isEqualTo("minh");
    assertThat(session.get("name").asText()).isEqualTo("Anh Minh");
    assertThat(session.get("role").asText()).isEqualTo("staff");
    assertThat(session.get("unit").asText()).isEqualTo("TPLC");
    assertThat(session.get("unitName").asText()).contains("Lai Châu");
    assertThat(session.get("csrf").asText()).hasSize(43);
  }

  @Test
  void logging_in_with_a_session_cookie_ends_that_session() {
    DashboardClient browser = client();
    browser.logIn("minh", PASSWORD);
    String first = browser.cookie(DashboardCookies.SESSION);
    String token = client().formToken();

    HttpResponse<String> again =
        loginPost(
            DashboardCookies.SESSION
                + "="
                + first
                + "; "
                + DashboardCookies.LOGIN_FORM
                + "="
                + token,
            token,
            Map.of());

    assertThat(again.statusCode()).isEqualTo(303);
    assertThat(setCookie(again, DashboardCookies.SESSION)).doesNotContain(first);
    assertThat(withCookie("/api/quanly/session", first).statusCode()).isEqualTo(401);
  }

  @Test
  void the_session_cookie_is_secure_behind_an_https_proxy() {
    String token = client().formToken();

    HttpResponse<String> response =
        loginPost(
            DashboardCookies.LOGIN_FORM + "=" + token, token, Map.of("X-Forwarded-Proto", "https"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(setCookie(response, DashboardCookies.SESSION)).contains("Secure", "HttpOnly");
  }

  @Test
  void next_is_only_ever_a_dashboard_path() {
    for (String next :
        List.of(
            "https://evil.example/quanly",
            "//evil.example/quanly",
            "/quanlyx",
            "/\\evil.example",
            "/quanly\\@evil.example",
            "/api/reports",
            "/quanly/dangnhap?next=//evil.example")) {
      HttpResponse<String> response = client().logIn("minh", PASSWORD, next);

      assertThat(response.statusCode()).as(next).isEqualTo(303);
      assertThat(response.headers().firstValue("Location")).as(next).contains("/quanly");
    }
  }

  @Test
  void a_wrong_password_shows_the_form_again_without_saying_which_was_wrong() {
    DashboardClient browser = client();

    HttpResponse<String> wrong = browser.logIn("minh", "không phải mật khẩu");
    HttpResponse<String> unknown = browser.logIn("<script>alert(1)</script>", PASSWORD);

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body())
        .contains("Tên đăng nhập hoặc mật khẩu không đúng")
        .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
        .doesNotContain("<script>alert(1)");
    assertThat(wrong.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith(DashboardCookies.SESSION + "="));
    assertThat(browser.get("/api/quanly/session").statusCode()).isEqualTo(401);
  }

  @Test
  void a_login_form_without_the_token_of_its_cookie_is_refused() {
    DashboardClient browser = client();
    String token = browser.formToken();

    HttpResponse<String> noToken =
        browser.postForm("/quanly/dangnhap", Map.of("login", "minh", "password", PASSWORD));
    HttpResponse<String> otherToken =
        browser.postForm(
            "/quanly/dangnhap",
            Map.of("login", "minh", "password", PASSWORD, "csrf", token.substring(1) + "A"));
    HttpResponse<String> noCookie =
        client()
            .postForm(
                "/quanly/dangnhap", Map.of("login", "minh", "password", PASSWORD, "csrf", token));

    for (HttpResponse<String> refused : List.of(noToken, otherToken, noCookie)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("Trang đăng nhập đã cũ");
      assertThat(refused.headers().allValues("Set-Cookie"))
          .noneMatch(c -> c.startsWith(DashboardCookies.SESSION + "="));
    }
  }

  @Test
  void five_wrong_passwords_lock_the_login_with_a_vietnamese_message() {
    DashboardAccountsHelper.addOnce("khoa2", "TDG");
    DashboardClient browser = client();
    for (int i = 0; i < 4; i++) {
      assertThat(browser.logIn("khoa2", "sai " + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> fifth = browser.logIn("khoa2", "sai nữa");
    HttpResponse<String> right = browser.logIn("khoa2", DashboardAccountsHelper.PASSWORD);

    assertThat(fifth.statusCode()).isEqualTo(429);
    assertThat(fifth.body()).contains("Đăng nhập sai quá nhiều lần nên tạm khóa đến");
    assertThat(right.statusCode()).isEqualTo(429);
  }

  @Test
  void without_a_session_the_apis_answer_401_and_an_ended_session_says_so() {
    HttpResponse<String> none = client().get("/api/quanly/session");
    HttpResponse<String> bogus = withCookie("/api/quanly/session", "x".repeat(43));

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(bogus.statusCode()).isEqualTo(401);
    assertThat(DashboardClient.error(bogus))
        .isEqualTo("Phiên đăng nhập đã hết. Hãy đăng nhập lại.");
  }

  @Test
  void a_change_made_with_the_session_needs_its_csrf_token() {
    DashboardClient browser = client();
    browser.logIn("lan", "mật khẩu của Lan");
    String csrf = browser.csrf();

    HttpResponse<String> none = browser.send("POST", "/api/broadcasts/999999/pause", "{}", null);
    HttpResponse<String> wrong =
        browser.send("POST", "/api/broadcasts/999999/pause", "{}", "x" + csrf);
    HttpResponse<String> form =
        browser.postForm("/api/broadcasts/999999/pause", Map.of("csrf", "falsch"));
    HttpResponse<String> right = browser.send("POST", "/api/broadcasts/999999/pause", "{}", csrf);
    HttpResponse<String> rightInForm =
        browser.postForm("/api/broadcasts/999999/pause", Map.of("csrf", csrf));

    for (HttpResponse<String> refused : List.of(none, wrong, form)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(DashboardClient.error(refused)).contains("thiếu mã xác nhận của phiên (CSRF)");
    }
    assertThat(right.statusCode()).as(right.body()).isEqualTo(404);
    assertThat(rightInForm.statusCode()).as(rightInForm.body()).isEqualTo(404);
  }

  @Test
  void a_bearer_token_needs_no_csrf_token_and_wins_over_a_cookie() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + app.port() + "/api/broadcasts/999999/pause"))
            .header("Authorization", "Bearer " + bearer)
            .header("Cookie", DashboardCookies.SESSION + "=" + "x".repeat(43))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "application/json")
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    var session =
        DashboardClient.json(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://localhost:" + app.port() + "/api/quanly/session"))
                        .header("Authorization", "Bearer " + bearer)
                        .build(),
                    HttpResponse.BodyHandlers.ofString()));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(session.get("role").asText()).isEqualTo("admin");
    assertThat(session.get("csrf").isNull()).isTrue();
  }

  @Test
  void logging_out_needs_the_csrf_token_and_ends_the_session() {
    DashboardClient browser = client();
    browser.logIn("minh", PASSWORD);
    String csrf = browser.csrf();

    HttpResponse<String> refused = browser.postForm("/quanly/dangxuat", Map.of("csrf", "sai"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/quanly/session").statusCode()).isEqualTo(200);

    HttpResponse<String> out = browser.postForm("/quanly/dangxuat", Map.of("csrf", csrf));

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Location")).contains("/quanly/dangnhap");
    assertThat(browser.get("/api/quanly/session").statusCode()).isEqualTo(401);
    assertThat(client().postForm("/quanly/dangxuat", Map.of()).statusCode()).isEqualTo(303);
  }

  @Test
  void the_login_page_sends_a_browser_with_a_session_on() {
    DashboardClient browser = client();
    browser.logIn("minh", PASSWORD);

    HttpResponse<String> page = browser.get("/quanly/dangnhap?next=/quanly/baocao");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).contains("/quanly/baocao");
  }

  /** Minh's login form, sent with {@code cookies} and {@code headers} as written. */
  private static HttpResponse<String> loginPost(
      String cookies, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/quanly/dangnhap"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookies)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "csrf="
                        + token
                        + "&login=minh&password="
                        + URLEncoder.encode(PASSWORD, UTF_8)));
    headers.forEach(request::header);
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static HttpResponse<String> withCookie(String path, String session) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                  .header("Cookie", DashboardCookies.SESSION + "=" + session)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String setCookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + ": " + response.headers()));
  }

  /** Accounts made once per name, for tests that lock them. */
  private static final class DashboardAccountsHelper {
    static final String PASSWORD = "mật khẩu đủ dài";

    static void addOnce(String login, String unit) {
      DashboardClient.addAccount(settings.databaseFile(), login, login, unit, PASSWORD);
    }
  }
}
