package vn.trolycongdoan.bot.broadcasts.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time a staff member types for a scheduled broadcast, in Việt Nam time: a day and month,
 * optionally a year, and an hour with optional minutes, either first: {@code 24/12 08:00}, {@code
 * 24/12/2026 8h}, {@code 8h30 24-12-26}, {@code 24.12 lúc 20:15}. Without a year it is this year,
 * or the next one when the day has passed this year. Pure and thread-safe.
 */
final class SendTime {

  private static final String DAY = "(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2}|\\d{4}))?";
  private static final String TIME = "(\\d{1,2})(?:\\s*(?:[:h]|giờ)\\s*(\\d{2})?)?(?:\\s*phút)?";
  private static final String BETWEEN = "(?:\\s*(?:,|lúc|ngày)\\s*|\\s+)";
  private static final Pattern DAY_FIRST = Pattern.compile(DAY + BETWEEN + TIME);
  private static final Pattern TIME_FIRST = Pattern.compile(TIME + BETWEEN + DAY);

  private SendTime() {}

  /**
   * The local date and time {@code written} names, seen from {@code now}; empty if it is not one
   * (no such day, hour or minute, or not in one of the forms). Whether it is past is the caller's
   * to check.
   */
  static Optional<LocalDateTime> parse(String written, ZonedDateTime now) {
    String text = written.strip().toLowerCase(Locale.ROOT);
    Matcher dayFirst = DAY_FIRST.matcher(text);
    if (dayFirst.matches()) {
      return of(dayFirst, 1, 4, now);
    }
    Matcher timeFirst = TIME_FIRST.matcher(text);
    if (timeFirst.matches()) {
      return of(timeFirst, 3, 1, now);
    }
    return Optional.empty();
  }

  private static Optional<LocalDateTime> of(Matcher match, int day, int time, ZonedDateTime now) {
    try {
      int dayOfMonth = Integer.parseInt(match.group(day));
      int month = Integer.parseInt(match.group(day + 1));
      String year = match.group(day + 2);
      int hour = Integer.parseInt(match.group(time));
      int minute = match.group(time + 1) == null ? 0 : Integer.parseInt(match.group(time + 1));
      LocalDate date;
      if (year != null) {
        int full = Integer.parseInt(year);
        date = LocalDate.of(full < 100 ? 2000 + full : full, month, dayOfMonth);
      } else {
        date = LocalDate.of(now.getYear(), month, dayOfMonth);
        if (date.isBefore(now.toLocalDate())) {
          date = date.plusYears(1);
        }
      }
      return Optional.of(date.atTime(hour, minute));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
