package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.BroadcastCalls.counts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.store.Database;

/**
 * The broadcasts' fault test: the real service in its own JVM, long-polling the fake Bot API, sends
 * a broadcast created over the staff API to 1,500 chats (some blocked, some failing with a 400),
 * and is killed with SIGKILL four times while the messages go out, each time while sends are on
 * their way (the fake answers each after 150 ms, so several are in flight), and started again.
 * Afterwards no chat has the broadcast twice, every recipient is accounted for (sent, blocked,
 * failed or unknown), every message Telegram accepted is {@code sent} or, if a kill cut it off,
 * {@code unknown}, and only those cut off are {@code unknown}. The test prints every count.
 */
class BroadcastCrashTest {

  private static final int RECIPIENTS = 1500;
  private static final int KILLS = 4;
  private static final long FIRST_CHAT = 200_001;
  private static final String TEXT = "Tết Sum vầy 2027: đăng ký nhận quà trước ngày 15 tháng 1.";
  private static final Duration WAIT = Duration.ofMinutes(3);

  @TempDir Path folder;

  /** The broadcast's outbox row for a chat. */
  private record Row(long chat, String state, int interrupted) {}

  private final Random random = new Random();

  @Test
  void a_broadcast_killed_four_times_mid_way_reaches_no_chat_twice_and_accounts_for_everyone()
      throws Exception {
    List<Long> chats = LongStream.range(FIRST_CHAT, FIRST_CHAT + RECIPIENTS).boxed().toList();
    List<Long> blocked = chats.stream().filter(chat -> chat % 75 == 0).toList();
    List<Long> failing = chats.stream().filter(chat -> chat % 75 == 30).toList();
    try (FakeBotApi api = FakeBotApi.start()) {
      for (long chat : chats) {
        if (!failing.contains(chat)) {
          api.openChat(chat);
        }
      }
      blocked.forEach(api::userBlocksBot);
      api.slowSends(Duration.ofMillis(150));
      Path data = Files.createDirectories(folder.resolve("data"));
      Path corpus = ServiceProcess.smallCorpus(folder.resolve("corpus"));
      int port = ServiceProcess.freePort();
      Map<String, String> environment = ServiceProcess.environment(api);
      environment.put("OUTBOX_MESSAGES_PER_SECOND", "60");
      environment.put("OUTBOX_BULK_MESSAGES_PER_SECOND", "50");
      environment.put("OUTBOX_CHAT_MESSAGES_PER_SECOND", "1");
      String token;
      try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
        BroadcastCalls.subscribe(database, chats);
        token = BroadcastCalls.adminToken(database);
      }
      BroadcastCalls staff = new BroadcastCalls(port, token);

      List<ServiceProcess> started = new ArrayList<>();
      JsonNode settled;
      long id;
      try {
        started.add(start(data, corpus, port, environment, 0));
        id = staff.sendToAll(TEXT, RECIPIENTS);
        for (int kill = 1; kill <= KILLS; kill++) {
          awaitSends(api, 30 + random.nextInt(120));
          assertThat(sends(api)).as("sends before kill " + kill).isLessThan(RECIPIENTS);
          started.get(started.size() - 1).kill();
          started.add(start(data, corpus, port, environment, kill));
        }
        settled = staff.awaitSettled(id, WAIT);
        started.get(started.size() - 1).stop();
      } finally {
        for (ServiceProcess service : started) {
          service.kill();
        }
      }
      check(api, data, id, settled, chats, blocked, failing);
    }
  }

  private void check(
      FakeBotApi api,
      Path data,
      long id,
      JsonNode settled,
      List<Long> chats,
      List<Long> blocked,
      List<Long> failing) {
    Map<Long, Row> rows = new HashMap<>();
    try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
      database
          .jdbc()
          .list(
              "SELECT chat_id, state, interrupted FROM outbox WHERE broadcast_id = ?",
              row -> new Row(Long.parseLong(row.getString(1)), row.getString(2), row.getInt(3)),
              id)
          .forEach(row -> assertThat(rows.put(row.chat(), row)).as("rows of one chat").isNull());
    }
    int twice = 0;
    int acceptedUnknown = 0;
    List<String> wrong = new ArrayList<>();
    for (long chat : chats) {
      long arrived =
          api.messagesIn(chat).stream().filter(message -> message.text().equals(TEXT)).count();
      Row row = rows.get(chat);
      boolean cutOff = row != null && row.state().equals("UNKNOWN");
      if (arrived > 1) {
        twice++;
      }
      if (cutOff && arrived == 1) {
        acceptedUnknown++;
      }
      String expected =
          blocked.contains(chat) ? "BLOCKED" : failing.contains(chat) ? "FAILED" : "SENT";
      int arrives = expected.equals("SENT") ? 1 : 0;
      boolean right =
          row != null
              && (cutOff
                  ? row.interrupted() > 0 && arrived <= arrives
                  : row.state().equals(expected) && row.interrupted() == 0 && arrived == arrives);
      if (!right) {
        wrong.add(chat + ": row " + row + ", arrived " + arrived + " times");
      }
    }
    List<String> refusals = api.takeRefusals();
    System.out.printf(
        "[broadcast fault] %d recipients, %d kills: %s; %d unknown of which Telegram had"
            + " accepted %d; %d sends in all; %d chats had it twice%n",
        RECIPIENTS,
        KILLS,
        settled.get("counts"),
        counts(settled, "unknown"),
        acceptedUnknown,
        sends(api),
        twice);
    assertThat(twice).as("chats that got the broadcast twice").isZero();
    assertThat(wrong).as("chats whose row does not match what arrived").isEmpty();
    assertThat(rows).hasSize(RECIPIENTS);
    assertThat(
            counts(settled, "sent")
                + counts(settled, "blocked")
                + counts(settled, "failed")
                + counts(settled, "unknown"))
        .as("every recipient accounted for")
        .isEqualTo(settled.get("recipients").asInt())
        .isEqualTo(RECIPIENTS);
    assertThat(counts(settled, "unknown"))
        .as("the rows being sent at a kill")
        .isPositive()
        .isEqualTo(rows.values().stream().filter(row -> row.interrupted() > 0).count());
    assertThat(refusals).containsOnly("sendmessage: Bad Request: chat not found");
    api.assertExhausted();
  }

  /** Waits until the fake has received {@code more} sends since now. */
  private static void awaitSends(FakeBotApi api, int more) throws InterruptedException {
    int target = sends(api) + more;
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sends(api) < target) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The service sent nothing for " + WAIT);
      }
      Thread.sleep(10);
    }
  }

  private static int sends(FakeBotApi api) {
    return api.requests("sendMessage").size();
  }

  private ServiceProcess start(
      Path data, Path corpus, int port, Map<String, String> environment, int run)
      throws IOException, InterruptedException {
    Path logs = Files.createDirectories(folder.resolve("run-" + run));
    return ServiceProcess.start(data, corpus, logs, port, environment);
  }
}
