package vn.trolycongdoan.bot.reports.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * The indicators units report, in the catalogue file's order, validated by {@link CatalogueReader}:
 * codes are unique, and no code, name or alias of one indicator names another. Immutable and
 * thread-safe.
 */
public final class Catalogue {

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");

  private final Map<String, Indicator> byCode = new LinkedHashMap<>();

  Catalogue(List<Indicator> indicators) {
    indicators.forEach(indicator -> byCode.put(indicator.code(), indicator));
  }

  /** Every indicator, in the file's order. */
  public List<Indicator> indicators() {
    return List.copyOf(byCode.values());
  }

  /** The indicator with this code, in any case. */
  public Optional<Indicator> byCode(String code) {
    return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
  }

  /**
   * How names are compared: without case or diacritics, words split by anything that is not a
   * letter or digit ("Đoàn viên mới" and "doan-vien moi" are both {@code doan vien moi}).
   */
  public static String matchKey(String text) {
    return NOT_A_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").strip();
  }

  /** The code, the name and the aliases of {@code indicator}: every way to name it. */
  public static List<String> names(Indicator indicator) {
    List<String> names = new ArrayList<>();
    names.add(indicator.code());
    names.add(indicator.name());
    names.addAll(indicator.aliases());
    return names;
  }
}
