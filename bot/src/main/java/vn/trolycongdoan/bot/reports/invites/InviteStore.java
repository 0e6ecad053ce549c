package vn.trolycongdoan.bot.reports.invites;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * The invite codes. Thread-safe, and safe to share a database with a running server: every method
 * is one short transaction. Every method throws {@link vn.trolycongdoan.bot.store.StoreException}.
 */
public interface InviteStore {

  /** Makes and stores a new code for {@code unitCode}, unused, valid until {@code expiresAt}. */
  Invite create(String unitCode, Instant createdAt, Instant expiresAt, String createdBy);

  /**
   * The invites of the units {@code unitCodes}, newest first, at most {@code limit}, with who used
   * each.
   */
  List<InviteStatus> ofUnits(Collection<String> unitCodes, int limit);

  /**
   * Uses the code {@code typed} for {@code user} at {@code now}, if it exists, has not expired and
   * has not been used: of many calls with one code, at most one succeeds.
   */
  Redemption redeem(String typed, ChatUser user, Instant now);

  /** What came of {@link #redeem}. */
  sealed interface Redemption {

    /** The code was good and is now used; the user reports for {@code unitCode}. */
    record Redeemed(String unitCode) implements Redemption {}

    /** No such code. */
    record Unknown() implements Redemption {}

    /** The code expired at {@code expiresAt}. */
    record Expired(Instant expiresAt) implements Redemption {}

    /** The code was used before, at {@code usedAt}. */
    record AlreadyUsed(Instant usedAt) implements Redemption {}
  }
}
