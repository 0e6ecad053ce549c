package vn.trolycongdoan.bot.reports.staff;

import java.time.Instant;
import java.util.Optional;

/**
 * The staff's bearer tokens, kept only as hashes. Thread-safe and safe to share a database with a
 * running server; every method throws {@link vn.trolycongdoan.bot.store.StoreException} on a
 * database failure.
 */
public interface StaffTokens {

  /** Creates a token for {@code member} and returns it; only its hash is stored. */
  String create(StaffMember member, Instant createdAt);

  /** The holder of {@code token}; empty for an unknown or malformed one (including null). */
  Optional<StaffMember> holder(String token);
}
