package vn.trolycongdoan.bot.reports.store;

/**
 * What storing a report gave.
 *
 * @param number the receipt number shown to the sender, e.g. {@code BC-000123}
 * @param alreadyStored whether the confirmation had been stored before, so nothing was stored now
 */
public record Receipt(String number, boolean alreadyStored) {

  /** The receipt number of the report with this id: {@code BC-000123}. */
  static String number(long id) {
    String digits = Long.toString(id);
    return "BC-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
  }
}
