package vn.trolycongdoan.bot.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.trolycongdoan.bot.accounts.AccountRules;
import vn.trolycongdoan.bot.accounts.PasswordHasher;
import vn.trolycongdoan.bot.accounts.SqliteStaffAccounts;
import vn.trolycongdoan.bot.accounts.StaffAccount;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/**
 * A browser without a page engine, for HTTP tests of the dashboard: keeps its cookies, logs in
 * through the real login form ({@link #logIn}), and sends the session's CSRF token when asked to.
 * Redirects are not followed, so a test sees them. Accounts for it are made with {@link
 * #addAccount} in the service's own database.
 */
public final class DashboardClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final PasswordHasher QUICK = new PasswordHasher(new PasswordHasher.Cost(8, 1, 1));

  private final int port;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  public DashboardClient(int port) {
    this.port = port;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Creates a dashboard account in {@code databaseFile} (the running service's, see {@link
   * vn.trolycongdoan.bot.config.Settings#databaseFile}); {@code unit} {@code null} for an admin.
   * The hash is a cheap one (the server replaces it at the first login), so tests stay quick.
   */
  public static StaffAccount addAccount(
      Path databaseFile, String login, String name, String unit, String password) {
    AccountRules rules =
        new AccountRules(UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv"));
    try (Database database = Database.open(databaseFile)) {
      return new SqliteStaffAccounts(database)
          .create(
              rules.draft(login, name, unit == null ? "admin" : "staff", unit),
              QUICK.hash(password),
              Instant.now());
    }
  }

  /** Logs in through the form; answers the form's POST (303 on success). */
  public HttpResponse<String> logIn(String login, String password) {
    return logIn(login, password, null);
  }

  /** The same, asking to go to {@code next} afterwards. */
  public HttpResponse<String> logIn(String login, String password, String next) {
    String token = formToken();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", token);
    fields.put("login", login);
    fields.put("password", password);
    if (next != null) {
      fields.put("next", next);
    }
    return postForm("/quanly/dangnhap", fields);
  }

  /** The login form's token, from {@code GET /quanly/dangnhap} (which sets its cookie). */
  public String formToken() {
    Matcher m = FORM_TOKEN.matcher(get("/quanly/dangnhap").body());
    if (!m.find()) {
      throw new AssertionError("The login page has no form token");
    }
    return m.group(1);
  }

  /** The session's CSRF token, from {@code GET /api/quanly/session}. */
  public String csrf() {
    return json(get("/api/quanly/session")).get("csrf").asText();
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  /** A form POST of {@code fields} (URL-encoded). */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * A JSON request ({@code POST}, {@code PUT}, {@code DELETE}) with {@code csrf} in {@code
   * X-CSRF-Token}; {@code csrf} {@code null} sends none. {@code json} {@code null} sends no body.
   */
  public HttpResponse<String> send(String method, String path, String json, String csrf) {
    HttpRequest.Builder request =
        request(path)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return send(request.build());
  }

  /** The body of a 2xx JSON answer. */
  public static JsonNode json(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code error} of a JSON error answer. */
  public static String error(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).get("error").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of the cookie {@code name} this client holds, or {@code null}. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
