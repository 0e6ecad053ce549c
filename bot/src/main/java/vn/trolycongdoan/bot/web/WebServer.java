package vn.trolycongdoan.bot.web;

import io.github.bucket4j.TimeMeter;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.util.ConcurrencyUtil;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.FloodControl;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.IndexingStatus;
import vn.trolycongdoan.bot.web.dashboard.DashboardAssets;

/**
 * The web server: the JSON API, {@code /health} and the web chat, whose messages go to the given
 * {@link ChatHandler} from the sessions the server issues ({@link WebSessions}). Requests are
 * served on Jetty's threads.
 */
public final class WebServer implements AutoCloseable {

  /**
   * Jetty's most threads, so the most requests served at once (less one or two for accepting and
   * selecting): what a database pool serving the routes should keep idle.
   */
  public static final int MAX_THREADS = 64;

  private static final int MIN_THREADS = 8;

  private final Javalin javalin;

  private WebServer(Javalin javalin) {
    this.javalin = javalin;
  }

  /**
   * Starts serving on {@link Settings#host} and {@link Settings#port}; with {@code staff}, the
   * staff API and dashboard too.
   *
   * @throws io.javalin.util.JavalinBindException if the port is taken
   */
  public static WebServer start(
      Settings settings,
      DocumentLibrary library,
      IndexingStatus indexing,
      ChatHandler chat,
      WebSessions sessions,
      List<PostRoute> extraRoutes,
      Optional<StaffApi> staff) {
    Javalin javalin =
        Javalin.create(
            config ->
                configure(config, settings, library, indexing, chat, sessions, extraRoutes, staff));
    javalin.start(settings.host(), settings.port());
    return new WebServer(javalin);
  }

  private static void configure(
      JavalinConfig config,
      Settings settings,
      DocumentLibrary library,
      IndexingStatus indexing,
      ChatHandler chat,
      WebSessions sessions,
      List<PostRoute> extraRoutes,
      Optional<StaffApi> staff) {
    config.startup.showJavalinBanner = false;
    config.jetty.threadPool =
        ConcurrencyUtil.jettyThreadPool("JettyServerThreadPool", MIN_THREADS, MAX_THREADS, false);
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
    config.http.prefer405over404 = true;
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    config.jetty.modifyServletContextHandler(
        context -> context.setErrorHandler(new JsonErrorHandler()));
    config.router.javaLangErrorHandler(ApiErrors::fatal);
    config.routes.before(ctx -> QueryEncoding.check(ctx.queryString()));
    DocumentRoutes documents = new DocumentRoutes(library);
    new ChatPage().register(config.routes);
    FloodControl addresses = new FloodControl(settings.flood(), TimeMeter.SYSTEM_NANOTIME);
    config.routes.post("/api/chat", new ChatRoute(chat, new SessionCookie(sessions), addresses));
    config.routes.get("/api/chat", ChatRoute::methodNotAllowed);
    config.routes.get("/health", new HealthRoute(library, indexing));
    config.routes.get("/api/ask", new AskRoute(library, settings, indexing));
    config.routes.get("/api/documents", documents::list);
    config.routes.get("/api/documents/<id>", documents::one);
    new DashboardAssets().register(config.routes);
    staff.ifPresent(api -> api.register(config.routes));
    extraRoutes.forEach(route -> config.routes.post(route.path(), route.handler()));
    config.routes.after(ApiErrors::bodyForBareErrors);
    ApiErrors.register(config.routes);
  }

  /** The port actually bound, useful when started on port 0. */
  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
