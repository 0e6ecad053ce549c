package vn.trolycongdoan.bot.broadcasts;

import java.util.List;
import vn.trolycongdoan.bot.broadcasts.BroadcastException.Reason;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.tags.TagList;

/**
 * Which audiences a staff member reaches: an admin every one, a staff member the units of their
 * subtree (not "all", nor a tag, which spans every unit). Immutable and thread-safe.
 */
final class Scope {

  private final UnitTree units;
  private final TagList tags;

  Scope(UnitTree units, TagList tags) {
    this.units = units;
    this.tags = tags;
  }

  /**
   * @throws BroadcastException 400 for an unknown unit or tag, 403 for an audience {@code member}
   *     does not reach
   */
  void check(StaffMember member, Audience audience) {
    if (audience.kind() == Audience.Kind.TAG && tags.byKey(audience.tag()).isEmpty()) {
      throw new BroadcastException(
          Reason.BAD_REQUEST, BroadcastTexts.unknownTag(audience.tag(), tags.tags()));
    }
    if (audience.kind() != Audience.Kind.UNIT) {
      if (member.unitCode() != null) {
        throw new BroadcastException(
            Reason.OUTSIDE_SUBTREE,
            audience.kind() == Audience.Kind.TAG
                ? BroadcastTexts.tagsForAdminsOnly(member.unitCode())
                : BroadcastTexts.allForAdminsOnly(member.unitCode()));
      }
      return;
    }
    OrgUnit asked =
        units
            .byCode(audience.unitCode())
            .orElseThrow(
                () ->
                    new BroadcastException(
                        Reason.BAD_REQUEST, BroadcastTexts.unknownUnit(audience.unitCode())));
    if (member.unitCode() == null) {
      return;
    }
    OrgUnit own =
        units
            .byCode(member.unitCode())
            .orElseThrow(
                () ->
                    new BroadcastException(
                        Reason.OUTSIDE_SUBTREE, BroadcastTexts.unitGone(member.unitCode())));
    if (!units.subtree(own).contains(asked)) {
      throw new BroadcastException(
          Reason.OUTSIDE_SUBTREE, BroadcastTexts.outsideSubtree(asked.code(), own.code()));
    }
  }

  /**
   * The audiences {@code member} may use: for an admin all, every unit and every tag; for a staff
   * member the units of their subtree only (none if their unit is gone from the tree).
   */
  AudienceChoices choices(StaffMember member) {
    if (member.unitCode() == null) {
      return new AudienceChoices(true, units.depthFirst(), tags.tags());
    }
    List<OrgUnit> reached = units.byCode(member.unitCode()).map(units::subtree).orElse(List.of());
    return new AudienceChoices(false, reached, List.of());
  }

  /** Whether {@code member} reaches {@code audience}; never throws. */
  boolean reaches(StaffMember member, Audience audience) {
    try {
      check(member, audience);
      return true;
    } catch (BroadcastException e) {
      return member.unitCode() == null;
    }
  }

  /** The codes of the units a unit audience names: the unit, and with its subtree those below. */
  List<String> codes(Audience audience) {
    return units
        .byCode(audience.unitCode())
        .map(unit -> audience.subtree() ? units.subtree(unit) : List.of(unit))
        .map(list -> list.stream().map(OrgUnit::code).toList())
        .orElse(List.of(audience.unitCode()));
  }
}
