package vn.trolycongdoan.bot.broadcasts.chat;

import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/**
 * Who of the chat's senders may compose and steer broadcasts: staff and admins of {@link
 * StaffRoles}, in Telegram, whose unit is still in the tree. Thread-safe.
 */
final class ChatStaff {

  /**
   * A sender allowed through.
   *
   * @param member as the broadcasts know them, named with their Telegram user id
   * @param top the top of the subtree they reach
   * @param chatId the chat they compose in, told of their broadcasts' progress
   */
  record Staff(StaffMember member, OrgUnit top, String chatId) {}

  private final StaffRoles roles;

  ChatStaff(StaffRoles roles) {
    this.roles = roles;
  }

  /** The sender as staff; empty for anyone else ({@link #refusal} says why). */
  Optional<Staff> of(ChatUser from) {
    return roles
        .of(from)
        .flatMap(
            member ->
                roles
                    .top(member)
                    .map(
                        top ->
                            new Staff(
                                new StaffMember(
                                    named(member.name(), from.userId()),
                                    member.role(),
                                    member.unitCode()),
                                top,
                                from.chatId())));
  }

  /** Why {@link #of} is empty for {@code from}. */
  String refusal(ChatUser from) {
    if (from.channel() != Channel.TELEGRAM) {
      return ComposeTexts.ONLY_TELEGRAM;
    }
    return roles
        .of(from)
        .map(member -> ComposeTexts.unitGone(member.unitCode()))
        .orElseGet(() -> ComposeTexts.notStaff(from));
  }

  private static String named(String displayName, String userId) {
    String telegram = "Telegram " + userId;
    return displayName.isEmpty() ? telegram : displayName + " (" + telegram + ")";
  }
}
