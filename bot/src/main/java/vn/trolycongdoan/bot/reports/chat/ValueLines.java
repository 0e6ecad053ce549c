package vn.trolycongdoan.bot.reports.chat;

import java.math.BigDecimal;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.parsing.DraftValue;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/** How the reporter's chat names units, indicators and values. Pure and thread-safe. */
final class ValueLines {

  private final Catalogue catalogue;
  private final UnitTree units;

  ValueLines(Catalogue catalogue, UnitTree units) {
    this.catalogue = catalogue;
    this.units = units;
  }

  /** "TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường", or the code alone if the tree lacks it. */
  String unit(String code) {
    return code + units.byCode(code).map(u -> " — " + u.name()).orElse("");
  }

  /** "DVM (Đoàn viên kết nạp mới)". */
  String indicator(String code) {
    return code + catalogue.byCode(code).map(i -> " (" + i.name() + ")").orElse("");
  }

  /** "15 người", "có"; the bare number if the catalogue no longer has the indicator. */
  String value(String code, BigDecimal value) {
    Optional<Indicator> indicator = catalogue.byCode(code);
    return indicator.isPresent()
        ? new DraftValue(indicator.get(), value).shown()
        : value.stripTrailingZeros().toPlainString();
  }
}
