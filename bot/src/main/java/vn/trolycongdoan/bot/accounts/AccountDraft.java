package vn.trolycongdoan.bot.accounts;

import vn.trolycongdoan.bot.reports.staff.StaffRole;

/**
 * An account to create or the new role and unit of one, checked by {@link AccountRules}.
 *
 * @param login the login, lower case
 * @param name the display name
 * @param role admin or staff
 * @param unitCode the unit's code for staff, {@code null} for an admin
 */
public record AccountDraft(String login, String name, StaffRole role, String unitCode) {}
