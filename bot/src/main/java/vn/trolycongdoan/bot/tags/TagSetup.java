package vn.trolycongdoan.bot.tags;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.ConfigFileException;

/** Loads the tag list the settings name ({@code tags.file}), or the bundled one. */
public final class TagSetup {

  private static final String BUNDLED_NAME = "tags.txt (kèm theo chương trình)";

  private TagSetup() {}

  /**
   * @throws ConfigFileException naming the file, the line and the first problem
   */
  public static TagList load(Settings settings) {
    Path file = settings.tagsFile();
    if (file == null) {
      String text =
          BundledDefaults.tags()
              .orElseThrow(
                  () -> new IllegalStateException("The jar lacks defaults/config/tags.txt"));
      return TagListReader.read(text, BUNDLED_NAME);
    }
    try {
      return TagListReader.read(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new ConfigFileException(
          file.toString(), 0, "không đọc được tệp (" + e + ")", "cannot read the file: " + e);
    }
  }
}
