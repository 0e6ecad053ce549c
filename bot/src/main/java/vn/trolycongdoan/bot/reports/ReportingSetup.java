package vn.trolycongdoan.bot.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;

/** Loads the reports' operator files the settings name, or the bundled ones. */
public final class ReportingSetup {

  private ReportingSetup() {}

  /**
   * The indicator catalogue and the org-unit tree, both checked.
   *
   * @throws ConfigFileException naming the file, the line and the first problem of either file
   */
  public static ReportingFiles load(Settings settings) {
    return new ReportingFiles(
        read(
            settings.indicatorsFile(),
            "indicators.yaml",
            BundledDefaults.indicators(),
            CatalogueReader::read),
        read(settings.unitsFile(), "units.csv", BundledDefaults.units(), UnitTreeReader::read));
  }

  private static <T> T read(
      Path file,
      String bundledName,
      Optional<String> bundled,
      BiFunction<String, String, T> reader) {
    if (file == null) {
      String text =
          bundled.orElseThrow(
              () -> new IllegalStateException("The jar lacks defaults/config/" + bundledName));
      return reader.apply(text, bundledName + " (kèm theo chương trình)");
    }
    try {
      return reader.apply(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new ConfigFileException(
          file.toString(), 0, "không đọc được tệp (" + e + ")", "cannot read the file: " + e);
    }
  }
}
