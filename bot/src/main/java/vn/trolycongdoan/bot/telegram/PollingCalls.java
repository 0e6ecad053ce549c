package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the HTTP calls of TelegramBots' long polling ({@code deleteWebhook}, then {@code getUpdates}
 * over and over) on a client of our own, so that they can be read and stopped. Added as an
 * interceptor to the client the library gets.
 *
 * <p>The library only sees the HTTP status of a failed call. This reads Telegram's description,
 * logs it, and hands the {@code retry_after} of a 429 to the {@link PollingBackOff}.
 *
 * <p>{@link #stop} cancels the {@code getUpdates} waiting at Telegram and answers it with an empty
 * list of updates, as a poll that timed out. Cancelling the library's own call instead would make
 * it log an ERROR and sleep a backoff on every normal stop. Updates Telegram was sending at that
 * moment are not lost: nothing confirmed them, so the next start gets them again. Thread-safe.
 */
final class PollingCalls implements Interceptor {

  private static final Logger log = LoggerFactory.getLogger(PollingCalls.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";
  private static final long MAX_ERROR_BODY = 16 * 1024;

  private final OkHttpClient http;
  private final PollingBackOff backOff;
  private final String token;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<Call> running = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;
  private volatile ApiFailure lastFailure;

  /**
   * @param http the client that makes the calls: not the one this interceptor is added to
   * @param backOff the library's backoff, told about {@code retry_after}
   * @param token the bot token, kept out of logs
   */
  PollingCalls(OkHttpClient http, PollingBackOff backOff, String token) {
    this.http = http;
    this.backOff = backOff;
    this.token = token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Call call = http.newCall(request);
    running.add(call);
    try {
      if (stopped) {
        return stoppedAnswer(request);
      }
      Response response = call.execute();
      lastFailure = response.isSuccessful() ? null : noteFailure(method(request), response);
      return response;
    } catch (IOException e) {
      if (stopped) {
        return stoppedAnswer(request);
      }
      lastFailure = null;
      throw e;
    } finally {
      running.remove(call);
    }
  }

  /**
   * Why the last call failed when Telegram answered it with an error; {@code null} after a success
   * or no answer.
   */
  ApiFailure lastFailure() {
    return lastFailure;
  }

  /**
   * From now on answers {@code getUpdates} at once with no updates, and cancels the one waiting at
   * Telegram.
   */
  void stop() {
    stopped = true;
    running.forEach(Call::cancel);
  }

  private ApiFailure noteFailure(String method, Response response) throws IOException {
    ApiFailure failure = read(response);
    if (failure.retryAfter() != null) {
      backOff.retryAfter(failure.retryAfter());
    }
    log.warn("Telegram {} failed ({})", method, failure.describe(token));
    return failure;
  }

  /**
   * Telegram's error envelope, or the HTTP status of a body that is not one (a proxy's HTML page).
   */
  private ApiFailure read(Response response) throws IOException {
    String body = response.peekBody(MAX_ERROR_BODY).string();
    try {
      JsonNode envelope = json.readTree(body);
      if (envelope != null && envelope.hasNonNull("description")) {
        JsonNode retryAfter = envelope.path("parameters").path("retry_after");
        return new ApiFailure(
            envelope.path("error_code").asInt(response.code()),
            envelope.get("description").asText(),
            retryAfter.isIntegralNumber() ? retryAfter.asInt() : null,
            false);
      }
    } catch (JsonProcessingException e) {
      log.debug("A failed Telegram call's body is not JSON", e);
    }
    return new ApiFailure(response.code(), response.message(), null, false);
  }

  private static Response stoppedAnswer(Request request) throws IOException {
    if (!method(request).equalsIgnoreCase("getUpdates")) {
      throw new IOException("Telegram long polling is stopped");
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(NO_UPDATES, JSON))
        .build();
  }

  private static String method(Request request) {
    List<String> path = request.url().pathSegments();
    return path.get(path.size() - 1);
  }
}
