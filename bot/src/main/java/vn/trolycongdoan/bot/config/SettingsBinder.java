package vn.trolycongdoan.bot.config;

import static vn.trolycongdoan.bot.config.SettingKey.CORPUS_DIR;
import static vn.trolycongdoan.bot.config.SettingKey.DATA_DIR;
import static vn.trolycongdoan.bot.config.SettingKey.MIN_RELEVANCE;
import static vn.trolycongdoan.bot.config.SettingKey.RESULTS_DEFAULT;
import static vn.trolycongdoan.bot.config.SettingKey.RESULTS_MAX;
import static vn.trolycongdoan.bot.config.SettingKey.SERVER_HOST;
import static vn.trolycongdoan.bot.config.SettingKey.SERVER_PORT;
import static vn.trolycongdoan.bot.config.SettingKey.SYNONYMS_FILE;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import vn.trolycongdoan.bot.config.SettingsException.Reason;

/** Turns merged raw values into typed {@link Settings}, refusing the first bad value by key and value. */
final class SettingsBinder {

  static final int MOST_RESULTS = 100;

  private final Map<SettingKey, SettingValue> values;

  SettingsBinder(Map<SettingKey, SettingValue> values) {
    this.values = values;
  }

  Settings bind() {
    int maxResults = integer(RESULTS_MAX, 1, MOST_RESULTS);
    return new Settings(
        text(SERVER_HOST),
        integer(SERVER_PORT, 1, 65535),
        path(DATA_DIR),
        optionalFolder(CORPUS_DIR),
        integer(RESULTS_DEFAULT, 1, maxResults),
        maxResults,
        fraction(MIN_RELEVANCE),
        synonymsFile());
  }

  private String text(SettingKey key) {
    SettingValue value = value(key);
    if (value.text().isBlank()) {
      throw SettingsException.badValue(key, value, new Reason("không được để trống", "must not be blank"));
    }
    return value.text().strip();
  }

  private int integer(SettingKey key, int min, int max) {
    Reason reason = new Reason("cần số nguyên " + min + "–" + max, "expected an integer " + min + "-" + max);
    return (int) number(key, Integer::parseInt, min, max, reason);
  }

  private double fraction(SettingKey key) {
    Reason reason = new Reason("cần số từ 0 đến 1, ví dụ 0.2", "expected a number from 0 to 1, e.g. 0.2");
    return number(key, Double::parseDouble, 0, 1, reason);
  }

  private double number(SettingKey key, ToDoubleFunction<String> parser, double min, double max, Reason reason) {
    SettingValue value = value(key);
    try {
      double number = parser.applyAsDouble(value.text().strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the range
    }
    throw SettingsException.badValue(key, value, reason);
  }

  private Path path(SettingKey key) {
    String text = text(key);
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw SettingsException.badValue(
          key, value(key), new Reason("không phải đường dẫn hợp lệ", "not a valid path: " + e.getReason()));
    }
  }

  private Path optionalFolder(SettingKey key) {
    if (value(key).text().isBlank()) {
      return null;
    }
    Path folder = path(key);
    if (!Files.isDirectory(folder)) {
      Path absolute = folder.toAbsolutePath().normalize();
      throw SettingsException.badValue(
          key, value(key), new Reason("không có thư mục " + absolute, "no such folder: " + absolute));
    }
    return folder;
  }

  private Path synonymsFile() {
    SettingValue value = value(SYNONYMS_FILE);
    if (value.text().isBlank() || value.origin().bundled()) {
      return null;
    }
    Path file = value.origin().folder().resolve(path(SYNONYMS_FILE)).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw SettingsException.badValue(
          SYNONYMS_FILE, value, new Reason("không tìm thấy tệp " + file, "no such file: " + file));
    }
    return file;
  }

  private SettingValue value(SettingKey key) {
    SettingValue value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("The bundled settings lack " + key.key() + "; the build is broken");
    }
    return value;
  }
}
