package vn.trolycongdoan.bot.reports.staff;

import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/** A staff request checked: a valid period, and a unit within the token's subtree. */
public record StaffQuery(Period period, OrgUnit unit) {}
