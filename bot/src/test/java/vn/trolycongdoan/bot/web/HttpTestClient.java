package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** GETs from and POSTs to a server on this machine and reads JSON answers. */
final class HttpTestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  HttpTestClient(int port) {
    this.port = port;
  }

  /** {@code pathAndQuery} is sent as written, so it must already be URL-encoded. */
  HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).build());
  }

  /** POSTs {@code body} as UTF-8; {@code contentType} {@code null} sends no Content-Type header. */
  HttpResponse<String> post(String path, String contentType, String body) {
    HttpRequest.Builder request =
        request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  /** POSTs a JSON body. */
  HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  /** POSTs a JSON body with a {@code Cookie} header; {@code cookie} {@code null} sends none. */
  HttpResponse<String> postJson(String path, String json, String cookie) {
    HttpRequest.Builder request =
        request(path)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .header("Content-Type", "application/json");
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return send(request.build());
  }

  /**
   * The {@code name=value} of the session cookie the response sets, for a later request's {@code
   * Cookie} header; empty if it sets none.
   */
  static java.util.Optional<String> sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith(SessionCookie.NAME + "="))
        .map(header -> header.split(";", 2)[0])
        .findFirst();
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }

  /** The body of a 200 answer as JSON; fails the test, showing the body, on any other status. */
  static JsonNode okJson(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  /** The Vietnamese {@code error} of a JSON error answer. */
  static String errorText(HttpResponse<String> response) {
    return json(response).get("error").asText();
  }
}
