package vn.trolycongdoan.bot.inbox;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks so that one chat's tasks run one at a time in the order given, while other chats go on
 * in parallel: a fixed set of single-thread workers, a chat always on the same one. Thread-safe.
 * Threads are daemons, so a forgotten {@link #close} does not keep the JVM alive.
 */
final class OrderedWorkers {

  private final ExecutorService[] workers;

  OrderedWorkers(String name, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    workers = new ExecutorService[threads];
    for (int i = 0; i < threads; i++) {
      String threadName = name + "-" + i;
      workers[i] =
          Executors.newSingleThreadExecutor(
              task -> {
                Thread thread = new Thread(task, threadName);
                thread.setDaemon(true);
                return thread;
              });
    }
  }

  /** Queues a task for the chat; returns {@code false} (and drops it) once closing has begun. */
  boolean execute(String chatKey, Runnable task) {
    try {
      workers[Math.floorMod(chatKey.hashCode(), workers.length)].execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * Stops taking tasks, lets queued ones finish for up to {@code grace}, then interrupts what still
   * runs.
   *
   * @return whether every worker stopped
   */
  boolean close(Duration grace) {
    for (ExecutorService worker : workers) {
      worker.shutdown();
    }
    long deadline = System.nanoTime() + grace.toNanos();
    boolean stopped = awaitAll(deadline);
    if (!stopped) {
      for (ExecutorService worker : workers) {
        worker.shutdownNow();
      }
      stopped = awaitAll(System.nanoTime() + grace.toNanos());
    }
    return stopped;
  }

  private boolean awaitAll(long deadline) {
    try {
      for (ExecutorService worker : workers) {
        if (!worker.awaitTermination(
            Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          return false;
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
