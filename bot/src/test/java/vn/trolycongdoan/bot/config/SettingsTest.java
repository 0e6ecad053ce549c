package vn.trolycongdoan.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private final Settings defaults = new SettingsLoader(Map.of()).load(null, Map.of());

  @Test
  void each_with_changes_its_own_setting_and_keeps_every_other() {
    TelegramSettings telegram =
        new TelegramSettings("1:token", URI.create("http://127.0.0.1:1"), null, null);

    assertThat(defaults.withPort(0))
        .usingRecursiveComparison()
        .ignoringFields("port")
        .isEqualTo(defaults);
    assertThat(defaults.withPort(0).port()).isZero();
    assertThat(defaults.withHost("127.0.0.1").host()).isEqualTo("127.0.0.1");
    assertThat(defaults.withDataDir(Path.of("/tmp/x")).dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(defaults.withTelegram(telegram).telegram()).isEqualTo(telegram);
    assertThat(defaults.withOutbox(OutboxSettings.DEFAULT).outbox())
        .isEqualTo(OutboxSettings.DEFAULT);
    assertThat(
            defaults
                .withHost(defaults.host())
                .withDataDir(defaults.dataDir())
                .withTelegram(defaults.telegram())
                .withOutbox(defaults.outbox()))
        .isEqualTo(defaults);
  }
}
