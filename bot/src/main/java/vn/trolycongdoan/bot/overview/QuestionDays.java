package vn.trolycongdoan.bot.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions asked per day over a run of days ending today, each day present (0 when none was
 * asked), with how many found an answer and the share answered of them all. Pure.
 *
 * @param days one per day, the oldest first
 * @param asked the questions of all the days
 * @param answered those that found an answer
 * @param answeredShare {@code answered} in percent of {@code asked}, to one decimal (half up);
 *     {@code null} when none was asked
 */
public record QuestionDays(List<Day> days, int asked, int answered, BigDecimal answeredShare) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public QuestionDays {
    days = List.copyOf(days);
  }

  /**
   * One day's questions.
   *
   * @param day the day, in Việt Nam time
   * @param asked how many were asked
   * @param answered how many found an answer
   */
  public record Day(LocalDate day, int asked, int answered) {}

  /**
   * The {@code count} days ending on {@code last}, from the days that had questions (days outside
   * the run are ignored).
   */
  public static QuestionDays of(LocalDate last, int count, List<Day> counted) {
    Map<LocalDate, Day> byDay = new HashMap<>();
    counted.forEach(day -> byDay.put(day.day(), day));
    List<Day> days = new ArrayList<>();
    int asked = 0;
    int answered = 0;
    for (LocalDate day = last.minusDays(count - 1L); !day.isAfter(last); day = day.plusDays(1)) {
      Day found = byDay.getOrDefault(day, new Day(day, 0, 0));
      days.add(found);
      asked += found.asked();
      answered += found.answered();
    }
    BigDecimal share =
        asked == 0
            ? null
            : BigDecimal.valueOf(answered)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(asked), 1, RoundingMode.HALF_UP);
    return new QuestionDays(days, asked, answered, share);
  }
}
