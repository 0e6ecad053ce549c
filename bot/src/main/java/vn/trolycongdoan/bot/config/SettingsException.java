package vn.trolycongdoan.bot.config;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Settings that cannot be used. The message is English for the log; {@link #vietnameseMessage} is
 * shown to the operator. Both name the bad key and value.
 */
public final class SettingsException extends RuntimeException {

  private final String vietnameseMessage;

  private SettingsException(String englishMessage, String vietnameseMessage) {
    super(englishMessage);
    this.vietnameseMessage = vietnameseMessage;
  }

  public String vietnameseMessage() {
    return vietnameseMessage;
  }

  /**
   * Why a value was refused, in both languages, e.g. "cần số nguyên 1–65535" / "expected an integer
   * 1-65535".
   */
  record Reason(String vietnamese, String english) {}

  static SettingsException badValue(SettingKey key, SettingValue value, Reason reason) {
    String shown = key.secret() ? "***" : value.text();
    String setting = key.key() + " = \"" + shown + "\"";
    return new SettingsException(
        "Bad setting "
            + setting
            + " ("
            + reason.english()
            + "), set in "
            + value.origin().english(),
        "Cấu hình sai: "
            + setting
            + " ("
            + reason.vietnamese()
            + "), đặt ở "
            + value.origin().vietnamese());
  }

  /**
   * The data folder {@code data.dir} cannot be used: it is a file, or cannot be created or written.
   */
  static SettingsException badDataFolder(Path folder, Reason reason) {
    return new SettingsException(
        "Unusable data folder data.dir = \""
            + folder
            + "\" ("
            + reason.english()
            + "); choose another with --data or DATA_DIR",
        "Cấu hình sai: thư mục dữ liệu data.dir = \""
            + folder
            + "\" không dùng được ("
            + reason.vietnamese()
            + "). Hãy chọn thư mục khác bằng --data, biến môi trường DATA_DIR hoặc data.dir trong tệp"
            + " cấu hình.");
  }

  static SettingsException unknownKey(String key, Origin origin) {
    return new SettingsException(
        "Unknown setting \""
            + key
            + "\" in "
            + origin.english()
            + "; known settings: "
            + SettingKey.allKeys(),
        "Cấu hình sai: khóa \""
            + key
            + "\" trong "
            + origin.vietnamese()
            + " không tồn tại; các khóa hợp lệ: "
            + SettingKey.allKeys());
  }

  static SettingsException unreadable(Path file, IOException cause) {
    return new SettingsException(
        "Cannot read settings file " + file + ": " + cause,
        "Cấu hình sai: không đọc được tệp cấu hình "
            + file
            + " ("
            + cause.getClass().getSimpleName()
            + ")");
  }
}
