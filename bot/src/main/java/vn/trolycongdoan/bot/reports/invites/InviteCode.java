package vn.trolycongdoan.bot.reports.invites;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * An invite code: 10 characters drawn uniformly from 30 letters and digits that cannot be mistaken
 * for one another on a phone (no 0/O, 1/I/L, U/V), about 49 bits, shown as {@code K7MQ4-XRTAB}.
 * People may type it in any case, with or without the dash or spaces.
 *
 * @param canonical the 10 characters, upper case, without the dash
 */
public record InviteCode(String canonical) {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
  static final int LENGTH = 10;

  private static final RandomGenerator RANDOM = new SecureRandom();

  public InviteCode {
    if (canonical.length() != LENGTH
        || !canonical.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new IllegalArgumentException("not an invite code: " + canonical);
    }
  }

  /** A new code from a cryptographically strong random source; thread-safe. */
  public static InviteCode random() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new InviteCode(code.toString());
  }

  /** The code someone typed, if it can be one: case, spaces and dashes are ignored. */
  public static Optional<InviteCode> typed(String text) {
    String compact = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    try {
      return Optional.of(new InviteCode(compact));
    } catch (IllegalArgumentException notACode) {
      return Optional.empty();
    }
  }

  /** As shown to people: {@code K7MQ4-XRTAB}. */
  @Override
  public String toString() {
    return canonical.substring(0, LENGTH / 2) + "-" + canonical.substring(LENGTH / 2);
  }
}
