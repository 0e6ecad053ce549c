package vn.trolycongdoan.bot;

import java.nio.file.Path;
import java.util.Map;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.config.SettingsLoader;

/**
 * The bundled settings as a test needs them: loopback, port 0, data in the test's folder, no
 * Telegram.
 */
public final class TestSettings {

  private TestSettings() {}

  public static Settings inFolder(Path dataDir) {
    Map<SettingKey, String> options =
        Map.of(SettingKey.DATA_DIR, dataDir.toString(), SettingKey.SERVER_HOST, "127.0.0.1");
    return new SettingsLoader(Map.of()).load(null, options).withPort(0);
  }
}
