package vn.trolycongdoan.bot;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.config.SettingsLoader;

/**
 * The bundled settings as a test needs them: loopback, port 0, data in the test's folder, no
 * Telegram, and a per-address flood limit no test reaches by accident (every test client shares
 * 127.0.0.1).
 */
public final class TestSettings {

  private TestSettings() {}

  public static Settings inFolder(Path dataDir) {
    return inFolder(dataDir, Map.of());
  }

  /** The same with some settings changed, as if set on the command line. */
  public static Settings inFolder(Path dataDir, Map<SettingKey, String> changed) {
    Map<SettingKey, String> options = new EnumMap<>(SettingKey.class);
    options.put(SettingKey.DATA_DIR, dataDir.toString());
    options.put(SettingKey.SERVER_HOST, "127.0.0.1");
    options.put(SettingKey.FLOOD_ADDRESS_MESSAGES_PER_MINUTE, "100000");
    options.putAll(changed);
    return new SettingsLoader(Map.of()).load(null, options).withPort(0);
  }
}
