package vn.trolycongdoan.bot.reports.store;

import java.util.Collection;
import java.util.List;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * The confirmed reports. Thread-safe, and safe to share a database with a running server: every
 * method is one short transaction. Every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException}, and a failed {@link #store} stored nothing.
 */
public interface ReportStore {

  /**
   * Stores {@code report} with all its values, or nothing if it fails. Each value replaces the one
   * in force for its unit, period and indicator (the last report stored wins) and is kept in the
   * history; each is flagged late when the report came at or after its period's deadline. A report
   * whose confirmation key is stored already, by this thread or another, stores nothing and gets
   * the receipt of the first, {@link Receipt#alreadyStored} set.
   */
  Receipt store(ConfirmedReport report);

  /** The values in force for {@code unitCode} in {@code period}, by indicator code. */
  List<StoredValue> current(String unitCode, Period period);

  /**
   * The values in force for any of {@code unitCodes} in any of {@code periods}, by unit, period and
   * indicator code.
   */
  List<StoredValue> current(Collection<String> unitCodes, Collection<Period> periods);

  /**
   * Every value stored for {@code unitCode} in {@code period}, oldest first, each with the value it
   * replaced.
   */
  List<ValueChange> history(String unitCode, Period period);

  /** Those of {@code unitCodes} that reported for {@code period}, by unit code. */
  List<FirstReport> firstReports(Collection<String> unitCodes, Period period);
}
