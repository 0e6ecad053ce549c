package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.time.Instant;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.invites.InviteStore;
import vn.trolycongdoan.bot.reports.invites.InviteStore.Redemption;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * {@code /dangky <mã mời>}: redeems a one-time invite and binds the sender to its unit. An unknown,
 * expired or used code binds nothing and says why.
 */
final class Registration {

  private final InviteStore invites;
  private final ReporterStore reporters;
  private final UnitTree units;
  private final Clock clock;

  Registration(InviteStore invites, ReporterStore reporters, UnitTree units, Clock clock) {
    this.invites = invites;
    this.reporters = reporters;
    this.units = units;
    this.clock = clock;
  }

  ChatCommand command() {
    return new ChatCommand(
        "dangky", "Đăng ký báo cáo cho đơn vị bằng mã mời", "/dangky <mã mời>", this::register);
  }

  private ChatResponse register(ChatUser from, String code) {
    if (code.isEmpty()) {
      return ChatResponse.text(ReporterTexts.REGISTER_USAGE);
    }
    Instant now = clock.instant();
    return ChatResponse.text(reply(from, invites.redeem(code, from, now), now));
  }

  private String reply(ChatUser from, Redemption redemption, Instant now) {
    if (redemption instanceof Redemption.Redeemed redeemed) {
      boolean isNew = reporters.bind(from, redeemed.unitCode(), now);
      return ReporterTexts.registered(
          redeemed.unitCode(), units.byCode(redeemed.unitCode()), isNew);
    }
    if (redemption instanceof Redemption.Expired expired) {
      return ReporterTexts.expiredInvite(expired.expiresAt());
    }
    if (redemption instanceof Redemption.AlreadyUsed used) {
      return ReporterTexts.usedInvite(used.usedAt());
    }
    return ReporterTexts.UNKNOWN_INVITE;
  }
}
