package vn.trolycongdoan.bot.broadcasts;

import java.util.Map;
import vn.trolycongdoan.bot.outbox.OutboxState;

/**
 * A broadcast's recipients by how their message went, from its outbox rows.
 *
 * @param queued not settled yet: waiting, being sent, or held while the broadcast is paused
 * @param sent accepted by Telegram
 * @param blocked the chat blocked the bot
 * @param failed refused for good, or given up after retrying
 * @param unknown being sent when the service stopped; not sent again
 * @param cancelled not sent because the broadcast was cancelled
 */
public record BroadcastCounts(
    int queued, int sent, int blocked, int failed, int unknown, int cancelled) {

  /** The counts of a broadcast's outbox rows by state. */
  static BroadcastCounts of(Map<OutboxState, Integer> rows) {
    return new BroadcastCounts(
        count(rows, OutboxState.QUEUED)
            + count(rows, OutboxState.SENDING)
            + count(rows, OutboxState.PAUSED),
        count(rows, OutboxState.SENT),
        count(rows, OutboxState.BLOCKED),
        count(rows, OutboxState.FAILED),
        count(rows, OutboxState.UNKNOWN),
        count(rows, OutboxState.CANCELLED));
  }

  private static int count(Map<OutboxState, Integer> rows, OutboxState state) {
    return rows.getOrDefault(state, 0);
  }
}
