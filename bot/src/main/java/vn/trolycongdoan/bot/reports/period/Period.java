package vn.trolycongdoan.bot.reports.period;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period: a month, quarter, half-year or year of a calendar year. Written in the API
 * as {@code 2024-06}, {@code 2024-Q2}, {@code 2024-H1} or {@code 2024} ({@link #toString}); shown
 * to people as "tháng 6/2024", "quý II/2024", "6 tháng đầu năm 2024", "năm 2024" ({@link #label}).
 *
 * @param cadence the kind of period
 * @param year the calendar year, 1000–9999
 * @param index which period of the year, from 1: the month (1–12), quarter (1–4), half (1–2); 1 for
 *     a year
 */
public record Period(Cadence cadence, int year, int index) {

  /** Reporting days are Vietnamese days: a period opens and closes at midnight in Hà Nội time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Pattern API = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /**
   * @throws IllegalArgumentException if the index is not a period of the cadence or the year has
   *     not four digits
   */
  public Period {
    if (cadence == null) {
      throw new IllegalArgumentException("no cadence");
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
    if (index < 1 || index > cadence.periodsPerYear()) {
      throw new IllegalArgumentException(
          "a year has no " + cadence.key() + " " + index + " (1-" + cadence.periodsPerYear() + ")");
    }
  }

  /**
   * The period written in the API form.
   *
   * @throws IllegalArgumentException naming the text if it is not {@code 2024-06}, {@code 2024-Q2},
   *     {@code 2024-H1} or {@code 2024}
   */
  public static Period parse(String text) {
    Matcher m = API.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a period (2024-06, 2024-Q2, 2024-H1 or 2024): " + text);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return new Period(Cadence.MONTH, year, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return new Period(Cadence.QUARTER, year, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return new Period(Cadence.HALF_YEAR, year, Integer.parseInt(m.group(4)));
    }
    return new Period(Cadence.YEAR, year, 1);
  }

  /** The period of {@code cadence} that holds {@code day}. */
  public static Period containing(Cadence cadence, LocalDate day) {
    int index = (day.getMonthValue() - 1) / cadence.months() + 1;
    return new Period(cadence, day.getYear(), index);
  }

  /**
   * The open period of {@code cadence} now: the one holding today's date in {@link #ZONE} (at 23:00
   * UTC on 31 May it is already June in Việt Nam).
   */
  public static Period current(Cadence cadence, Clock clock) {
    return containing(cadence, LocalDate.now(clock.withZone(ZONE)));
  }

  /** The period's first day. */
  public LocalDate firstDay() {
    return LocalDate.of(year, (index - 1) * cadence.months() + 1, 1);
  }

  /** The period's last day. */
  public LocalDate lastDay() {
    return firstDay().plusMonths(cadence.months()).minusDays(1);
  }

  /** Whether {@code day} falls in this period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }

  /**
   * The periods of {@code finer} that make up this one, in order: the six months of a half-year,
   * the period itself for its own cadence; none if {@code finer} is the longer.
   */
  public List<Period> parts(Cadence finer) {
    if (finer.months() > cadence.months()) {
      return List.of();
    }
    List<Period> parts = new ArrayList<>();
    for (LocalDate day = firstDay();
        !day.isAfter(lastDay());
        day = day.plusMonths(finer.months())) {
      parts.add(containing(finer, day));
    }
    return parts;
  }

  /**
   * Every period of any cadence that shares a day with this one: its parts and the periods that
   * hold it. A year has 19 (12 months, 4 quarters, 2 halves and itself), a month 4.
   */
  public List<Period> overlapping() {
    List<Period> periods = new ArrayList<>();
    for (Cadence other : Cadence.values()) {
      if (other.months() <= cadence.months()) {
        periods.addAll(parts(other));
      } else {
        periods.add(containing(other, firstDay()));
      }
    }
    return periods;
  }

  /** As people write it: "tháng 6/2024", "quý II/2024", "6 tháng đầu năm 2024", "năm 2024". */
  public String label() {
    return switch (cadence) {
      case MONTH -> "tháng " + index + "/" + year;
      case QUARTER -> "quý " + ROMAN[index - 1] + "/" + year;
      case HALF_YEAR -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case YEAR -> "năm " + year;
    };
  }

  /** The API form: {@code 2024-06}, {@code 2024-Q2}, {@code 2024-H1}, {@code 2024}. */
  @Override
  public String toString() {
    return switch (cadence) {
      case MONTH -> year + (index < 10 ? "-0" : "-") + index;
      case QUARTER -> year + "-Q" + index;
      case HALF_YEAR -> year + "-H" + index;
      case YEAR -> Integer.toString(year);
    };
  }
}
