package vn.trolycongdoan.bot.reports.units;

import vn.trolycongdoan.bot.library.Citation;

/** The Vietnamese wording of a unit's state, shared by the chat and the CLI. */
public final class UnitTexts {

  private UnitTexts() {}

  /**
   * "Đơn vị TDG-01 (…) không hoạt động hôm nay: thành lập ngày …[, giải thể ngày …]", without a
   * closing stop, so that each caller adds what follows from it.
   */
  public static String notOpenToday(OrgUnit unit) {
    return "Đơn vị "
        + unit.code()
        + " ("
        + unit.name()
        + ") không hoạt động hôm nay: thành lập "
        + Citation.vietnameseDate(unit.opened().toString())
        + (unit.closed() == null
            ? ""
            : ", giải thể " + Citation.vietnameseDate(unit.closed().toString()));
  }
}
