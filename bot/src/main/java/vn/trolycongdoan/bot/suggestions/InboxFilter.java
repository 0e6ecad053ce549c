package vn.trolycongdoan.bot.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * Which kiến nghị the inbox shows: a status, words to find in the text, the sender's name or the
 * reference (found however they are typed: case and diacritics do not matter), days received in
 * Việt Nam time (both ends included), and the page.
 *
 * @param status only this status; {@code null} for all
 * @param words the words to find, as typed; empty for any
 * @param from the first day; {@code null} for no limit
 * @param to the last day; {@code null} for no limit
 * @param page the page, from 1
 */
public record InboxFilter(
    SuggestionStatus status, String words, LocalDate from, LocalDate to, int page) {

  /** How many kiến nghị a page holds. */
  public static final int PAGE_SIZE = 20;

  /** Words longer than this are not a search anyone means. */
  static final int MAX_WORDS = 200;

  public InboxFilter {
    words = words == null ? "" : words.strip();
    if (words.length() > MAX_WORDS) {
      throw new InvalidRequestException(SuggestionTexts.WORDS_TOO_LONG);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidRequestException(SuggestionTexts.daysReversed(from, to));
    }
    if (page < 1) {
      throw new InvalidRequestException(SuggestionTexts.badPage(Integer.toString(page)));
    }
  }

  /**
   * The filter as a query string writes it: {@code status} a {@link SuggestionStatus#key()}, days
   * as {@code yyyy-mm-dd}, the page a number; blank or missing parameters do not filter.
   *
   * @throws InvalidRequestException naming the parameter that cannot be read
   */
  public static InboxFilter parse(
      String status, String words, String from, String to, String page) {
    SuggestionStatus wanted = blank(status) ? null : SuggestionStatus.parse(status);
    return new InboxFilter(wanted, words, day("from", from), day("to", to), page(page));
  }

  /** The start of {@link #from()} as an instant, or {@code null}. */
  Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(Period.ZONE).toInstant();
  }

  /** The end of {@link #to()} (the start of the next day) as an instant, or {@code null}. */
  Instant untilInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(Period.ZONE).toInstant();
  }

  /** Whether the kiến nghị holds {@link #words()} in its text, sender's name or reference. */
  boolean matches(Suggestion suggestion) {
    if (words.isEmpty()) {
      return true;
    }
    String wanted = VietnameseText.fold(words);
    return VietnameseText.fold(suggestion.text()).contains(wanted)
        || VietnameseText.fold(suggestion.from().displayName()).contains(wanted)
        || VietnameseText.fold(suggestion.reference()).contains(wanted);
  }

  private static LocalDate day(String name, String written) {
    if (blank(written)) {
      return null;
    }
    try {
      return LocalDate.parse(written.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(SuggestionTexts.badDay(name, written));
    }
  }

  private static int page(String written) {
    if (blank(written)) {
      return 1;
    }
    try {
      return Integer.parseInt(written.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(SuggestionTexts.badPage(written));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
