package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.Settings;

/**
 * The Đơn vị page's routes over HTTP against the whole service on real SQLite: without a session,
 * with a staff account of one district, without or with a wrong CSRF token, and with script in the
 * fields stored. Needs the knowledge implementation.
 */
class UnitAndAccountEndpointsTest {

  private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(1)>";
  private static final List<String[]> ROUTES =
      List.of(
          new String[] {"GET", "/api/quanly/units"},
          new String[] {"GET", "/api/quanly/units/invites"},
          new String[] {"POST", "/api/quanly/units/invites"},
          new String[] {"GET", "/api/quanly/units/reporters"},
          new String[] {"GET", "/api/quanly/accounts"},
          new String[] {"POST", "/api/quanly/accounts"},
          new String[] {"PUT", "/api/quanly/accounts/1"},
          new String[] {"POST", "/api/quanly/accounts/1/disable"},
          new String[] {"POST", "/api/quanly/accounts/1/enable"},
          new String[] {"POST", "/api/quanly/accounts/1/password"});

  @TempDir static Path data;

  private static RunningApp app;
  private static Settings settings;
  private static DashboardClient admin;
  private static DashboardClient city;

  @BeforeAll
  static void start() throws Exception {
    settings = TestSettings.inFolder(data);
    app = RunningApp.start(settings);
    DashboardClient.addAccount(settings.databaseFile(), "lan", "Chị Lan", null, "mật khẩu của Lan");
    DashboardClient.addAccount(
        settings.databaseFile(), "minh", "Anh Minh", "TPLC", "mật khẩu Minh");
    admin = new DashboardClient(app.port());
    admin.logIn("lan", "mật khẩu của Lan");
    city = new DashboardClient(app.port());
    city.logIn("minh", "mật khẩu Minh");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void without_a_session_every_route_answers_401_and_the_page_goes_to_the_login() {
    DashboardClient nobody = new DashboardClient(app.port());
    for (String[] route : ROUTES) {
      HttpResponse<String> response = nobody.send(route[0], route[1], "{}", "x");

      assertThat(response.statusCode()).as(route[0] + " " + route[1]).isEqualTo(401);
    }
    HttpResponse<String> page = nobody.get("/quanly/donvi");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .contains("/quanly/dangnhap?next=%2Fquanly%2Fdonvi");
  }

  @Test
  void the_page_is_served_under_the_strict_policy_with_a_session() {
    HttpResponse<String> page = city.get("/quanly/donvi");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Đơn vị</h1>", "/quanly/assets/donvi.js");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'none'");
    assertThat(city.get("/quanly/assets/donvi.js").statusCode()).isEqualTo(200);
  }

  @Test
  void a_district_account_sees_its_subtree_only_and_no_accounts() {
    JsonNode units = DashboardClient.json(city.get("/api/quanly/units"));
    HttpResponse<String> outside =
        city.send(
            "POST", "/api/quanly/units/invites", "{\"unit\":\"TDG-01\",\"days\":7}", city.csrf());
    HttpResponse<String> outsideList = city.get("/api/quanly/units/invites?unit=TDG");

    assertThat(units.get(0).get("code").asText()).isEqualTo("TPLC");
    assertThat(units).allSatisfy(u -> assertThat(u.get("code").asText()).startsWith("TPLC"));
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(DashboardClient.error(outside)).contains("không quản lý được TDG-01");
    assertThat(outsideList.statusCode()).isEqualTo(403);
    for (String[] route : ROUTES.subList(4, ROUTES.size())) {
      HttpResponse<String> response = city.send(route[0], route[1], "{}", city.csrf());

      assertThat(response.statusCode()).as(route[0] + " " + route[1]).isEqualTo(403);
      assertThat(DashboardClient.error(response))
          .isEqualTo("Chỉ tài khoản quản trị (admin) làm được việc này.");
    }
    assertThat(app.column("SELECT code FROM report_invites WHERE unit_code = 'TDG-01'")).isEmpty();
  }

