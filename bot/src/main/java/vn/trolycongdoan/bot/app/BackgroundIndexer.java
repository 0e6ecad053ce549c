package vn.trolycongdoan.bot.app;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.library.IndexRefresh;
import vn.trolycongdoan.bot.library.IndexingStatus;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.IndexReport.SkippedFile;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/**
 * Refreshes the index on a thread of its own so the server answers meanwhile (from the previous
 * index). A failed refresh is logged and leaves the previous index in use. The log line after a
 * refresh names the files that gave no text or could not be read. Refreshes run one after another
 * on that thread, those started here and those asked for with {@link #refreshNow}.
 */
final class BackgroundIndexer implements IndexingStatus, IndexRefresh, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BackgroundIndexer.class);
  private static final long CLOSE_WAIT_SECONDS = 30;

  private final KnowledgeBase base;

  /** Refreshes asked for and not finished yet. */
  private final AtomicInteger pending = new AtomicInteger();

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "indexer");
            thread.setDaemon(true);
            return thread;
          });

  BackgroundIndexer(KnowledgeBase base) {
    this.base = base;
  }

  /** Starts a refresh and returns at once; {@link #indexing} is true from now until it ends. */
  void refresh() {
    submit(IndexProgress.NONE);
  }

  @Override
  public IndexReport refreshNow(IndexProgress progress) throws IOException {
    Future<IndexReport> done;
    try {
      done = submit(progress);
    } catch (RejectedExecutionException e) {
      throw new IOException("the indexer is stopped", e);
    }
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for indexing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }

  private Future<IndexReport> submit(IndexProgress progress) {
    pending.incrementAndGet();
    try {
      return executor.submit(
          () -> {
            try {
              log.info("Indexing started");
              IndexReport report = base.refresh(progress);
              log.info("Indexing finished: {}", describe(report));
              return report;
            } catch (Exception e) {
              log.error("Indexing failed; answering from the previous index", e);
              throw e;
            } finally {
              pending.decrementAndGet();
            }
          });
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet();
      throw e;
    }
  }

  @Override
  public boolean indexing() {
    return pending.get() > 0;
  }

  /** Lets a running refresh finish (up to a bound) rather than interrupting it mid-write. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("Indexing still running after {} s; stopping anyway", CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String describe(IndexReport report) {
    return String.format(
        "%d files (%d added, %d updated, %d removed, %d unchanged, %d without text%s, %d failed%s),"
            + " %d passages in %d ms",
        report.files(),
        report.added(),
        report.updated(),
        report.removed(),
        report.unchanged(),
        report.empty().size(),
        named(report.empty()),
        report.failed().size(),
        named(report.failed()),
        report.passages(),
        report.took().toMillis());
  }

  /** {@code ": a.pdf (NO_TEXT_LAYER), b.docx (BROKEN: …)"}, or empty for no files. */
  private static String named(List<SkippedFile> files) {
    if (files.isEmpty()) {
      return "";
    }
    return files.stream()
        .map(
            f ->
                f.path()
                    + " ("
                    + f.reason()
                    + (f.detail().isEmpty() ? "" : ": " + f.detail())
                    + ")")
        .collect(Collectors.joining(", ", ": ", ""));
  }
}
