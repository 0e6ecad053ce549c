package vn.trolycongdoan.knowledge.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * Remembers what a pure function gave for short strings (words, characters), up to a fixed number
 * of entries; past that, it computes without remembering. A longer string (a question) is
 * remembered among the last few only (up to {@link #MAX_RECENT_LENGTH} characters): the steps of
 * answering one question each normalise it again, and a question seldom comes back later.
 * Thread-safe.
 */
final class WordCache {

  private static final int MAX_LENGTH = 24;
  private static final int MAX_ENTRIES = 200_000;

  /** Slots for longer strings, each holding the last one whose hash falls into it. */
  private static final int RECENT_SLOTS = 64;

  /** Longer strings (texts being indexed) are not remembered at all. */
  private static final int MAX_RECENT_LENGTH = 2_000;

  private record Entry(String input, String result) {}

  private final Map<String, String> results = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<Entry> recent = new AtomicReferenceArray<>(RECENT_SLOTS);

  String get(String input, UnaryOperator<String> function) {
    if (input.length() > MAX_RECENT_LENGTH) {
      return function.apply(input);
    }
    if (input.length() > MAX_LENGTH) {
      return recent(input, function);
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

  private String recent(String input, UnaryOperator<String> function) {
    int slot = input.hashCode() & (RECENT_SLOTS - 1);
    Entry known = recent.get(slot);
    if (known != null && known.input().equals(input)) {
      return known.result();
    }
    String result = function.apply(input);
    recent.set(slot, new Entry(input, result));
    return result;
  }
}
