package vn.trolycongdoan.bot.reports.staff;

/**
 * The holder of a staff token.
 *
 * @param name who it was made for, as the token's creator wrote it
 * @param role admin or staff
 * @param unitCode the top of the subtree a staff member sees; {@code null} for an admin, who sees
 *     the whole tree
 */
public record StaffMember(String name, StaffRole role, String unitCode) {}
