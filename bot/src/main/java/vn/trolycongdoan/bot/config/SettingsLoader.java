package vn.trolycongdoan.bot.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Loads {@link Settings} from four layers, each overriding the one before: the bundled defaults
 * ({@code defaults/config/settings.properties} in the jar), the operator's settings file if one is
 * given, environment variables named by {@link SettingKey#environmentVariable}, and command-line
 * options.
 */
public final class SettingsLoader {

  private final Map<String, String> environment;

  /**
   * @param environment the process environment, {@code System.getenv()} in production
   */
  public SettingsLoader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * Merges and validates the layers.
   *
   * @param settingsFile the operator's settings file, or {@code null} for none
   * @param options values given on the command line
   * @throws SettingsException naming the first unknown key, bad value or unreadable file
   */
  public Settings load(Path settingsFile, Map<SettingKey, String> options) {
    Map<SettingKey, SettingValue> values = new EnumMap<>(SettingKey.class);
    Map<SettingKey, SettingValue> bundled =
        parse(new StringReader(BundledDefaults.settings()), Origin.BUNDLED);
    values.putAll(bundled);
    if (settingsFile != null) {
      values.putAll(read(settingsFile));
    }
    for (SettingKey key : SettingKey.values()) {
      String variable = key.environmentVariable();
      if (environment.containsKey(variable)) {
        values.put(key, new SettingValue(environment.get(variable), Origin.environment(variable)));
      }
    }
    options.forEach((key, text) -> values.put(key, new SettingValue(text, Origin.COMMAND_LINE)));
    return new SettingsBinder(values, bundled).bind();
  }

  private static Map<SettingKey, SettingValue> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, Origin.file(file));
    } catch (IOException e) {
      throw SettingsException.unreadable(file, e);
    }
  }

  private static Map<SettingKey, SettingValue> parse(Reader reader, Origin origin) {
    Properties properties = new Properties();
    try {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("Reading settings from " + origin.english() + " failed", e);
    }
    Map<SettingKey, SettingValue> values = new EnumMap<>(SettingKey.class);
    for (String name : properties.stringPropertyNames()) {
      SettingKey key =
          SettingKey.find(name).orElseThrow(() -> SettingsException.unknownKey(name, origin));
      values.put(key, new SettingValue(properties.getProperty(name), origin));
    }
    return values;
  }
}
