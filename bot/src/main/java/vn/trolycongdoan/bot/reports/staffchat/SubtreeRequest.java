package vn.trolycongdoan.bot.reports.staffchat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.ChatPeriods;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.StaffQuery;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * Reads {@code [kỳ] [mã đơn vị]} after a staff view command, in either order, into a {@link
 * StaffQuery} within the sender's subtree. No period: the current half-year (the plans' reporting
 * cadence), and the reply says so. No unit: the top of the sender's subtree. Pure and thread-safe.
 */
final class SubtreeRequest {

  /** A query, or the Vietnamese reason there is none. */
  sealed interface Result {
    record Query(StaffQuery query, boolean periodDefaulted) implements Result {}

    record Refused(String reply) implements Result {}
  }

  private final UnitTree units;
  private final Clock clock;

  SubtreeRequest(UnitTree units, Clock clock) {
    this.units = units;
    this.clock = clock;
  }

  Result read(String argument, OrgUnit top, String command) {
    Period period = null;
    OrgUnit unit = null;
    for (String word : argument.strip().split("[\\s,;]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (ChatPeriods.looksLikePeriod(word)) {
        Optional<Period> parsed = ChatPeriods.parse(word);
        if (parsed.isEmpty()) {
          return new Result.Refused(StaffChatTexts.unknownPeriod(word, command));
        }
        if (period != null) {
          return new Result.Refused(StaffChatTexts.oneEach(command));
        }
        period = parsed.get();
      } else {
        Optional<OrgUnit> named = units.byCode(word);
        if (named.isEmpty()) {
          return new Result.Refused(StaffChatTexts.unknownUnit(word, command));
        }
        if (unit != null) {
          return new Result.Refused(StaffChatTexts.oneEach(command));
        }
        if (!units.subtree(top).contains(named.get())) {
          return new Result.Refused(StaffChatTexts.outsideSubtree(named.get(), top));
        }
        unit = named.get();
      }
    }
    boolean defaulted = period == null;
    Period asked = defaulted ? Period.current(Cadence.HALF_YEAR, clock) : period;
    if (asked.firstDay().isAfter(LocalDate.ofInstant(clock.instant(), Period.ZONE))) {
      return new Result.Refused(StaffChatTexts.notBegun(asked, command));
    }
    return new Result.Query(new StaffQuery(asked, unit == null ? top : unit), defaulted);
  }
}
