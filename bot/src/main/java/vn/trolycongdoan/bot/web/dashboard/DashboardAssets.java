package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.web.JarResources;
import vn.trolycongdoan.bot.web.NotFoundException;

/**
 * {@code GET /quanly/assets/<file>}: the dashboard's scripts, styles and images from the jar's
 * {@code web/quanly/assets/}, open to all (they hold no data), each read once. A name that is not a
 * plain file name with a known type is not found. Files of libraries come from their WebJars in the
 * jar ({@link #LIBRARIES}), so nothing is fetched from another site.
 */
public final class DashboardAssets {

  public static final String PATH = "/quanly/assets/";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.(js|css|svg|png)");
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png");

  /**
   * Library files served under a plain name, by the resource that holds them: Chart.js's UMD build
   * from the {@code org.webjars.npm:chart.js} WebJar, at the version the build packed.
   */
  static final Map<String, String> LIBRARIES =
      Map.of(
          "chart.umd.min.js",
          "META-INF/resources/webjars/chart.js/"
              + WebJars.version("org.webjars.npm", "chart.js")
              + "/dist/chart.umd.min.js");

  private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

  public void register(RoutesConfig routes) {
    routes.get(PATH + "{file}", this::serve);
  }

  private void serve(Context ctx) {
    String file = ctx.pathParam("file");
    String resource = LIBRARIES.getOrDefault(file, "web/quanly/assets/" + file);
    if (!NAME.matcher(file).matches()
        || getClass().getClassLoader().getResource(resource) == null) {
      throw new NotFoundException("Không có tệp \"" + file + "\" trong trang quản lý.");
    }
    byte[] bytes = loaded.computeIfAbsent(file, name -> JarResources.bytes(resource));
    ctx.header("Cache-Control", "no-cache");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1))).result(bytes);
  }
}
