package vn.trolycongdoan.bot.reports.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * A report its sender confirmed (✅ Xác nhận), to store.
 *
 * @param confirmationKey the draft's id, 1–64 characters: storing a report with a key already
 *     stored stores nothing and answers the first receipt
 * @param unitCode the unit it reports for
 * @param from who confirmed it, and where
 * @param receivedAt when it was confirmed; decides whether its values are late
 * @param rawText the message as the sender wrote it
 * @param values its figures in the order written, at least one, each indicator and period once
 */
public record ConfirmedReport(
    String confirmationKey,
    String unitCode,
    ChatUser from,
    Instant receivedAt,
    String rawText,
    List<ReportValue> values) {

  /**
   * @throws IllegalArgumentException if the key is blank or too long, there is no value, or an
   *     indicator comes twice for one period
   */
  public ConfirmedReport {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(rawText, "rawText");
    if (confirmationKey == null || confirmationKey.isBlank() || confirmationKey.length() > 64) {
      throw new IllegalArgumentException("a confirmation key has 1-64 characters");
    }
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a report holds at least one value");
    }
    Set<String> seen = new HashSet<>();
    for (ReportValue value : values) {
      if (!seen.add(value.indicator() + " " + value.period())) {
        throw new IllegalArgumentException(
            value.indicator() + " comes twice for " + value.period());
      }
    }
  }
}
