package vn.trolycongdoan.bot.reports.staff;

import java.util.Locale;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * Who holds a bearer token, and what of the unit tree they may see: an admin every unit, a staff
 * member their unit and those under it. Thread-safe.
 */
public final class StaffAccess {

  private static final String BEARER = "bearer ";

  private final StaffTokens tokens;
  private final UnitTree units;

  public StaffAccess(StaffTokens tokens, UnitTree units) {
    this.tokens = tokens;
    this.units = units;
  }

  /**
   * The holder of the token in an {@code Authorization} header value ({@code Bearer <token>}).
   *
   * @throws StaffRequestException {@link Reason#NOT_AUTHENTICATED} if the header is missing, not a
   *     bearer token, or names no stored token
   */
  public StaffMember authenticate(String authorization) {
    if (authorization == null
        || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
        || authorization.substring(BEARER.length()).isBlank()) {
      throw new StaffRequestException(Reason.NOT_AUTHENTICATED, StaffTexts.NO_TOKEN);
    }
    return tokens
        .holder(authorization.substring(BEARER.length()).strip())
        .orElseThrow(
            () -> new StaffRequestException(Reason.NOT_AUTHENTICATED, StaffTexts.BAD_TOKEN));
  }

  /**
   * The period and unit {@code member} asks for, as written in the query; without a unit, the top
   * of their subtree.
   *
   * @throws StaffRequestException {@link Reason#BAD_REQUEST} for a missing or bad period or an
   *     unknown unit, {@link Reason#OUTSIDE_SUBTREE} for a unit {@code member} may not see (any
   *     unit, when their own has left the unit file)
   */
  public StaffQuery query(StaffMember member, String period, String unitCode) {
    Period parsed = period(period);
    OrgUnit own = top(member);
    OrgUnit asked = unitCode == null || unitCode.isBlank() ? own : unit(unitCode);
    if (!units.subtree(own).contains(asked)) {
      throw new StaffRequestException(
          Reason.OUTSIDE_SUBTREE, StaffTexts.outsideSubtree(asked.code(), own.code()));
    }
    return new StaffQuery(parsed, asked);
  }

  /**
   * The top of the subtree {@code member} sees: the root for an admin, their unit for staff.
   *
   * @throws StaffRequestException {@link Reason#OUTSIDE_SUBTREE} when their unit has left the unit
   *     file
   */
  public OrgUnit top(StaffMember member) {
    if (member.unitCode() == null) {
      return units.root();
    }
    return units
        .byCode(member.unitCode())
        .orElseThrow(
            () ->
                new StaffRequestException(
                    Reason.OUTSIDE_SUBTREE, StaffTexts.unitGone(member.unitCode())));
  }

  private static Period period(String written) {
    if (written == null || written.isBlank()) {
      throw new StaffRequestException(Reason.BAD_REQUEST, StaffTexts.NO_PERIOD);
    }
    try {
      return Period.parse(written);
    } catch (IllegalArgumentException e) {
      throw new StaffRequestException(Reason.BAD_REQUEST, StaffTexts.badPeriod(written));
    }
  }

  private OrgUnit unit(String written) {
    Optional<OrgUnit> unit = units.byCode(written.strip().toUpperCase(Locale.ROOT));
    return unit.orElseThrow(
        () -> new StaffRequestException(Reason.BAD_REQUEST, StaffTexts.unknownUnit(written)));
  }
}
