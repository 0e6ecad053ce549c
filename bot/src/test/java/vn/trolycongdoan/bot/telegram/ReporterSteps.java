package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.store.Database;

/**
 * What a reporter does in Telegram, step by step, against the fake Bot API: register with an invite
 * the test creates in the service's database, send {@code /baocao} and press ✅ Xác nhận. Each step
 * waits for the bot's answer and returns it.
 */
final class ReporterSteps {

  private final FakeBotApi api;
  private final Database database;

  /**
   * @param database the service's database, opened beside it
   */
  ReporterSteps(FakeBotApi api, Database database) {
    this.api = api;
    this.database = database;
  }

  /** A corpus of one short document, so that the service indexes in a moment. */
  static Path tinyCorpus(Path folder) {
    try {
      Path corpus = Files.createDirectories(folder.resolve("corpus"));
      Files.writeString(
          corpus.resolve("ke-hoach.txt"),
          "KẾ HOẠCH\nThực hiện chỉ tiêu phát triển đoàn viên năm 2026.\n"
              + "1. Kết nạp mới ít nhất 500 đoàn viên.\n");
      return corpus;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Registers {@code chat} (its user id too) for {@code unitCode} with a fresh invite. */
  void register(long chat, String name, String unitCode) {
    String code =
        new SqliteInviteStore(database)
            .create(unitCode, Instant.now(), Instant.now().plus(Duration.ofDays(14)), "test")
            .code()
            .toString();
    SentMessage reply = send(chat, name, "/dangky " + code);
    assertThat(reply.text()).startsWith("Bạn đã được đăng ký báo cáo cho đơn vị " + unitCode);
  }

  /** Sends {@code text} and returns the bot's next message in the chat. */
  SentMessage send(long chat, String name, String text) {
    int before = api.messagesIn(chat).size();
    api.userSends(chat, chat, name, text);
    return api.awaitMessages(chat, before + 1, FakeBotApi.WAIT).get(before);
  }

  /**
   * Presses the button labelled {@code label} under {@code message}; returns the edited message.
   */
  SentMessage press(long chat, SentMessage message, String label) {
    List<String> labels = labels(message);
    int index = labels.indexOf(label);
    assertThat(index).as("a button " + label + " in " + labels).isNotNegative();
    api.userPresses(chat, chat, message.messageId(), message.buttonData().get(index));
    long deadline = System.nanoTime() + FakeBotApi.WAIT.toNanos();
    while (true) {
      SentMessage now =
          api.messagesIn(chat).stream()
              .filter(m -> m.messageId() == message.messageId())
              .findFirst()
              .orElseThrow();
      if (now.edits() > message.edits()) {
        return now;
      }
      assertThat(System.nanoTime()).as("message edited after " + label).isLessThan(deadline);
      sleep();
    }
  }

  static List<String> labels(SentMessage message) {
    return message.keyboard().stream()
        .flatMap(List::stream)
        .map(SentMessage.SentButton::text)
        .toList();
  }

  /** Sends a {@code /baocao} and confirms the echo; returns the receipt message. */
  SentMessage reportAndConfirm(long chat, String name, String text) {
    SentMessage echo = send(chat, name, text);
    assertThat(labels(echo)).as(echo.text()).contains("✅ Xác nhận");
    return press(chat, echo, "✅ Xác nhận");
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
