package vn.trolycongdoan.bot.reports.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;

/**
 * Finds indicators by any of their names in a run of words, and the nearest name for a word that
 * names none. Immutable and thread-safe.
 */
final class IndicatorNames {

  /** An indicator named by the words {@code from} up to {@code end} (exclusive). */
  record Match(Indicator indicator, int end) {}

  /** Longer words are no typo of a name: no suggestion is looked for. */
  private static final int LONGEST_GUESS = 80;

  private final Map<String, Indicator> byKey = new HashMap<>();
  private final int longest;

  IndicatorNames(Catalogue catalogue) {
    int most = 1;
    for (Indicator indicator : catalogue.indicators()) {
      for (String name : Catalogue.names(indicator)) {
        String key = Catalogue.matchKey(name);
        byKey.put(key, indicator);
        most = Math.max(most, key.split(" ").length);
      }
    }
    this.longest = most;
  }

  /** The longest name that starts at {@code from}, if any. */
  Optional<Match> at(List<Token> words, int from) {
    for (int end = Math.min(words.size(), from + longest); end > from; end--) {
      StringBuilder key = new StringBuilder();
      for (int i = from; i < end; i++) {
        key.append(i > from ? " " : "").append(words.get(i).key());
      }
      Indicator indicator = byKey.get(key.toString());
      if (indicator != null) {
        return Optional.of(new Match(indicator, end));
      }
    }
    return Optional.empty();
  }

  /**
   * The indicator whose code or name is nearest to {@code written}, if one is near enough to be
   * what was meant: at most a third of its letters differ (and at most 3).
   */
  Optional<Indicator> nearest(String written) {
    String key = Catalogue.matchKey(written);
    if (key.length() > LONGEST_GUESS) {
      return Optional.empty();
    }
    Indicator best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, Indicator> name : byKey.entrySet()) {
      int distance = distance(key, name.getKey());
      if (distance < bestDistance
          || (distance == bestDistance && name.getValue().code().compareTo(best.code()) < 0)) {
        best = name.getValue();
        bestDistance = distance;
      }
    }
    int allowed = Math.min(3, Math.max(1, key.length() / 3));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
