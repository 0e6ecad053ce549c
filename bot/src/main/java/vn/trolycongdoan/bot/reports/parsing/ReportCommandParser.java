package vn.trolycongdoan.bot.reports.parsing;

import java.time.Clock;
import java.time.LocalDate;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * Reads {@code /baocao [kỳ] [đơn vị] CODE=VALUE …} as reporters type it: pairs as {@code
 * CODE=VALUE}, {@code CODE VALUE} or {@code code: value}, separated by spaces, commas, semicolons
 * or lines; indicators by code, name or alias, with or without diacritics ({@code doan vien moi
 * 15}); numbers as {@link VietnameseNumbers} reads them, followed by a unit of measure or not
 * ({@code 15 người}); periods as {@link vn.trolycongdoan.bot.reports.period.ChatPeriods} reads
 * them; the unit by its code. Period and unit come before the first pair, in either order.
 *
 * <p>Pure: stores nothing. Every input gets a result, never an exception: a {@link
 * ParseResult.Draft} or every {@link Problem} found. Thread-safe.
 */
public final class ReportCommandParser {

  private final UnitTree units;
  private final IndicatorNames names;
  private final Clock clock;

  /**
   * @param clock gives today's date in Việt Nam, after which a period has not begun
   */
  public ReportCommandParser(Catalogue catalogue, UnitTree units, Clock clock) {
    this.units = units;
    this.names = new IndicatorNames(catalogue);
    this.clock = clock;
  }

  /** What {@code message} reports; the leading {@code /baocao} is optional. */
  public ParseResult parse(String message) {
    LocalDate today = LocalDate.now(clock.withZone(Period.ZONE));
    return new MessageReading(names, units, today).read(message);
  }
}
