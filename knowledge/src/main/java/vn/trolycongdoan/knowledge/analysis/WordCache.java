package vn.trolycongdoan.knowledge.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers what a pure function gave for short strings (words, characters), up to a fixed number
 * of entries; past that, it computes without remembering. Thread-safe.
 */
final class WordCache {

  private static final int MAX_LENGTH = 24;
  private static final int MAX_ENTRIES = 200_000;

  private final Map<String, String> results = new ConcurrentHashMap<>();

  String get(String input, UnaryOperator<String> function) {
    if (input.length() > MAX_LENGTH) {
      return function.apply(input);
    }
    String known = results.get(input);
    if (known != null) {
      return known;
    }
    String result = function.apply(input);
    if (results.size() < MAX_ENTRIES) {
      results.put(input, result);
    }
    return result;
  }
}
