package vn.trolycongdoan.bot.reports.roles;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.store.Database;

/**
 * Who of the chat's senders is staff, and what of the unit tree they see and correct: an admin (a
 * Telegram user id listed in the settings) every unit, a staff member (granted with {@code
 * /capquyen}) their unit and those under it. Only Telegram senders can be either. Thread-safe;
 * lookups read the database and throw {@link vn.trolycongdoan.bot.store.StoreException} if it
 * fails.
 */
public final class StaffRoles {

  private final Set<String> admins;
  private final StaffRoleStore store;
  private final UnitTree units;

  /**
   * @param admins the admins' Telegram user ids
   */
  public StaffRoles(List<Long> admins, Database database, UnitTree units) {
    this.admins = admins.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    this.store = new SqliteStaffRoleStore(database);
    this.units = units;
  }

  /** The sender as staff: an admin, or a staff member with their unit; empty for anyone else. */
  public Optional<StaffMember> of(ChatUser user) {
    if (user.channel() != Channel.TELEGRAM) {
      return Optional.empty();
    }
    if (isAdmin(user.userId())) {
      return Optional.of(new StaffMember(user.displayName(), StaffRole.ADMIN, null));
    }
    return store
        .unitOf(Channel.TELEGRAM, user.userId())
        .map(unit -> new StaffMember(user.displayName(), StaffRole.STAFF, unit));
  }

  /**
   * The top of what {@code member} sees: the root for an admin, their unit for a staff member;
   * empty when that unit has left the unit file.
   */
  public Optional<OrgUnit> top(StaffMember member) {
    return member.unitCode() == null ? Optional.of(units.root()) : units.byCode(member.unitCode());
  }

  /** Whether {@code user} is staff of a subtree holding the unit {@code unitCode}. */
  public boolean mayCorrect(ChatUser user, String unitCode) {
    Optional<OrgUnit> unit = unitCode == null ? Optional.empty() : units.byCode(unitCode);
    return unit.isPresent()
        && of(user)
            .flatMap(this::top)
            .map(top -> units.subtree(top).contains(unit.get()))
            .orElse(false);
  }

  /** {@code /capquyen}, for admins: grants and revokes staff roles. */
  public ChatCommand grantCommand(Clock clock) {
    return new RoleGrants(this, store, units, clock).command();
  }

  boolean isAdmin(String telegramUserId) {
    return admins.contains(telegramUserId);
  }
}
