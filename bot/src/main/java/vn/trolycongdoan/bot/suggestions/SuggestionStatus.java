package vn.trolycongdoan.bot.suggestions;

import java.util.Locale;
import java.util.Optional;
import vn.trolycongdoan.bot.ask.InvalidRequestException;

/** Where a kiến nghị stands with staff. Stored by {@link #name()}; never rename a constant. */
public enum SuggestionStatus {
  /** As it came: nobody has taken it up yet. */
  NEW,
  /** A staff member is looking into it. */
  IN_PROGRESS,
  /** Staff replied to it (or marked it answered by hand, e.g. after a phone call). */
  ANSWERED;

  /** As the API writes it: {@code new}, {@code in_progress}, {@code answered}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status written {@code key}, as a request names it.
   *
   * @throws InvalidRequestException for a missing or unknown status, naming the three
   */
  public static SuggestionStatus parse(String key) {
    if (key == null || key.isBlank()) {
      throw new InvalidRequestException(SuggestionTexts.NO_STATUS);
    }
    return ofKey(key)
        .orElseThrow(() -> new InvalidRequestException(SuggestionTexts.badStatus(key)));
  }

  /** The status written {@code key}, in any case; empty if there is none. */
  public static Optional<SuggestionStatus> ofKey(String key) {
    for (SuggestionStatus status : values()) {
      if (status.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