  @Test
  void an_invite_is_made_for_a_unit_of_the_subtree_and_listed() {
    JsonNode created =
        DashboardClient.json(
            city.send(
                "POST",
                "/api/quanly/units/invites",
                "{\"unit\":\"tplc-02\",\"days\":7}",
                city.csrf()));

    assertThat(created.get("code").asText()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
    assertThat(created.get("unit").asText()).isEqualTo("TPLC-02");
    assertThat(created.get("state").asText()).isEqualTo("open");
    assertThat(created.get("createdBy").asText()).isEqualTo("Anh Minh");
    JsonNode listed = DashboardClient.json(admin.get("/api/quanly/units/invites?unit=TPLC-02"));
    assertThat(listed.findValuesAsText("code")).contains(created.get("code").asText());
    HttpResponse<String> badDays =
        city.send(
            "POST",
            "/api/quanly/units/invites",
            "{\"unit\":\"TPLC-02\",\"days\":\"x\"}",
            city.csrf());
    assertThat(badDays.statusCode()).isEqualTo(400);
  }

  @Test
  void changes_without_the_csrf_token_or_with_a_wrong_one_are_refused_and_change_nothing() {
    for (String csrf : new String[] {null, "sai", admin.csrf() + "x"}) {
      HttpResponse<String> invite =
          admin.send("POST", "/api/quanly/units/invites", "{\"unit\":\"TDG-02\"}", csrf);
      HttpResponse<String> account =
          admin.send(
              "POST", "/api/quanly/accounts", "{\"login\":\"csrf1\",\"role\":\"admin\"}", csrf);

      assertThat(invite.statusCode()).isEqualTo(403);
      assertThat(account.statusCode()).isEqualTo(403);
      assertThat(DashboardClient.error(account)).contains("CSRF");
    }
    assertThat(app.column("SELECT code FROM report_invites WHERE unit_code = 'TDG-02'")).isEmpty();
    assertThat(app.column("SELECT login FROM staff_accounts WHERE login = 'csrf1'")).isEmpty();
  }

  @Test
  void an_admin_creates_an_account_whose_temporary_password_logs_in_and_script_stays_literal() {
    String body =
        "{\"login\":\"hoa\",\"name\":" + quoted(SCRIPT) + ",\"role\":\"staff\",\"unit\":\"TDG\"}";
    JsonNode issued =
        DashboardClient.json(admin.send("POST", "/api/quanly/accounts", body, admin.csrf()));

    assertThat(issued.get("account").get("name").asText()).isEqualTo(SCRIPT);
    assertThat(app.column("SELECT name FROM staff_accounts WHERE login = 'hoa'"))
        .containsExactly(SCRIPT);
    DashboardClient hoa = new DashboardClient(app.port());
    assertThat(hoa.logIn("hoa", issued.get("temporaryPassword").asText()).statusCode())
        .isEqualTo(303);
    JsonNode session = DashboardClient.json(hoa.get("/api/quanly/session"));
    assertThat(session.get("name").asText()).isEqualTo(SCRIPT);
    assertThat(session.get("unit").asText()).isEqualTo("TDG");

    long id = issued.get("account").get("id").asLong();
    JsonNode disabled =
        DashboardClient.json(
            admin.send("POST", "/api/quanly/accounts/" + id + "/disable", "{}", admin.csrf()));
    assertThat(disabled.get("disabled").asBoolean()).isTrue();
    assertThat(hoa.get("/api/quanly/session").statusCode()).isEqualTo(401);
  }

  @Test
  void a_taken_login_and_a_bad_unit_are_400_in_vietnamese() {
    HttpResponse<String> taken =
        admin.send(
            "POST",
            "/api/quanly/accounts",
            "{\"login\":\"minh\",\"role\":\"admin\"}",
            admin.csrf());
    HttpResponse<String> unit =
        admin.send(
            "POST",
            "/api/quanly/accounts",
            "{\"login\":\"moi\",\"role\":\"staff\",\"unit\":\"X9\"}",
            admin.csrf());
    HttpResponse<String> notJson = admin.send("POST", "/api/quanly/accounts", "[1", admin.csrf());

    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(DashboardClient.error(taken)).contains("\"minh\" đã có người dùng");
    assertThat(unit.statusCode()).isEqualTo(400);
    assertThat(DashboardClient.error(unit)).contains("Không có đơn vị mã \"X9\"");
    assertThat(notJson.statusCode()).isEqualTo(400);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
