package vn.trolycongdoan.bot.broadcasts.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.bot.broadcasts.BroadcastRequest;
import vn.trolycongdoan.bot.broadcasts.chat.ChatStaff.Staff;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;

/**
 * {@code /phatsong}: a staff member sends the text (or a photo or document with its caption),
 * chooses the audience with buttons (everyone for an admin, a unit and those under it, one unit, or
 * a tag when there are tags), sees the preview and sends now, at a time they type, or cancels. The
 * draft is stored at every step, so a restart resumes it. While it waits for text, the author's
 * plain text answers it instead of going to the question handler. Thread-safe.
 */
final class Composer implements ButtonHandler {

  static final String PREFIX = "ps";
  static final String ALL = "all";
  static final String SUBTREE = "nh";
  static final String ONE_UNIT = "dv";
  static final String TAG = "tg";
  static final String SEND_NOW = "gui";
  static final String SCHEDULE = "hen";
  static final String CANCEL = "huy";

  private final SqliteBroadcastDrafts drafts;
  private final ChatStaff staff;
  private final AudienceChoice audiences;
  private final DraftSending sending;

  Composer(
      SqliteBroadcastDrafts drafts,
      ChatStaff staff,
      AudienceChoice audiences,
      DraftSending sending) {
    this.drafts = drafts;
    this.staff = staff;
    this.audiences = audiences;
    this.sending = sending;
  }

  ChatCommand command() {
    return new ChatCommand(
        "phatsong", "Soạn và gửi tin cho thành viên (cán bộ)", "/phatsong", this::start);
  }

  private ChatResponse start(ChatUser from, String argument) {
    Optional<Staff> sender = staff.of(from);
    if (sender.isEmpty()) {
      return ChatResponse.text(staff.refusal(from));
    }
    BroadcastDraft draft = drafts.start(from);
    if (!argument.isBlank()) {
      return content(sender.get(), draft, argument, null);
    }
    return ChatResponse.of(
        Reply.of(FormattedText.plain(ComposeTexts.ASK_CONTENT), List.of(List.of(cancel(draft)))));
  }

  /** The answer to plain text from {@code from}, if their draft waits for text. */
  Optional<ChatResponse> text(ChatUser from, String text) {
    Optional<BroadcastDraft> draft = drafts.find(from).filter(d -> d.step().readsText());
    if (draft.isEmpty()) {
      return Optional.empty();
    }
    Optional<Staff> sender = staff.of(from);
    if (sender.isEmpty()) {
      drafts.delete(from);
      return Optional.empty();
    }
    BroadcastDraft d = draft.get();
    return Optional.of(
        switch (d.step()) {
          case CONTENT -> content(sender.get(), d, text, null);
          case UNIT -> audiences.unitChosen(sender.get(), d, text);
          case SEND_AT -> sending.schedule(sender.get(), d, text);
          default ->
              ChatResponse.of(
                  Reply.of(
                      FormattedText.plain(ComposeTexts.PRESS_A_BUTTON),
                      List.of(List.of(cancel(d)))));
        });
  }

  /** The answer to a photo or document from {@code from}, if they have a draft under way. */
  Optional<ChatResponse> attachment(ChatUser from, Attachment attachment, String caption) {
    Optional<BroadcastDraft> draft = drafts.find(from).filter(d -> d.step().readsText());
    Optional<Staff> sender = staff.of(from);
    if (draft.isEmpty() || sender.isEmpty()) {
      return Optional.empty();
    }
    if (draft.get().step() != ComposeStep.CONTENT) {
      return Optional.of(ChatResponse.text(ComposeTexts.ALREADY_HAS_CONTENT));
    }
    return Optional.of(content(sender.get(), draft.get(), caption, attachment));
  }

  @Override
  public ChatResponse press(ChatUser from, List<String> arguments) {
    String action = arguments.get(0);
    long id = Long.parseLong(arguments.get(1));
    Optional<Staff> sender = staff.of(from);
    if (sender.isEmpty()) {
      return ChatResponse.notice(staff.refusal(from));
    }
    Optional<BroadcastDraft> found = drafts.find(from).filter(d -> d.id() == id);
    if (found.isEmpty()) {
      return ChatResponse.notice(ComposeTexts.DRAFT_GONE);
    }
    BroadcastDraft draft = found.get();
    if (draft.step() == ComposeStep.DONE) {
      return ChatResponse.notice(ComposeTexts.alreadySent(draft.broadcastId()));
    }
    Staff who = sender.get();
    return switch (action) {
      case ALL, SUBTREE, ONE_UNIT, TAG, UnitPicker.OPEN, UnitPicker.PICK ->
          audiences.press(who, draft, action, arguments.subList(2, arguments.size()));
      case SEND_NOW -> sending.sendNow(who, draft);
      case SCHEDULE -> sending.askSendAt(draft);
      case CANCEL -> cancelDraft(from);
      default -> throw new IllegalArgumentException("Unknown compose action " + action);
    };
  }

  private ChatResponse content(Staff who, BroadcastDraft draft, String text, Attachment file) {
    String stripped = text.strip();
    if (stripped.isEmpty() && file == null) {
      return ChatResponse.text(ComposeTexts.EMPTY_CONTENT);
    }
    if (file == null && stripped.length() > BroadcastRequest.MAX_TEXT_CHARS) {
      return ChatResponse.text(ComposeTexts.textTooLong(stripped.length()));
    }
    if (file != null && stripped.length() > BroadcastRequest.MAX_CAPTION_CHARS) {
      return ChatResponse.text(ComposeTexts.captionTooLong(stripped.length()));
    }
    BroadcastDraft withContent = draft.withContent(stripped, file);
    if (!drafts.update(withContent, Set.of(ComposeStep.CONTENT))) {
      return ChatResponse.text(ComposeTexts.DRAFT_GONE);
    }
    return ChatResponse.of(audiences.question(who, withContent));
  }

  private ChatResponse cancelDraft(ChatUser from) {
    drafts.delete(from);
    return ChatResponse.of(
        Reply.of(FormattedText.plain(ComposeTexts.CANCELLED)).replacingPressed());
  }

  static Button cancel(BroadcastDraft draft) {
    return button(CANCEL, draft.id(), ComposeTexts.CANCEL);
  }

  static Button button(String action, long id, String label) {
    return ButtonData.of(PREFIX, action, id).button(label);
  }
}
