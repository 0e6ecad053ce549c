package vn.trolycongdoan.bot.questions.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * The days whose questions staff review, in Việt Nam time, both ends included: at most {@link
 * #MAX_DAYS} days.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record ReviewPeriod(LocalDate from, LocalDate to) {

  /** The days shown when none are asked for: the last 30, today included. */
  static final int DEFAULT_DAYS = 30;

  static final int MAX_DAYS = 366;

  public ReviewPeriod {
    if (to.isBefore(from)) {
      throw new InvalidRequestException(
          "Ngày kết thúc " + to + " đứng trước ngày bắt đầu " + from + ".");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw new InvalidRequestException(
          "Khoảng thời gian dài quá: tối đa " + MAX_DAYS + " ngày mỗi lần xem.");
    }
  }

  /**
   * The days a query string names ({@code yyyy-mm-dd}); a missing end is today, a missing start
   * {@link #DEFAULT_DAYS} days before the end.
   *
   * @throws InvalidRequestException naming a day that cannot be read, or a period out of bounds
   */
  public static ReviewPeriod parse(String from, String to, Clock clock) {
    LocalDate last =
        to == null || to.isBlank() ? LocalDate.now(clock.withZone(Period.ZONE)) : day("to", to);
    LocalDate first =
        from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1) : day("from", from);
    return new ReviewPeriod(first, last);
  }

  Instant start() {
    return from.atStartOfDay(Period.ZONE).toInstant();
  }

  /** The start of the day after {@link #to()}. */
  Instant end() {
    return to.plusDays(1).atStartOfDay(Period.ZONE).toInstant();
  }

  private static LocalDate day(String name, String written) {
    try {
      return LocalDate.parse(written.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "Ngày \""
              + written
              + "\" ("
              + name
              + ") không hợp lệ. Hãy viết yyyy-mm-dd, ví dụ 2026-12-01.");
    }
  }
}
