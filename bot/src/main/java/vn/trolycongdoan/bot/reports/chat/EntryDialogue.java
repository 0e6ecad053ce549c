package vn.trolycongdoan.bot.reports.chat;

import java.util.Objects;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * A guided entry ({@code /baocao} alone) under way, one per person.
 *
 * @param from who is entering
 * @param unitCode the unit; {@code null} until picked
 * @param period the period in its API form ({@code 2024-H2}); empty for the indicators' open
 *     periods, {@code null} until chosen
 * @param step the position in the catalogue of the indicator asked next
 * @param answers what was entered so far, as {@code CODE=VALUE} pairs joined by commas
 */
record EntryDialogue(ChatUser from, String unitCode, String period, int step, String answers) {

  EntryDialogue {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(answers, "answers");
  }

  EntryDialogue withUnit(String unit) {
    return new EntryDialogue(from, unit, period, step, answers);
  }

  EntryDialogue withPeriod(String period) {
    return new EntryDialogue(from, unitCode, period, step, answers);
  }

  /** The next step, with {@code pair} added when not {@code null}. */
  EntryDialogue next(String pair) {
    String added = pair == null ? answers : answers.isEmpty() ? pair : answers + ", " + pair;
    return new EntryDialogue(from, unitCode, period, step + 1, added);
  }

  /** The whole entry as a {@code /baocao} argument: period, unit, pairs. */
  String asReport() {
    return (period.isEmpty() ? "" : period + " ") + unitCode + " " + answers;
  }
}
