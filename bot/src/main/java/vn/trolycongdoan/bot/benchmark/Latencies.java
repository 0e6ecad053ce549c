package vn.trolycongdoan.bot.benchmark;

import java.util.Arrays;
import java.util.Locale;

/**
 * Recorded durations in nanoseconds and their percentiles. Not thread-safe: record from one thread.
 */
final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  void record(long durationNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = durationNanos;
  }

  void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      record(other.nanos[i]);
    }
  }

  int count() {
    return size;
  }

  /** The {@code p}-th percentile (0–100) in milliseconds. */
  double percentileMillis(double p) {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
  }

  double meanMillis() {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += nanos[i];
    }
    return size == 0 ? 0 : sum / 1e6 / size;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "trung bình %.3f ms, p50 %.3f ms, p99 %.3f ms (%d mẫu)",
        meanMillis(),
        percentileMillis(50),
        percentileMillis(99),
        size);
  }
}
