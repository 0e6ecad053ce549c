package vn.trolycongdoan.bot.reports.roles;

import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;

/**
 * The staff roles granted in chat, one per person. Thread-safe; every method is one short
 * transaction and throws {@link vn.trolycongdoan.bot.store.StoreException} on failure.
 */
interface StaffRoleStore {

  /**
   * Stores {@code grant}, replacing the person's role if they had one.
   *
   * @return the unit of the role it replaced, if any
   */
  Optional<String> grant(StaffGrant grant);

  /**
   * Takes the person's role back.
   *
   * @return the unit of the role taken back; empty if they had none
   */
  Optional<String> revoke(Channel channel, String userId);

  /** The top of the person's subtree, if they have a role. */
  Optional<String> unitOf(Channel channel, String userId);

  /** Every role, by unit code, then user id. */
  List<StaffGrant> all();
}
