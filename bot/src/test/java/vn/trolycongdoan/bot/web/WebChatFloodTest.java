package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.web.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.ChatTexts;
import vn.trolycongdoan.bot.config.SettingKey;

/** Flood control of the real web chat per client address, across sessions. */
class WebChatFloodTest {

  private static final int PER_ADDRESS = 5;

  @TempDir static Path data;

  private static RunningApp app;
  private static HttpTestClient client;

  @BeforeAll
  static void start() throws Exception {
    app =
        RunningApp.start(
            TestSettings.inFolder(
                data,
                Map.of(
                    SettingKey.FLOOD_ADDRESS_MESSAGES_PER_MINUTE,
                    String.valueOf(PER_ADDRESS),
                    SettingKey.FLOOD_PAUSE_SECONDS,
                    "3600")));
    client = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void
      new_sessions_from_one_address_do_not_get_around_flood_control_and_rejected_ones_store_nothing() {
    List<JsonNode> answers = new ArrayList<>();
    List<Boolean> cookies = new ArrayList<>();
    for (int i = 0; i < PER_ADDRESS + 3; i++) {
      var response = client.postJson("/api/chat", "{\"text\": \"/huongdan\"}", null);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      answers.add(json(response));
      cookies.add(HttpTestClient.sessionCookie(response).isPresent());
    }

    assertThat(answers.subList(0, PER_ADDRESS))
        .allMatch(answer -> answer.get("replies").size() == 1);
    assertThat(text(answers.get(PER_ADDRESS))).isEqualTo(ChatTexts.FLOOD_NOTICE);
    assertThat(answers.subList(PER_ADDRESS + 1, answers.size()))
        .allMatch(answer -> answer.get("replies").isEmpty());
    assertThat(cookies.subList(0, PER_ADDRESS)).containsOnly(true);
    assertThat(cookies.subList(PER_ADDRESS, cookies.size())).containsOnly(false);
    assertThat(app.column("SELECT count(*) FROM subscribers WHERE channel = 'WEB'"))
        .containsExactly(String.valueOf(PER_ADDRESS));
    assertThat(app.column("SELECT count(*) FROM web_sessions"))
        .containsExactly(String.valueOf(PER_ADDRESS));
  }

  private static String text(JsonNode answer) {
    StringBuilder text = new StringBuilder();
    answer.get("replies").get(0).get("text").forEach(run -> text.append(run.get("text").asText()));
    return text.toString();
  }
}
