package vn.trolycongdoan.bot.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The counts of the overview that have no unit: Telegram subscribers (table {@code subscribers},
 * V1) and questions per day ({@code questions}, V1). Days are Việt Nam days; Việt Nam keeps one
 * offset all year (+07:00), so a day is a fixed span of epoch milliseconds. Thread-safe; every
 * method throws {@link vn.trolycongdoan.bot.store.StoreException} on a database failure.
 */
final class SqliteOverviewStats {

  private static final long DAY_MILLIS = 86_400_000L;

  private final Jdbc jdbc;

  SqliteOverviewStats(Database database) {
    this.jdbc = database.jdbc();
  }

  /**
   * Telegram chats by subscription.
   *
   * @param active subscribed and not blocking the bot
   * @param stopped not subscribed (they sent /dunglai, or never /start) and not blocking it
   * @param blocked blocking the bot
   */
  record Subscribers(int active, int stopped, int blocked) {}

  Subscribers subscribers() {
    return jdbc.first(
            """
            SELECT
              COALESCE(SUM(CASE WHEN subscribed AND NOT blocked THEN 1 ELSE 0 END), 0),
              COALESCE(SUM(CASE WHEN NOT subscribed AND NOT blocked THEN 1 ELSE 0 END), 0),
              COALESCE(SUM(CASE WHEN blocked THEN 1 ELSE 0 END), 0)
            FROM subscribers WHERE channel = ?""",
            row -> new Subscribers(row.getInt(1), row.getInt(2), row.getInt(3)),
            Channel.TELEGRAM)
        .orElseThrow();
  }

  /**
   * The questions asked from {@code first} to {@code last} (Việt Nam days), per day that had any.
   */
  List<QuestionDays.Day> questionsPerDay(LocalDate first, LocalDate last) {
    ZoneOffset offset = Period.ZONE.getRules().getOffset(first.atStartOfDay());
    long shift = offset.getTotalSeconds() * 1000L;
    Instant from = first.atStartOfDay(Period.ZONE).toInstant();
    Instant to = last.plusDays(1).atStartOfDay(Period.ZONE).toInstant();
    return jdbc.list(
        """
        SELECT (asked_at + ?) / ? AS day, COUNT(*), SUM(CASE WHEN found THEN 1 ELSE 0 END)
        FROM questions WHERE asked_at >= ? AND asked_at < ?
        GROUP BY day ORDER BY day""",
        row ->
            new QuestionDays.Day(
                LocalDate.ofEpochDay(row.getLong(1)), row.getInt(2), row.getInt(3)),
        shift,
        DAY_MILLIS,
        from,
        to);
  }
}
