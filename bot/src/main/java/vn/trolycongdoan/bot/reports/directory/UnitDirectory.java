package vn.trolycongdoan.bot.reports.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.reports.chat.RegisteredReporter;
import vn.trolycongdoan.bot.reports.chat.SqliteRegisteredReporters;
import vn.trolycongdoan.bot.reports.invites.Invite;
import vn.trolycongdoan.bot.reports.invites.InviteStatus;
import vn.trolycongdoan.bot.reports.invites.InviteStore;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * The Đơn vị page's data for one staff member, all within their subtree: the units with their
 * reporters and open invite codes, the invite codes and what became of them, who reports for which
 * unit, and new invite codes. Refusals are {@link StaffRequestException}s. Thread-safe.
 */
public final class UnitDirectory {

  /** Days an invite made here is valid unless another number is asked, as in the chat. */
  public static final int DEFAULT_DAYS = 14;

  /** The most days an invite may be valid, as on the command line. */
  public static final int MOST_DAYS = 365;

  private static final int MOST_INVITES = 500;

  /** A unit of the tree, with how many report for it and how many of its codes are open. */
  public record UnitEntry(
      String code,
      String name,
      String parent,
      String level,
      int depth,
      boolean closed,
      int reporters,
      int openInvites) {}

  /** An invite code: {@code state} is {@code open}, {@code used} or {@code expired}. */
  public record InviteEntry(
      String code,
      String unit,
      String unitName,
      Instant createdAt,
      Instant expiresAt,
      String createdBy,
      String state,
      Instant usedAt,
      String usedBy) {}

  /** Someone who reports for a unit. */
  public record ReporterEntry(
      String unit, String unitName, Channel channel, String name, Instant registeredAt) {}

  private final UnitScope scope;
  private final InviteStore invites;
  private final SqliteRegisteredReporters reporters;
  private final Clock clock;

  public UnitDirectory(
      UnitTree units, InviteStore invites, SqliteRegisteredReporters reporters, Clock clock) {
    this.scope = new UnitScope(units);
    this.invites = invites;
    this.reporters = reporters;
    this.clock = clock;
  }

  /** The units {@code member} sees, depth first. */
  public List<UnitEntry> units(StaffMember member) {
    List<OrgUnit> visible = scope.visible(member);
    List<String> codes = visible.stream().map(OrgUnit::code).toList();
    Map<String, Integer> reporting = new HashMap<>();
    reporters.ofUnits(codes).forEach(r -> reporting.merge(r.unitCode(), 1, Integer::sum));
    Map<String, Integer> open = new HashMap<>();
    Instant now = clock.instant();
    invites.ofUnits(codes, MOST_INVITES).stream()
        .filter(status -> status.open(now))
        .forEach(status -> open.merge(status.invite().unitCode(), 1, Integer::sum));
    LocalDate today = LocalDate.ofInstant(now, Period.ZONE);
    return visible.stream()
        .map(
            unit ->
                new UnitEntry(
                    unit.code(),
                    unit.name(),
                    unit.parent(),
                    unit.level().vietnamese(),
                    scope.depth(unit),
                    !unit.isOpenOn(today),
                    reporting.getOrDefault(unit.code(), 0),
                    open.getOrDefault(unit.code(), 0)))
        .toList();
  }

  /**
   * The invite codes of {@code unitCode} (and the units below it), or of the whole subtree without
   * one, newest first.
   */
  public List<InviteEntry> invites(StaffMember member, String unitCode) {
    List<OrgUnit> units =
        unitCode == null || unitCode.isBlank()
            ? scope.visible(member)
            : scope.subtree(scope.unit(member, unitCode));
    Instant now = clock.instant();
    return invites.ofUnits(units.stream().map(OrgUnit::code).toList(), MOST_INVITES).stream()
        .map(status -> entry(status, now))
        .toList();
  }

  /**
   * Makes an invite code for {@code unitCode}, valid {@code days} days, in {@code member}'s name.
   *
   * @throws StaffRequestException {@code BAD_REQUEST} for days out of 1–{@value #MOST_DAYS}, an
   *     unknown or closed unit; {@code OUTSIDE_SUBTREE} for a unit outside the subtree
   */
  public InviteEntry createInvite(StaffMember member, String unitCode, int days) {
    if (days < 1 || days > MOST_DAYS) {
      throw new StaffRequestException(Reason.BAD_REQUEST, DirectoryTexts.badDays(MOST_DAYS));
    }
    OrgUnit unit = scope.unit(member, unitCode);
    Instant now = clock.instant();
    if (!unit.isOpenOn(LocalDate.ofInstant(now, Period.ZONE))) {
      throw new StaffRequestException(Reason.BAD_REQUEST, DirectoryTexts.closedUnit(unit.code()));
    }
    Invite invite =
        invites.create(unit.code(), now, now.plus(Duration.ofDays(days)), member.name());
    return entry(new InviteStatus(invite, null, null), now);
  }

  /** Who reports for the units {@code member} sees, by unit. */
  public List<ReporterEntry> reporters(StaffMember member) {
    List<String> codes = scope.visible(member).stream().map(OrgUnit::code).toList();
    return reporters.ofUnits(codes).stream().map(this::entry).toList();
  }

  private InviteEntry entry(InviteStatus status, Instant now) {
    Invite invite = status.invite();
    String state =
        status.usedAt() != null ? "used" : now.isBefore(invite.expiresAt()) ? "open" : "expired";
    return new InviteEntry(
        invite.code().toString(),
        invite.unitCode(),
        scope.name(invite.unitCode()),
        invite.createdAt(),
        invite.expiresAt(),
        invite.createdBy(),
        state,
        status.usedAt(),
        status.usedBy());
  }

  private ReporterEntry entry(RegisteredReporter reporter) {
    return new ReporterEntry(
        reporter.unitCode(),
        scope.name(reporter.unitCode()),
        reporter.channel(),
        reporter.name(),
        reporter.registeredAt());
  }
}
