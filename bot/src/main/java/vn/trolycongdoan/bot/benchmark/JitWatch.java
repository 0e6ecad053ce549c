package vn.trolycongdoan.bot.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Tells when the JIT compilers have settled, so that measuring starts on compiled code: for the
 * first tens of thousands of questions the compilers take up to a core of their own, which would
 * count against throughput and CPU per request. Not thread-safe.
 */
final class JitWatch {

  /** Settled: the compilers spent less than this share of the wall time compiling. */
  private static final double QUIET_SHARE = 0.02;

  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private long compileMillis = jit.getTotalCompilationTime();
  private long wallNanos = System.nanoTime();

  /** Whether the compilers were quiet since the last call (or since this watch was made). */
  boolean settled() {
    long compiled = jit.getTotalCompilationTime();
    long wall = System.nanoTime();
    boolean quiet = (compiled - compileMillis) * 1e6 < QUIET_SHARE * (wall - wallNanos);
    compileMillis = compiled;
    wallNanos = wall;
    return quiet;
  }

  /** How many items warmed the service up, and whether the JIT compilers were quiet then. */
  record WarmUp(int items, boolean jitSettled) {}

  /** One warm-up round: the items from {@code first} on. */
  @FunctionalInterface
  interface Round {
    void run(int first) throws Exception;
  }

  /**
   * Runs rounds of {@code round} items until one passes with the compilers quiet, or until {@code
   * maxRounds} rounds.
   */
  static WarmUp warmUp(int round, int maxRounds, Round work) throws Exception {
    JitWatch jit = new JitWatch();
    int done = 0;
    boolean settled;
    do {
      work.run(done);
      done += round;
      settled = jit.settled();
    } while (!settled && done < maxRounds * round);
    return new WarmUp(done, settled);
  }
}
