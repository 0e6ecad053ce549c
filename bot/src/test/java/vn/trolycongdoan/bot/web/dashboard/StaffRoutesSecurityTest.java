package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * Every staff route the service serves, each API and dashboard page as registered through {@link
 * StaffRouter}, so routes added later are tried too: without a session a page sends the browser to
 * the login page and an API answers 401; with a session, a change without its CSRF token or with a
 * wrong one is refused with 403 and changes nothing in the database.
 */
class StaffRoutesSecurityTest {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}|<[^>]+>");

  /** Tables a request may touch without changing anything a staff member sees: the sessions. */
  private static final Set<String> BOOKKEEPING =
      Set.of("staff_sessions", "staff_login_failures", "flyway_schema_history");

  @TempDir static Path data;

  private static RunningApp app;
  private static Settings settings;

  @BeforeAll
  static void start() throws Exception {
    settings = TestSettings.inFolder(data);
    app = RunningApp.start(settings);
    DashboardClient.addAccount(settings.databaseFile(), "lan", "Chị Lan", null, "mật khẩu Lan");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void the_service_serves_the_dashboard_pages_and_changes_through_the_staff_router() {
    assertThat(app.staffRoutes()).anyMatch(StaffRouter.Route::page);
    assertThat(changes()).isNotEmpty();
  }

  @Test
  void without_a_session_every_page_goes_to_the_login_page_and_every_api_answers_401() {
    DashboardClient anonymous = new DashboardClient(app.port());
    for (StaffRouter.Route route : app.staffRoutes()) {
      String path = concrete(route.path());
      HttpResponse<String> answer =
          anonymous.send(route.method().name(), path, route.page() ? null : "{}", null);
      if (route.page()) {
        assertThat(answer.statusCode()).as(route.toString()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
            .as(route.toString())
            .get()
            .asString()
            .startsWith(StaffRouter.LOGIN_PAGE + "?next=");
      } else {
        assertThat(answer.statusCode()).as(route + ": " + answer.body()).isEqualTo(401);
        assertThat(DashboardClient.error(answer)).as(route.toString()).isNotBlank();
      }
    }
  }

  @Test
  void with_a_session_every_change_without_its_csrf_token_or_with_a_wrong_one_is_refused()
      throws Exception {
    DashboardClient admin = new DashboardClient(app.port());
    assertThat(admin.logIn("lan", "mật khẩu Lan").statusCode()).isEqualTo(303);
    String before = contents();

    for (StaffRouter.Route route : changes()) {
      String path = concrete(route.path());
      for (String csrf : new String[] {null, "not-the-session-token"}) {
        HttpResponse<String> answer = admin.send(route.method().name(), path, "{}", csrf);
        assertThat(answer.statusCode())
            .as(route + " with CSRF token " + csrf + ": " + answer.body())
            .isEqualTo(403);
        assertThat(DashboardClient.error(answer)).isNotBlank();
      }
    }
    assertThat(contents()).as("the database after the refused changes").isEqualTo(before);
  }

  private static List<StaffRouter.Route> changes() {
    return app.staffRoutes().stream()
        .filter(route -> !route.method().name().equals("GET"))
        .toList();
  }

  private static String concrete(String path) {
    return PATH_PARAMETER.matcher(path).replaceAll("1");
  }

  /** Every row of every table but the sessions' bookkeeping, as text. */
  private static String contents() {
    try (Database database = Database.open(settings.databaseFile())) {
      List<String> tables =
          database
              .jdbc()
              .list(
                  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
                      + " 'sqlite_%' ORDER BY name",
                  row -> row.getString(1));
      StringBuilder text = new StringBuilder();
      for (String table : tables) {
        if (BOOKKEEPING.contains(table)) {
          continue;
        }
        List<String> rows = new ArrayList<>();
        database
            .jdbc()
            .list(
                "SELECT * FROM " + table,
                row -> {
                  StringBuilder line = new StringBuilder();
                  for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                    line.append(row.getString(c)).append('|');
                  }
                  return rows.add(line.toString());
                });
        text.append(table).append(": ").append(rows.stream().sorted().toList()).append('\n');
      }
      return text.toString();
    }
  }
}
