package vn.trolycongdoan.bot.reports.invites;

import java.time.Instant;

/**
 * An invite and what became of it.
 *
 * @param invite the invite
 * @param usedAt when it was used; {@code null} while unused
 * @param usedBy the display name of who used it, as the chat last saw them; {@code null} while
 *     unused or when the chat never saw them
 */
public record InviteStatus(Invite invite, Instant usedAt, String usedBy) {

  /** Whether it can still be used at {@code now}: unused and not expired. */
  public boolean open(Instant now) {
    return usedAt == null && now.isBefore(invite.expiresAt());
  }
}
