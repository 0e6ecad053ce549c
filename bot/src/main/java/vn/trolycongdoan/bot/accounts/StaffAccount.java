package vn.trolycongdoan.bot.accounts;

import java.time.Instant;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;

/**
 * A dashboard login.
 *
 * @param id the store's id
 * @param login the name typed to log in, lower case
 * @param name the display name
 * @param role admin or staff
 * @param unitCode the top of a staff account's subtree; {@code null} for an admin
 * @param createdAt when it was created
 * @param disabled whether it may no longer log in (its sessions are ended when it is disabled)
 */
public record StaffAccount(
    long id,
    String login,
    String name,
    StaffRole role,
    String unitCode,
    Instant createdAt,
    boolean disabled) {

  /** Who this account's requests come from, as every staff route sees it. */
  public StaffMember member() {
    return new StaffMember(name, role, unitCode);
  }
}
