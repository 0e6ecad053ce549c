package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/**
 * The staff broadcast API of a service on this machine as an admin calls it ({@code POST
 * /api/broadcasts}, {@code GET /api/broadcasts/{id}}, {@code POST /api/broadcasts/{id}/cancel}),
 * and the set-up a broadcast test needs in the service's database: subscribers as {@code /start}
 * stores them, an admin's token as {@code staff token} makes it. A call the service does not answer
 * (it was killed) throws {@link UncheckedIOException}.
 */
final class BroadcastCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(100);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;
  private final String token;

  BroadcastCalls(int port, String token) {
    this.port = port;
    this.token = token;
  }

  /** A new admin's bearer token, stored in {@code database}. */
  static String adminToken(Database database) {
    return new SqliteStaffTokens(database)
        .create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());
  }

  /** Subscribes each private chat to campaign messages, oldest first in the order given. */
  static void subscribe(Database database, List<Long> chats) {
    SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
    Instant first = Instant.now().minus(Duration.ofDays(1));
    for (int i = 0; i < chats.size(); i++) {
      String chat = Long.toString(chats.get(i));
      subscribers.setSubscribed(
          new ChatUser(Channel.TELEGRAM, chat, chat, "Đoàn viên " + chat),
          true,
          first.plusMillis(i));
    }
  }

  /**
   * Sends {@code text} to every subscriber now; fails the test unless it is created sending to
   * {@code recipients} chats. Returns its id.
   */
  long sendToAll(String text, int recipients) {
    ObjectNode body = JSON.createObjectNode().put("text", text);
    body.putObject("audience").put("kind", "all");
    HttpResponse<String> response =
        send(
            request("/api/broadcasts")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode created = json(response);
    assertThat(created.get("recipients").asInt()).isEqualTo(recipients);
    assertThat(created.get("state").asText()).isEqualTo("sending");
    return created.get("id").asLong();
  }

  /** The broadcast with its state and {@code counts}. */
  JsonNode get(long id) {
    HttpResponse<String> response = send(request("/api/broadcasts/" + id).GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  /** Cancels the broadcast; fails the test unless the service agrees. Returns it. */
  JsonNode cancel(long id) {
    HttpResponse<String> response =
        send(
            request("/api/broadcasts/" + id + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  /** Waits until the broadcast has at least {@code count} messages sent; returns it. */
  JsonNode awaitSent(long id, int count, Duration limit) {
    return await(id, limit, "at least " + count + " sent", b -> counts(b, "sent") >= count);
  }

  /** Waits until none of the broadcast's messages is left to send; returns it. */
  JsonNode awaitSettled(long id, Duration limit) {
    return await(id, limit, "nothing queued", b -> counts(b, "queued") == 0);
  }

  /** Waits until the broadcast is {@code done}; returns it. */
  JsonNode awaitDone(long id, Duration limit) {
    return await(id, limit, "done", b -> b.get("state").asText().equals("done"));
  }

  /** One of the broadcast's {@code counts}. */
  static int counts(JsonNode broadcast, String outcome) {
    return broadcast.get("counts").get(outcome).asInt();
  }

  private JsonNode await(long id, Duration limit, String what, Predicate<JsonNode> reached) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      JsonNode broadcast = get(id);
      if (reached.test(broadcast)) {
        return broadcast;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Broadcast " + id + " not " + what + " within " + limit + ": " + broadcast);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting for broadcast " + id, e);
      }
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }
}
