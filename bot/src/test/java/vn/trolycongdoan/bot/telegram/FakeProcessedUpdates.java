package vn.trolycongdoan.bot.telegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link ProcessedUpdates} in memory; keeps every claim asked for, so a test can see duplicates
 * were checked.
 */
public final class FakeProcessedUpdates implements ProcessedUpdates {

  private final Set<List<Long>> claimed = new HashSet<>();
  private final List<Long> asked = new ArrayList<>();

  @Override
  public synchronized boolean claim(long botId, long updateId) {
    asked.add(updateId);
    return claimed.add(List.of(botId, updateId));
  }

  /** Every update id a claim was asked for, in order, repeats included. */
  public synchronized List<Long> asked() {
    return List.copyOf(asked);
  }
}
