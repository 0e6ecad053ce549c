package vn.trolycongdoan.bot.documents;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.documents.DocumentException.Reason;

/**
 * Runs document jobs one after another on a thread of its own and keeps what each has come to, the
 * latest {@link #KEPT} in memory (a restart forgets them, not their effect). A job's work that
 * throws ends it {@link DocumentJob.State#FAILED} with a general Vietnamese message, the cause
 * logged. Thread-safe.
 */
final class DocumentJobs implements AutoCloseable {

  static final int KEPT = 50;

  private static final long CLOSE_WAIT_SECONDS = 30;
  private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);

  /** A job's work, on the jobs' thread, given the job's id to {@link #update}. */
  @FunctionalInterface
  interface Work {
    void run(long job) throws IOException;
  }

  private final ConcurrentSkipListMap<Long, DocumentJob> jobs = new ConcurrentSkipListMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "document-changes");
            thread.setDaemon(true);
            return thread;
          });

  /** Queues {@code work} as a new job and returns it, {@link DocumentJob.State#QUEUED}. */
  DocumentJob start(DocumentJob.Kind kind, String file, String documentId, Work work) {
    long id = ids.incrementAndGet();
    DocumentJob job =
        new DocumentJob(id, kind, file, documentId, DocumentJob.State.QUEUED, 0, 0, 0, null);
    jobs.put(id, job);
    while (jobs.size() > KEPT) {
      jobs.pollFirstEntry();
    }
    worker.execute(
        () -> {
          try {
            work.run(id);
          } catch (IOException | RuntimeException e) {
            log.error("Document job {} ({} {}) failed", id, kind.key(), documentId, e);
            update(id, j -> j.failed(DocumentTexts.INDEXING_FAILED));
          }
        });
    return job;
  }

  /** Moves a job on; a job no longer kept is left alone. */
  void update(long job, UnaryOperator<DocumentJob> change) {
    jobs.computeIfPresent(job, (key, current) -> change.apply(current));
  }

  /**
   * @throws DocumentException 404 for a job not kept
   */
  DocumentJob get(long id) {
    DocumentJob job = jobs.get(id);
    if (job == null) {
      throw new DocumentException(Reason.NOT_FOUND, DocumentTexts.jobNotFound(id));
    }
    return job;
  }

  /** The jobs kept, newest first. */
  List<DocumentJob> all() {
    return List.copyOf(jobs.descendingMap().values());
  }

  /**
   * Lets the jobs queued finish (up to a bound) rather than interrupting one mid-change; a job
   * still running then is left to the indexer's own close.
   */
  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("Document jobs still running after {} s; stopping anyway", CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
