package vn.trolycongdoan.bot.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use over a stretch of work: the peak of the heap pools, and what is still used after a GC.
 */
final class HeapGauge {

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();

  private HeapGauge() {}

  /** Collects garbage and resets the peaks, so that the figures cover only what follows. */
  static HeapGauge start() {
    System.gc();
    HeapGauge gauge = new HeapGauge();
    gauge.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    return gauge;
  }

  /** Sum of the heap pools' peaks since {@link #start}; an upper bound of the true peak. */
  long peakMegabytes() {
    return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
  }

  long retainedMegabytes() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }
}
