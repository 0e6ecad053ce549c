package vn.trolycongdoan.bot.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.trolycongdoan.bot.config.SettingsException.Reason;

/**
 * Makes sure {@link Settings#dataDir} can hold what the service writes before anything is opened,
 * so that a bad folder stops start-up with a message naming {@code data.dir} rather than a stack
 * trace from deep inside the index or the database.
 */
public final class DataFolder {

  private DataFolder() {}

  /**
   * Creates the data folder if missing and checks that a file can be written in it.
   *
   * @throws SettingsException naming {@code data.dir} if it is a file, or cannot be created or
   *     written (a read-only folder or file system, no permission, a full disk)
   */
  public static void prepare(Settings settings) {
    Path folder = settings.dataDir().toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw SettingsException.badDataFolder(
          folder, new Reason("đây là một tệp, không phải thư mục", "it is a file, not a folder"));
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw SettingsException.badDataFolder(
          folder, new Reason("không tạo được thư mục: " + why(e), "cannot create it: " + e));
    }
    try {
      Files.delete(Files.createTempFile(folder, ".write-check-", ".tmp"));
    } catch (IOException e) {
      throw SettingsException.badDataFolder(
          folder, new Reason("không ghi được vào thư mục: " + why(e), "cannot write in it: " + e));
    }
  }

  private static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "không có quyền ghi";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      String reason = fs.getReason();
      if (reason.contains("Read-only")) {
        return "hệ thống tệp chỉ đọc";
      }
      if (reason.contains("Not a directory")) {
        return "một phần của đường dẫn là tệp, không phải thư mục";
      }
      if (reason.contains("No space")) {
        return "đĩa đã đầy";
      }
      return reason;
    }
    return e.getClass().getSimpleName();
  }
}
