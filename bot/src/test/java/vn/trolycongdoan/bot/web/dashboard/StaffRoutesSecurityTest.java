package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
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
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * Every staff route the service registers, whoever's feature it is: without a session a page goes
 * to the login page and an API answers 401; with a session, no change goes through without the
 * session's CSRF token. Needs the knowledge implementation.
 */
class StaffRoutesSecurityTest {

  @TempDir static Path data;

  private static RunningApp app;
  private static List<StaffRouter.Route> routes;

  @BeforeAll
  static void start() throws Exception {
    Settings settings = TestSettings.inFolder(data);
    app = RunningApp.start(settings);
    DashboardClient.addAccount(settings.databaseFile(), "lan", "Chị Lan", null, "mật khẩu của Lan");
    routes = app.staffRoutes();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void the_routes_include_the_dashboards_own() {
    assertThat(routes)
        .contains(
            new StaffRouter.Route(HandlerType.GET, "/quanly/donvi", true),
            new StaffRouter.Route(HandlerType.GET, "/api/quanly/session", false),
            new StaffRouter.Route(HandlerType.POST, "/api/quanly/accounts", false),
            new StaffRouter.Route(HandlerType.GET, "/api/reports", false));
  }

  @Test
  void without_a_session_pages_go_to_the_login_page_and_apis_answer_401() {
    DashboardClient nobody = new DashboardClient(app.port());
    for (StaffRouter.Route route : routes) {
      String path = concrete(route.path());
      HttpResponse<String> response = nobody.send(route.method().name(), path, "{}", "x");

      if (route.page()) {
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
            .as(path)
            .get()
            .asString()
            .startsWith("/quanly/dangnhap?next=");
      } else {
        assertThat(response.statusCode()).as(route.method() + " " + path).isEqualTo(401);
        assertThat(DashboardClient.error(response)).as(path).isNotBlank();
      }
    }
  }

  @Test
  void with_a_session_no_change_goes_through_without_its_csrf_token() {
    DashboardClient admin = new DashboardClient(app.port());
    admin.logIn("lan", "mật khẩu của Lan");
    String csrf = admin.csrf();
    List<StaffRouter.Route> changes =
        routes.stream().filter(route -> route.method() != HandlerType.GET).toList();

    assertThat(changes).isNotEmpty();
    for (StaffRouter.Route route : changes) {
      String path = concrete(route.path());
      for (String token : new String[] {null, "sai", csrf.substring(1)}) {
        HttpResponse<String> response = admin.send(route.method().name(), path, "{}", token);

        assertThat(response.statusCode())
            .as(route.method() + " " + path + " " + token)
            .isEqualTo(403);
        assertThat(DashboardClient.error(response)).contains("CSRF");
      }
    }
    for (StaffRouter.Route route : routes) {
      HttpResponse<String> response =
          admin.send(route.method().name(), concrete(route.path()), "{}", csrf);

      assertThat(response.statusCode()).as(route.method() + " " + route.path()).isNotIn(401, 403);
    }
  }

  /** The path with each parameter ({id}, <id>) filled in with an id no row has. */
  private static String concrete(String path) {
    return path.replaceAll("\\{[^}]+}|<[^>]+>", "999999");
  }
}
