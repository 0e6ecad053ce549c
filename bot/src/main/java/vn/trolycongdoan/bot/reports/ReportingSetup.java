package vn.trolycongdoan.bot.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;

/** Loads the reports' operator files the settings name, or the bundled ones. */
public final class ReportingSetup {

  private static final String BUNDLED = " (kèm theo chương trình)";

  private ReportingSetup() {}

  /**
   * The indicator catalogue and the org-unit tree, both checked, and no unit code that also names
   * an indicator.
   *
   * @throws ConfigFileException naming the file, the line and the first problem of either file
   */
  public static ReportingFiles load(Settings settings) {
    Catalogue catalogue =
        read(
            settings.indicatorsFile(),
            "indicators.yaml",
            BundledDefaults.indicators(),
            CatalogueReader::read);
    String unitsFile = name(settings.unitsFile(), "units.csv");
    UnitTree units =
        read(settings.unitsFile(), "units.csv", BundledDefaults.units(), UnitTreeReader::read);
    rejectCodesNamingIndicators(units, catalogue, unitsFile);
    return new ReportingFiles(catalogue, units);
  }

  /** A unit code that also names an indicator would make "/baocao CODE 15" ambiguous. */
  private static void rejectCodesNamingIndicators(
      UnitTree units, Catalogue catalogue, String unitsFile) {
    Map<String, String> indicatorNames = new HashMap<>();
    catalogue
        .indicators()
        .forEach(
            indicator ->
                Catalogue.names(indicator)
                    .forEach(
                        name -> indicatorNames.put(Catalogue.matchKey(name), indicator.code())));
    for (OrgUnit unit : units.depthFirst()) {
      String indicator = indicatorNames.get(Catalogue.matchKey(unit.code()));
      if (indicator != null) {
        throw new ConfigFileException(
            unitsFile,
            0,
            "mã đơn vị " + unit.code() + " trùng với tên của chỉ tiêu " + indicator,
            "unit code " + unit.code() + " also names indicator " + indicator);
      }
    }
  }

  private static String name(Path file, String bundledName) {
    return file == null ? bundledName + BUNDLED : file.toString();
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
      return reader.apply(text, name(null, bundledName));
    }
    try {
      return reader.apply(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new ConfigFileException(
          file.toString(), 0, "không đọc được tệp (" + e + ")", "cannot read the file: " + e);
    }
  }
}
