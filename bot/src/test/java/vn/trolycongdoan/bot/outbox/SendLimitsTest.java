package vn.trolycongdoan.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.config.OutboxSettings;

class SendLimitsTest {

  private static final long MILLI = 1_000_000L;
  private static final long SECOND = 1_000 * MILLI;
  private static final long REPLY_EVERY = 400 * MILLI;

  /**
   * 2,000 bulk messages to 2,000 chats through 8 senders and a reply every 400 ms (as the bulk
   * benchmark's members ask), each send returning 30 ms after it was taken, in simulated time: each
   * message is taken as soon as the limits allow it, the reply first.
   */
  @Test
  void free_bulk_keeps_its_whole_rate_when_every_send_takes_30_ms() {
    long[] now = {0};
    SendLimits limits = new SendLimits(OutboxSettings.DEFAULT, () -> now[0], chat -> false);
    PriorityQueue<long[]> onTheirWay = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    List<Long> taken = new ArrayList<>();
    long nextReply = 0;
    int replies = 0;
    while (taken.size() < 2_000) {
      if (now[0] >= nextReply && limits.tryTake("r" + replies, Priority.REPLY)) {
        onTheirWay.add(new long[] {now[0] + 30 * MILLI, -1 - replies});
        replies++;
        nextReply += REPLY_EVERY;
      }
      while (onTheirWay.size() < 8 && limits.tryTake(chat(taken.size()), Priority.BULK)) {
        taken.add(now[0]);
        onTheirWay.add(new long[] {now[0] + 30 * MILLI, taken.size() - 1});
      }
      long next =
          onTheirWay.size() < 8
              ? now[0] + Math.max(1, limits.waitFor(chat(taken.size()), Priority.BULK).toNanos())
              : Long.MAX_VALUE;
      next = Math.min(next, Math.max(nextReply, now[0] + 1));
      if (!onTheirWay.isEmpty() && onTheirWay.peek()[0] <= next) {
        long[] send = onTheirWay.poll();
        now[0] = Math.max(now[0], send[0]);
        if (send[1] < 0) {
          limits.end("r" + (-1 - send[1]), Priority.REPLY);
        } else {
          limits.end(chat((int) send[1]), Priority.BULK);
        }
      } else {
        now[0] = next;
      }
    }

    double perSecond = (taken.size() - 1) * (double) SECOND / (taken.get(taken.size() - 1));
    assertThat(perSecond).as("bulk messages a second, of 25").isGreaterThanOrEqualTo(24.5);
    for (int first = 0, last = 0; last < taken.size(); last++) {
      while (taken.get(last) - taken.get(first) >= SECOND) {
        first++;
      }
      assertThat(last - first + 1).as("taken in one second").isLessThanOrEqualTo(25);
    }
  }

  private static String chat(int n) {
    return Integer.toString(1_000 + n);
  }
}
