package vn.trolycongdoan.bot.reports.roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * {@code /capquyen <Telegram user id> <mã đơn vị>} grants a staff role over a unit's subtree
 * (replacing the person's previous one), {@code /capquyen <id> huy} takes it back, {@code
 * /capquyen} alone lists the roles. Admins only; every other sender, and every bad input, gets a
 * reply that changes nothing.
 */
final class RoleGrants {

  private static final Pattern USER_ID = Pattern.compile("[1-9]\\d{0,17}");
  private static final String REVOKE = "huy";

  private final StaffRoles roles;
  private final StaffRoleStore store;
  private final UnitTree units;
  private final Clock clock;

  RoleGrants(StaffRoles roles, StaffRoleStore store, UnitTree units, Clock clock) {
    this.roles = roles;
    this.store = store;
    this.units = units;
    this.clock = clock;
  }

  ChatCommand command() {
    return new ChatCommand(
        "capquyen",
        "Cấp quyền cán bộ (dành cho quản trị viên)",
        "/capquyen <mã người dùng Telegram> <mã đơn vị>",
        this::handle);
  }

  private ChatResponse handle(ChatUser from, String argument) {
    if (from.channel() != Channel.TELEGRAM || !roles.isAdmin(from.userId())) {
      return ChatResponse.text(RoleTexts.notAdmin(from));
    }
    String[] words = argument.isBlank() ? new String[0] : argument.strip().split("\\s+");
    if (words.length == 0) {
      return ChatResponse.of(Reply.of(RoleTexts.roles(store.all(), units)));
    }
    if (words.length != 2) {
      return ChatResponse.text(RoleTexts.USAGE);
    }
    String user = words[0];
    if (!USER_ID.matcher(user).matches()) {
      return ChatResponse.text(RoleTexts.badUserId(user));
    }
    if (VietnameseText.fold(words[1]).equals(REVOKE)) {
      return ChatResponse.text(
          store
              .revoke(Channel.TELEGRAM, user)
              .map(unit -> RoleTexts.revoked(user, unit))
              .orElseGet(() -> RoleTexts.nothingToRevoke(user)));
    }
    return ChatResponse.text(grant(from, user, words[1].toUpperCase(Locale.ROOT)));
  }

  private String grant(ChatUser from, String user, String unitCode) {
    Optional<OrgUnit> unit = units.byCode(unitCode);
    if (unit.isEmpty()) {
      return RoleTexts.unknownUnit(unitCode);
    }
    Instant now = clock.instant();
    if (!unit.get().isOpenOn(LocalDate.ofInstant(now, Period.ZONE))) {
      return RoleTexts.closedUnit(unit.get());
    }
    if (roles.isAdmin(user)) {
      return RoleTexts.alreadyAdmin(user);
    }
    Optional<String> previous =
        store.grant(new StaffGrant(Channel.TELEGRAM, user, unit.get().code(), from.userId(), now));
    return RoleTexts.granted(user, unit.get(), previous);
  }
}
