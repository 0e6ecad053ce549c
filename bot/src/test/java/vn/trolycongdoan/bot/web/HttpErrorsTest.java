package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.library.FakeLibrary;

/**
 * Every error the web server answers, including those Jetty answers before any route runs, is a
 * JSON {@code {"error": …}} in Vietnamese.
 */
class HttpErrorsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebServer server;
  private RawHttp http;

  @BeforeEach
  void start() {
    server =
        WebServer.start(
            TestSettings.inFolder(Path.of("unused")),
            new FakeLibrary(),
            () -> false,
            message -> {
              if (message.text() != null && message.text().equals("error")) {
                throw new AssertionError("a java.lang.Error from the core");
              }
              return ChatResponse.ignored();
            },
            new MemoryWebSessions(),
            List.of(),
            Optional.empty());
    http = new RawHttp(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("GET /api/ask?q=%C3%28 HTTP/1.1", new String[0], 400),
        Arguments.of("GET /api/ask?q=%E0%A4%A HTTP/1.1", new String[0], 400),
        Arguments.of("GET /api/ask?q=%ZZ HTTP/1.1", new String[0], 400),
        Arguments.of("GET /%ZZ HTTP/1.1", new String[0], 400),
        Arguments.of("GET /api/documents/%C3%28 HTTP/1.1", new String[0], 400),
        Arguments.of("GET /../../etc/passwd HTTP/1.1", new String[0], 400),
        Arguments.of("GET /api/ask?q=" + "a".repeat(70_000) + " HTTP/1.1", new String[0], 414),
        Arguments.of("GET /health HTTP/1.1", new String[] {"X-Big: " + "b".repeat(70_000)}, 431),
        Arguments.of("GET /health HTTP/1.1", new String[] {"Bad Header Line"}, 400),
        Arguments.of("DELETE /api/ask?q=x HTTP/1.1", new String[0], 405),
        Arguments.of("PUT /api/chat HTTP/1.1", new String[] {"Content-Length: 0"}, 405),
        Arguments.of("POST /health HTTP/1.1", new String[] {"Content-Length: 0"}, 405),
        Arguments.of("PATCH / HTTP/1.1", new String[] {"Content-Length: 0"}, 405),
        Arguments.of("GET /khong-co HTTP/1.1", new String[0], 404));
  }

  @Test
  void a_wrong_method_is_a_405_that_names_the_methods_the_path_takes() throws Exception {
    RawHttp.Answer answer = http.send("DELETE /api/ask?q=x HTTP/1.1");

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.headers()).containsIgnoringCase("Allow: GET");
    assertThat(JSON.readTree(answer.body()).get("error").asText())
        .isEqualTo("Không dùng được phương thức DELETE cho /api/ask: hãy dùng GET.");
  }

  @Test
  void an_error_thrown_by_a_route_is_a_json_500_without_its_message() throws Exception {
    byte[] body = "{\"text\": \"error\"}".getBytes(StandardCharsets.UTF_8);
    RawHttp.Answer answer =
        http.send(
            ("POST /api/chat HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n{\"text\": \"error\"}")
                .getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(JSON.readTree(answer.body()).get("error").asText()).startsWith("Máy chủ gặp lỗi");
    assertThat(answer.body()).doesNotContain("java.lang");
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void every_error_is_json_in_vietnamese(String requestLine, String[] headers, int status)
      throws Exception {
    RawHttp.Answer answer = http.send(requestLine, headers);

    assertThat(answer.status()).as(answer.headers() + "\n" + answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.headers()).startsWith("application/json");
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.fieldNames()).toIterable().containsExactly("error");
    assertThat(body.get("error").asText())
        .matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*");
  }
}
