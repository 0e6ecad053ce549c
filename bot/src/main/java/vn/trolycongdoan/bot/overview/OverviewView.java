package vn.trolycongdoan.bot.overview;

import java.math.BigDecimal;
import java.util.List;
import vn.trolycongdoan.bot.broadcasts.BroadcastCounts;
import vn.trolycongdoan.bot.reports.staff.ReportsView;

/**
 * The dashboard's overview for one staff account, as {@code GET /api/quanly/overview} answers it.
 * Subscribers and questions are the whole organisation's (neither has a unit); reports and
 * broadcasts are the account's subtree's.
 *
 * @param subscribers Telegram chats by subscription, organisation-wide
 * @param questions questions per day, organisation-wide
 * @param reports the open period's reports in the account's subtree
 * @param broadcasts the broadcasts under way the account may see (scheduled, sending or paused),
 *     newest first
 */
public record OverviewView(
    Subscribers subscribers, Questions questions, Reports reports, List<Running> broadcasts) {

  public OverviewView {
    broadcasts = List.copyOf(broadcasts);
  }

  /**
   * @param active subscribed and not blocking the bot
   * @param stopped not subscribed (sent /dunglai) and not blocking it
   * @param blocked blocking the bot
   */
  public record Subscribers(int active, int stopped, int blocked) {}

  /**
   * @param days one per day, the oldest first, each with its ISO date ({@code 2026-06-17})
   * @param answeredShare percent of the questions that found an answer, {@code null} when none
   */
  public record Questions(List<Day> days, int asked, int answered, BigDecimal answeredShare) {

    public Questions {
      days = List.copyOf(days);
    }
  }

  public record Day(String day, int asked, int answered) {}

  /**
   * @param period the open period, in the API form
   * @param unit the top of the account's subtree
   * @param reports how many reports brought the values in force for the period
   * @param expected the units expected to report
   * @param received those that reported
   * @param onTime those that reported in time
   * @param rate percent of expected units that reported, {@code null} when none is expected
   * @param deadline the period's deadline as people write it
   */
  public record Reports(
      String period,
      String periodLabel,
      ReportsView.Unit unit,
      int reports,
      int expected,
      int received,
      int onTime,
      BigDecimal rate,
      BigDecimal onTimeRate,
      String deadline) {}

  /**
   * A broadcast under way.
   *
   * @param text its text, shortened to {@link Overview#TEXT_SHOWN} characters
   * @param state {@code scheduled}, {@code sending} or {@code paused}
   * @param sendAt when sending starts or started, ISO 8601 in Việt Nam time
   */
  public record Running(
      long id, String text, String state, int recipients, String sendAt, BroadcastCounts counts) {}
}
