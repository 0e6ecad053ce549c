package vn.trolycongdoan.bot.reports.directory;

import java.util.List;
import java.util.Locale;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/** The part of the unit tree a staff member sees: an admin all, staff their unit's subtree. */
final class UnitScope {

  private final UnitTree units;

  UnitScope(UnitTree units) {
    this.units = units;
  }

  /**
   * The top of {@code member}'s subtree.
   *
   * @throws StaffRequestException {@code OUTSIDE_SUBTREE} if their unit has left the unit file
   */
  OrgUnit top(StaffMember member) {
    if (member.unitCode() == null) {
      return units.root();
    }
    return units
        .byCode(member.unitCode())
        .orElseThrow(
            () ->
                new StaffRequestException(
                    Reason.OUTSIDE_SUBTREE, DirectoryTexts.unitGone(member.unitCode())));
  }

  /** Every unit {@code member} sees, depth first from the top of their subtree. */
  List<OrgUnit> visible(StaffMember member) {
    return units.subtree(top(member));
  }

  /** {@code unit} and every unit below it, depth first. */
  List<OrgUnit> subtree(OrgUnit unit) {
    return units.subtree(unit);
  }

  /**
   * The unit written {@code code}, which {@code member} must see.
   *
   * @throws StaffRequestException {@code BAD_REQUEST} for a missing or unknown code, {@code
   *     OUTSIDE_SUBTREE} for a unit outside the member's subtree
   */
  OrgUnit unit(StaffMember member, String code) {
    if (code == null || code.isBlank()) {
      throw new StaffRequestException(Reason.BAD_REQUEST, DirectoryTexts.NO_UNIT);
    }
    OrgUnit unit =
        units
            .byCode(code.strip().toUpperCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    new StaffRequestException(
                        Reason.BAD_REQUEST, DirectoryTexts.unknownUnit(code.strip())));
    OrgUnit top = top(member);
    if (!units.subtree(top).contains(unit)) {
      throw new StaffRequestException(
          Reason.OUTSIDE_SUBTREE, DirectoryTexts.outside(unit.code(), top.code()));
    }
    return unit;
  }

  /** How deep {@code unit} is below the root (0). */
  int depth(OrgUnit unit) {
    int depth = 0;
    for (String parent = unit.parent(); parent != null; depth++) {
      parent = units.byCode(parent).map(OrgUnit::parent).orElse(null);
    }
    return depth;
  }

  String name(String code) {
    return units.byCode(code).map(OrgUnit::name).orElse(code);
  }
}
