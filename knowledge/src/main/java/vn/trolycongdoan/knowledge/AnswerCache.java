package vn.trolycongdoan.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.BiFunction;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * The answers given since the last index commit, by question (exactly as asked) and number of hits,
 * at most {@code size} of them; the least recently used go first. Size 0 keeps nothing.
 *
 * <p>Thread-safe. {@link #clear} starts an empty cache: an answer being computed while it runs is
 * stored in the one it replaces, so no answer from the previous index survives the clearing.
 */
final class AnswerCache {

  private final int size;
  private volatile Cache<Key, AskResult> answers;

  /**
   * @throws IllegalArgumentException if {@code size} is negative
   */
  AnswerCache(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("cache size must not be negative: " + size);
    }
    this.size = size;
    this.answers = size == 0 ? null : newCache();
  }

  /**
   * The cached answer, or the one {@code answer} gives, then cached. Two threads asking the same
   * new question at once may both compute it; no lock is held while answering. Exceptions pass
   * through and nothing is cached.
   */
  AskResult get(String question, int k, BiFunction<String, Integer, AskResult> answer) {
    Cache<Key, AskResult> current = answers;
    if (current == null) {
      return answer.apply(question, k);
    }
    Key key = new Key(question, k);
    AskResult known = current.getIfPresent(key);
    if (known != null) {
      return known;
    }
    AskResult result = answer.apply(question, k);
    current.put(key, result);
    return result;
  }

  /** Forgets every answer; call after the index has committed, so later questions see it. */
  void clear() {
    if (size > 0) {
      answers = newCache();
    }
  }

  private Cache<Key, AskResult> newCache() {
    return Caffeine.newBuilder().maximumSize(size).build();
  }

  private record Key(String question, int k) {}
}
