package vn.trolycongdoan.bot.broadcasts;

import java.util.Locale;
import java.util.Objects;

/**
 * Who a broadcast goes to.
 *
 * @param kind all subscribers, the reporters of a unit, or the members who chose a tag
 * @param unitCode the unit, upper case, for {@link Kind#UNIT}; {@code null} otherwise
 * @param subtree for {@link Kind#UNIT}: the units below it too
 * @param tag the tag for {@link Kind#TAG}; {@code null} otherwise
 */
public record Audience(Kind kind, String unitCode, boolean subtree, String tag) {

  /** The kinds of audience. Stored by {@link #name()}; never rename a constant. */
  public enum Kind {
    ALL,
    UNIT,
    TAG;

    /** As the API writes it: {@code all}, {@code unit}, {@code tag}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Audience {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.UNIT) != (unitCode != null) || (kind == Kind.TAG) != (tag != null)) {
      throw new IllegalArgumentException(
          "Audience " + kind + " with unit " + unitCode + " and tag " + tag);
    }
  }

  public static Audience all() {
    return new Audience(Kind.ALL, null, false, null);
  }

  public static Audience unit(String code, boolean subtree) {
    return new Audience(Kind.UNIT, code.toUpperCase(Locale.ROOT), subtree, null);
  }

  /** The members who chose the tag of {@code key} ({@code /chude}). */
  public static Audience tag(String key) {
    return new Audience(Kind.TAG, null, false, key);
  }
}
