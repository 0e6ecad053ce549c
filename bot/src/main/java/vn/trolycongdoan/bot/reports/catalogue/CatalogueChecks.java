package vn.trolycongdoan.bot.reports.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.reports.ConfigFileException;

/**
 * The checks across indicators: no name shared by two indicators (compared as {@link
 * Catalogue#matchKey}), and a weighted average weighed by a count indicator.
 */
final class CatalogueChecks {

  private final String file;
  private final Map<String, Integer> lines;

  /**
   * @param lines the line each indicator's entry starts on, by code
   */
  CatalogueChecks(String file, Map<String, Integer> lines) {
    this.file = file;
    this.lines = lines;
  }

  void check(List<Indicator> indicators) {
    Map<String, Indicator> owners = new HashMap<>();
    Map<String, Indicator> byCode = new HashMap<>();
    for (Indicator indicator : indicators) {
      byCode.put(indicator.code(), indicator);
      for (String name : Catalogue.names(indicator)) {
        Indicator owner = owners.putIfAbsent(Catalogue.matchKey(name), indicator);
        if (owner != null && owner != indicator) {
          throw problem(
              indicator,
              "tên \""
                  + name
                  + "\" của "
                  + indicator.code()
                  + " trùng với chỉ tiêu "
                  + owner.code(),
              "name \"" + name + "\" of " + indicator.code() + " also names " + owner.code());
        }
      }
    }
    for (Indicator indicator : indicators) {
      if (indicator.weight() != null) {
        Indicator weight = byCode.get(indicator.weight());
        if (weight == null || weight.type() != IndicatorType.COUNT) {
          throw problem(
              indicator,
              "\"weight\" của " + indicator.code() + " phải là mã một chỉ tiêu kiểu count",
              "\"weight\" of " + indicator.code() + " must be the code of a count indicator");
        }
      }
    }
  }

  private ConfigFileException problem(Indicator indicator, String vietnamese, String english) {
    return new ConfigFileException(file, lines.get(indicator.code()), vietnamese, english);
  }
}
