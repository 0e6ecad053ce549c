package vn.trolycongdoan.bot.reports.staffchat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.invites.Invite;
import vn.trolycongdoan.bot.reports.invites.InviteStore;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * {@code /taoma <mã đơn vị> [số ngày]}: a one-time invite code for a unit of the sender's subtree
 * that is open today, valid 14 days unless another number of days (1–365) is written, in the same
 * store as the command line's {@code invite}. Its creator is recorded as {@code TELEGRAM:<user
 * id>}.
 */
final class InviteMaking {

  static final int DEFAULT_DAYS = 14;
  static final int MOST_DAYS = 365;

  private final StaffGate gate;
  private final InviteStore invites;
  private final UnitTree units;
  private final Clock clock;

  InviteMaking(StaffGate gate, InviteStore invites, UnitTree units, Clock clock) {
    this.gate = gate;
    this.invites = invites;
    this.units = units;
    this.clock = clock;
  }

  ChatCommand command() {
    return gate.command(
        "taoma",
        "Tạo mã mời cho người báo cáo (dành cho cán bộ)",
        "/taoma <mã đơn vị>",
        this::create);
  }

  private ChatResponse create(ChatUser from, OrgUnit top, String argument) {
    String[] words = argument.isBlank() ? new String[0] : argument.strip().split("\\s+");
    if (words.length == 0 || words.length > 2) {
      return ChatResponse.text(StaffChatTexts.INVITE_USAGE);
    }
    Optional<OrgUnit> unit = units.byCode(words[0]);
    if (unit.isEmpty()) {
      return ChatResponse.text(StaffChatTexts.unknownUnit(words[0], "/taoma"));
    }
    if (!units.subtree(top).contains(unit.get())) {
      return ChatResponse.text(StaffChatTexts.outsideSubtree(unit.get(), top));
    }
    int days = words.length == 2 ? days(words[1]) : DEFAULT_DAYS;
    if (days == 0) {
      return ChatResponse.text(StaffChatTexts.badDays(words[1], MOST_DAYS));
    }
    Instant now = clock.instant();
    if (!unit.get().isOpenOn(LocalDate.ofInstant(now, Period.ZONE))) {
      return ChatResponse.text(StaffChatTexts.closedUnit(unit.get()));
    }
    Invite invite =
        invites.create(
            unit.get().code(),
            now,
            now.plus(Duration.ofDays(days)),
            from.channel() + ":" + from.userId());
    return ChatResponse.text(
        StaffChatTexts.invite(unit.get(), days, invite.expiresAt(), invite.code().toString()));
  }

  /** The days written, or 0 if that is not a number from 1 to {@link #MOST_DAYS}. */
  private static int days(String written) {
    if (!written.matches("\\d{1,3}")) {
      return 0;
    }
    int days = Integer.parseInt(written);
    return days <= MOST_DAYS ? days : 0;
  }
}
