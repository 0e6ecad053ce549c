package vn.trolycongdoan.bot.reports.staffchat;

import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/**
 * Lets only staff through to a staff command, with the top of their subtree; everyone else gets a
 * refusal that tells them their Telegram user id, so they can ask an admin for a role.
 */
final class StaffGate {

  /** Answers a staff command for a sender who sees the subtree under {@code top}. */
  @FunctionalInterface
  interface StaffHandler {
    ChatResponse handle(ChatUser from, OrgUnit top, String argument);
  }

  private final StaffRoles roles;

  StaffGate(StaffRoles roles) {
    this.roles = roles;
  }

  ChatCommand command(String name, String description, String usage, StaffHandler handler) {
    return new ChatCommand(
        name, description, usage, (from, argument) -> handle(from, argument, handler));
  }

  private ChatResponse handle(ChatUser from, String argument, StaffHandler handler) {
    Optional<StaffMember> member = roles.of(from);
    if (member.isEmpty()) {
      return ChatResponse.text(StaffChatTexts.notStaff(from));
    }
    Optional<OrgUnit> top = roles.top(member.get());
    if (top.isEmpty()) {
      return ChatResponse.text(StaffChatTexts.unitGone(member.get().unitCode()));
    }
    return handler.handle(from, top.get(), argument);
  }
}
