package vn.trolycongdoan.bot.broadcasts.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.bot.broadcasts.Audience;
import vn.trolycongdoan.bot.broadcasts.chat.ChatStaff.Staff;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.tags.Tag;
import vn.trolycongdoan.bot.tags.TagList;

/**
 * Choosing a draft's audience: everyone (admins only), a unit with those under it, one unit (with
 * the {@link UnitPicker} or typed as its code), or a tag when there are tags; each choice leads to
 * the preview. A choice may be made again from the preview. Thread-safe.
 */
final class AudienceChoice {

  private static final Set<ComposeStep> CHOOSING =
      Set.of(ComposeStep.AUDIENCE, ComposeStep.UNIT, ComposeStep.PREVIEW);

  /** Where the unit buttons still act: while choosing, and from the preview to choose again. */
  private static final Set<ComposeStep> PICKING = Set.of(ComposeStep.UNIT, ComposeStep.PREVIEW);

  private final SqliteBroadcastDrafts drafts;
  private final UnitPicker picker;
  private final DraftSending sending;
  private final List<Tag> tags;

  /**
   * @param tags the topics members choose, offered to admins as audiences (a tag reaches members of
   *     every unit)
   */
  AudienceChoice(
      SqliteBroadcastDrafts drafts, UnitPicker picker, DraftSending sending, TagList tags) {
    this.drafts = drafts;
    this.picker = picker;
    this.sending = sending;
    this.tags = tags.tags();
  }

  /** A press of an audience or unit button ({@code arguments} after the draft id). */
  ChatResponse press(Staff who, BroadcastDraft draft, String action, List<String> arguments) {
    return switch (action) {
      case Composer.ALL -> chosen(who, draft, Audience.all());
      case Composer.SUBTREE, Composer.ONE_UNIT ->
          chooseUnit(who, draft, action.equals(Composer.SUBTREE));
      case UnitPicker.OPEN -> openLevel(who, draft, arguments.get(0));
      case UnitPicker.PICK -> pickUnit(who, draft, arguments.get(0));
      case Composer.TAG ->
          chosen(who, draft, tag(tags.get(Integer.parseInt(arguments.get(0))).key()));
      default -> throw new IllegalArgumentException("Unknown audience action " + action);
    };
  }

  /** The audience buttons for {@code draft}, whose content is set. */
  Reply question(Staff who, BroadcastDraft draft) {
    long id = draft.id();
    List<List<Button>> rows = new ArrayList<>();
    boolean admin = who.member().unitCode() == null;
    if (admin) {
      rows.add(List.of(Composer.button(Composer.ALL, id, ComposeTexts.ALL)));
    }
    rows.add(List.of(Composer.button(Composer.SUBTREE, id, ComposeTexts.SUBTREE)));
    rows.add(List.of(Composer.button(Composer.ONE_UNIT, id, ComposeTexts.ONE_UNIT)));
    for (int i = 0; admin && i < tags.size(); i++) {
      rows.add(
          List.of(
              ButtonData.of(Composer.PREFIX, Composer.TAG, id, i)
                  .button(ComposeTexts.tag(tags.get(i).label()))));
    }
    rows.add(List.of(Composer.cancel(draft)));
    return Reply.of(FormattedText.plain(ComposeTexts.ASK_AUDIENCE), rows);
  }

  private ChatResponse chosen(Staff who, BroadcastDraft draft, Audience audience) {
    if (!CHOOSING.contains(draft.step())) {
      return ChatResponse.notice(ComposeTexts.DRAFT_GONE);
    }
    return sending.preview(who, draft.withAudience(audience));
  }

  private ChatResponse chooseUnit(Staff who, BroadcastDraft draft, boolean subtree) {
    BroadcastDraft choosing = draft.choosingUnit(subtree);
    if (!CHOOSING.contains(draft.step()) || !drafts.update(choosing, CHOOSING)) {
      return ChatResponse.notice(ComposeTexts.DRAFT_GONE);
    }
    return ChatResponse.of(picker.level(draft.id(), who.top(), who.top(), subtree));
  }

  private ChatResponse openLevel(Staff who, BroadcastDraft draft, String code) {
    Optional<OrgUnit> unit = picker.within(who.top(), code);
    if (!PICKING.contains(draft.step()) || unit.isEmpty()) {
      return ChatResponse.notice(ComposeTexts.DRAFT_GONE);
    }
    return ChatResponse.of(
        picker.level(draft.id(), who.top(), unit.get(), draft.wholeSubtree()).replacingPressed());
  }

  private ChatResponse pickUnit(Staff who, BroadcastDraft draft, String code) {
    if (!PICKING.contains(draft.step())) {
      return ChatResponse.notice(ComposeTexts.DRAFT_GONE);
    }
    return unitChosen(who, draft, code);
  }

  /** The unit typed or pressed: the preview, or why it cannot be chosen. */
  ChatResponse unitChosen(Staff who, BroadcastDraft draft, String code) {
    Optional<OrgUnit> unit = picker.byCode(code);
    if (unit.isEmpty()) {
      return ChatResponse.text(ComposeTexts.unknownUnit(code.strip()));
    }
    if (picker.within(who.top(), code).isEmpty()) {
      return ChatResponse.text(ComposeTexts.outsideSubtree(unit.get(), who.top()));
    }
    return sending.preview(
        who, draft.withAudience(Audience.unit(unit.get().code(), draft.wholeSubtree())));
  }

  private static Audience tag(String tag) {
    return new Audience(Audience.Kind.TAG, null, false, tag);
  }
}
