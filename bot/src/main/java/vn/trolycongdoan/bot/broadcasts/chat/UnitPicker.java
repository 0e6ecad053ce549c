package vn.trolycongdoan.bot.broadcasts.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * The buttons that choose a unit of a staff member's subtree, one level at a time: the unit shown,
 * then each unit under it (those with units below open their level, the others are chosen at once),
 * then back up and cancel. Pure and thread-safe.
 */
final class UnitPicker {

  static final String OPEN = "mo";
  static final String PICK = "ch";

  private final UnitTree units;

  UnitPicker(UnitTree units) {
    this.units = units;
  }

  /** The unit of that code if {@code top}'s subtree holds it. */
  Optional<OrgUnit> within(OrgUnit top, String code) {
    return units.byCode(code.strip()).filter(unit -> units.subtree(top).contains(unit));
  }

  Optional<OrgUnit> byCode(String code) {
    return units.byCode(code.strip());
  }

  /** The level of {@code at}, for the draft {@code draftId} of someone who reaches {@code top}. */
  Reply level(long draftId, OrgUnit top, OrgUnit at, boolean subtree) {
    List<List<Button>> rows = new ArrayList<>();
    rows.add(List.of(data(PICK, draftId, at).button(ComposeTexts.pick(at))));
    for (OrgUnit child : units.children(at)) {
      boolean opens = !units.children(child).isEmpty();
      rows.add(
          List.of(
              data(opens ? OPEN : PICK, draftId, child)
                  .button(ComposeTexts.unitButton(child, opens))));
    }
    List<Button> last = new ArrayList<>();
    if (!at.equals(top) && at.parent() != null) {
      units
          .byCode(at.parent())
          .ifPresent(
              parent -> last.add(data(OPEN, draftId, parent).button(ComposeTexts.up(parent))));
    }
    last.add(ButtonData.of(Composer.PREFIX, Composer.CANCEL, draftId).button(ComposeTexts.CANCEL));
    rows.add(last);
    return Reply.of(FormattedText.plain(ComposeTexts.chooseUnit(at, subtree)), rows);
  }

  private static ButtonData data(String action, long draftId, OrgUnit unit) {
    return ButtonData.of(Composer.PREFIX, action, draftId, unit.code());
  }
}
