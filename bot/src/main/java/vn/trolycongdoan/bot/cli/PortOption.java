package vn.trolycongdoan.bot.cli;

import java.util.Map;
import picocli.CommandLine.Option;
import vn.trolycongdoan.bot.config.SettingKey;

/**
 * {@code --port}, for the commands that serve. Kept as text so the settings check reports a bad
 * value.
 */
final class PortOption {

  @Option(
      names = "--port",
      paramLabel = "CỔNG",
      description = "Cổng HTTP của máy chủ web (mặc định 7070).")
  private String port;

  Map<SettingKey, String> settings() {
    return port == null ? Map.of() : Map.of(SettingKey.SERVER_PORT, port);
  }
}
