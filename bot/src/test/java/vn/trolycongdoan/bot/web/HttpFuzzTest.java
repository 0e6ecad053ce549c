package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.telegram.FakeBotApi;

/**
 * 10,000 generated requests to the real service (web chat, {@code /api/ask} and the Telegram
 * webhook) with random Unicode, control characters, lone surrogates, invalid UTF-8, 1 MB bodies,
 * malformed JSON, wrong content types and methods, and injection strings: none is answered with a
 * 5xx, every answer is JSON (a webhook's accepted update may have an empty body, as Telegram
 * expects), and the database passes {@code PRAGMA integrity_check} afterwards. The seed is printed
 * and fixed, so a failure repeats. The corpus is one plan, so that the run measures the service's
 * handling of inputs rather than search over the whole bundled corpus.
 */
class HttpFuzzTest {

  private static final long SEED = 20261201L;
  private static final int INPUTS = 10_000;
  private static final int CLIENTS = 8;
  private static final String SECRET = "fuzz-webhook-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json; charset=UTF-8",
          "application/json",
          "application/json",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json; charset=latin1",
          "application/vnd.api+json");

  @TempDir Path data;

  private static final int SEND_TRIES = 3;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private int port;
  private RawHttp raw;

  @Test
  void no_generated_input_gets_a_5xx_or_an_answer_that_is_not_json_and_the_database_stays_sound()
      throws Exception {
    System.out.println("HttpFuzzTest seed " + SEED + ", " + INPUTS + " inputs");
    URI publicUrl = URI.create("https://bot.example.org/telegram/hook");
    Path corpus = Files.createDirectories(data.resolve("corpus"));
    Files.copy(Path.of("../corpus/plans/001_241fc221d9dce001.txt"), corpus.resolve("plan.txt"));
    Map<SettingKey, String> smallCorpus = Map.of(SettingKey.CORPUS_DIR, corpus.toString());
    try (FakeBotApi telegram = FakeBotApi.start();
        RunningApp app =
            RunningApp.start(
                TestSettings.inFolder(data.resolve("data"), smallCorpus)
                    .withTelegram(telegram.webhookSettings(publicUrl, SECRET)))) {
      port = app.port();
      raw = new RawHttp(port);
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long started = System.nanoTime();
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          done.add(
              clients.submit(
                  () -> {
                    for (int i = client; i < INPUTS; i += CLIENTS) {
                      Outcome outcome = send(i);
                      statuses.merge(outcome.status, 1, Integer::sum);
                      if (!outcome.problem.isEmpty()) {
                        failures.add("input " + i + ": " + outcome.problem);
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> future : done) {
          future.get();
        }
      } finally {
        clients.shutdownNow();
      }
      System.out.printf(
          "HttpFuzzTest: %d inputs in %.1f s, by status %s%n",
          INPUTS, (System.nanoTime() - started) / 1e9, statuses);

      assertThat(failures.stream().limit(20).toList()).as(failures.size() + " failures").isEmpty();
      assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(INPUTS);
      assertThat(app.column("PRAGMA integrity_check")).containsExactly("ok");
    }
  }

  /** What one input got: its status, and what was wrong with the answer (empty if nothing). */
  private record Outcome(int status, String problem) {}

  private Outcome send(int index) {
    FuzzInputs in = new FuzzInputs(SEED * 31 + index);
    int kind = index % 10;
    try {
      if (kind < 4) {
        return chat(in);
      }
      if (kind < 8) {
        return ask(in);
      }
      return webhook(in, index);
    } catch (RuntimeException | IOException e) {
      return new Outcome(-1, "request failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(-1, "interrupted");
    }
  }

  private Outcome chat(FuzzInputs in) throws IOException, InterruptedException {
    switch (in.below(20)) {
      case 0:
        return check(rawPost("/api/chat", "application/json", oneMegabyte(), null), false);
      case 1:
        byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
        return check(rawPost("/api/chat", "application/json", badUtf8, null), false);
      case 2:
        return check(
            raw.send(in.pick(List.of("PUT", "DELETE", "PATCH", "GET")) + " /api/chat HTTP/1.1"),
            false);
      default:
        HttpRequest.Builder request =
            request("/api/chat")
                .header("Content-Type", in.pick(CONTENT_TYPES))
                .POST(HttpRequest.BodyPublishers.ofString(in.chatBody(), StandardCharsets.UTF_8));
        if (in.below(4) == 0) {
          request.header("Cookie", SessionCookie.NAME + "=" + asciiJunk(in));
        }
        return check(sendOnce(request.build()), false);
    }
  }

  private Outcome ask(FuzzInputs in) throws IOException, InterruptedException {
    switch (in.below(20)) {
      case 0:
        return check(raw.send("GET /api/ask?q=" + "a".repeat(1 << 20) + " HTTP/1.1"), false);
      case 1, 2:
        StringBuilder escapes = new StringBuilder("GET /api/ask?q=");
        for (int i = 0, n = 1 + in.below(40); i < n; i++) {
          escapes.append('%').append(String.format("%02X", in.below(256)));
        }
        return check(raw.send(escapes.append(" HTTP/1.1").toString()), false);
      default:
        String k = in.pick(List.of("", "&k=5", "&k=0", "&k=-1", "&k=abc", "&k=99999999999"));
        String q =
            URLEncoder.encode(in.text(in.below(20) == 0 ? 700 : 120), StandardCharsets.UTF_8);
        HttpRequest request = request("/api/ask?q=" + q + k).GET().build();
        return check(sendOnce(request), false);
    }
  }

  private Outcome webhook(FuzzInputs in, int index) throws IOException, InterruptedException {
    String secret = in.below(5) == 0 ? asciiJunk(in) : SECRET;
    if (in.below(25) == 0) {
      return check(rawPost("/telegram/hook", "application/json", oneMegabyte(), secret), true);
    }
    HttpRequest request =
        request("/telegram/hook")
            .header("Content-Type", in.pick(CONTENT_TYPES))
            .header("X-Telegram-Bot-Api-Secret-Token", secret)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    in.update(1_000_000 + index), StandardCharsets.UTF_8))
            .build();
    return check(sendOnce(request), true);
  }

  /**
   * Sends, and again (up to {@value #SEND_TRIES} times in all) if the server had closed the
   * kept-alive connection the client picked (it closes one after an error whose body it did not
   * read; the pool may hold several such): the request was then never served.
   */
  private HttpResponse<String> sendOnce(HttpRequest request)
      throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException closed) {
        if (attempt == SEND_TRIES) {
          throw closed;
        }
      }
    }
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(30));
  }

  private RawHttp.Answer rawPost(String path, String type, byte[] body, String secret) {
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: "
            + type
            + "\r\n"
            + (secret == null ? "" : "X-Telegram-Bot-Api-Secret-Token: " + secret + "\r\n")
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return raw.send(all);
  }

  private static byte[] oneMegabyte() {
    String json = "{\"text\":\"" + "đ".repeat(1 << 19) + "\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static String asciiJunk(FuzzInputs in) {
    StringBuilder junk = new StringBuilder();
    for (int i = 0, n = in.below(60); i < n; i++) {
      junk.append((char) ('!' + in.below(90)));
    }
    return junk.toString().replace(";", "").replace(",", "");
  }

  private static Outcome check(HttpResponse<String> response, boolean webhook) {
    return check(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        webhook);
  }

  private static Outcome check(RawHttp.Answer answer, boolean webhook) {
    return check(answer.status(), answer.contentType(), answer.body(), webhook);
  }

  private static Outcome check(int status, String contentType, String body, boolean webhook) {
    if (status >= 500) {
      return new Outcome(status, status + " " + shorten(body));
    }
    if (webhook && status == 200 && body.isEmpty()) {
      return new Outcome(status, "");
    }
    if (!contentType.toLowerCase().startsWith("application/json")) {
      return new Outcome(
          status, status + " with Content-Type " + contentType + ": " + shorten(body));
    }
    try {
      JSON.readTree(body);
      return new Outcome(status, body.isEmpty() ? status + " with an empty body" : "");
    } catch (IOException e) {
      return new Outcome(status, status + " not JSON: " + shorten(body));
    }
  }

  private static String shorten(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}
