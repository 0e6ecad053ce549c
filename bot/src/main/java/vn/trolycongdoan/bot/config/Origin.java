package vn.trolycongdoan.bot.config;

import java.nio.file.Path;

/**
 * Where a setting's value came from. Named in error messages; a relative file name set there is
 * resolved against {@code folder}, which is {@code null} for the bundled defaults.
 */
record Origin(String vietnamese, String english, Path folder) {

  static final Origin BUNDLED = new Origin("cấu hình mặc định", "built-in defaults", null);
  static final Origin COMMAND_LINE = new Origin("tùy chọn dòng lệnh", "command line", Path.of(""));

  static Origin file(Path file) {
    return new Origin("tệp " + file, "file " + file, file.toAbsolutePath().getParent());
  }

  static Origin environment(String variable) {
    return new Origin(
        "biến môi trường " + variable, "environment variable " + variable, Path.of(""));
  }

  boolean bundled() {
    return folder == null;
  }
}
