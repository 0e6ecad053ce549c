package vn.trolycongdoan.bot.reports.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.store.ReportValue;

/**
 * A report read and echoed, waiting for ✅ Xác nhận.
 *
 * @param id its confirmation key, also carried by its buttons
 * @param from who sent it
 * @param unitCode the unit it reports for; {@code null} while the sender has to pick one
 * @param rawText the message as written
 * @param createdAt when it was read
 * @param values its figures, each with its period (explicit, or the indicator's open one)
 * @param periodDefaulted whether the message named no period, so each value has its indicator's
 *     open one
 * @param receipt the receipt number once stored; {@code null} before
 */
record ReportDraft(
    String id,
    ChatUser from,
    String unitCode,
    String rawText,
    Instant createdAt,
    List<ReportValue> values,
    boolean periodDefaulted,
    String receipt) {

  ReportDraft {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    values = List.copyOf(values);
  }

  /** The same draft for {@code unit}. */
  ReportDraft forUnit(String unit) {
    return new ReportDraft(id, from, unit, rawText, createdAt, values, periodDefaulted, receipt);
  }

  /** Whether {@code user} is the one who sent it. */
  boolean sentBy(ChatUser user) {
    return from.channel() == user.channel() && from.userId().equals(user.userId());
  }
}
