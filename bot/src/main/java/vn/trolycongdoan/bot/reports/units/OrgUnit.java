package vn.trolycongdoan.bot.reports.units;

import java.time.LocalDate;

/**
 * One union unit of the tree.
 *
 * @param code what reporters and staff type, upper case, e.g. {@code TDG-01}
 * @param name its Vietnamese name
 * @param parent the code of the unit above it; {@code null} for the root
 * @param level its tier, from its depth
 * @param opened the first day it exists
 * @param closed the last day it exists; {@code null} while it does
 */
public record OrgUnit(
    String code, String name, String parent, UnitLevel level, LocalDate opened, LocalDate closed) {

  /** Whether the unit exists on {@code day}: opened on or before it, not closed before it. */
  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opened) && (closed == null || !day.isAfter(closed));
  }

  /** Whether the unit exists on at least one day from {@code first} to {@code last}. */
  public boolean isOpenBetween(LocalDate first, LocalDate last) {
    return !opened.isAfter(last) && (closed == null || !closed.isBefore(first));
  }
}
