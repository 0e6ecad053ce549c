package vn.trolycongdoan.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.IndexReport.Reason;
import vn.trolycongdoan.knowledge.IndexReport.SkippedFile;
import vn.trolycongdoan.knowledge.ingest.CorpusFiles;
import vn.trolycongdoan.knowledge.ingest.DocumentParser;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;

/**
 * Brings the index in line with a corpus folder: parses and (re)indexes files whose content hash
 * changed, removes documents whose file is gone. Files are parsed on all cores. A file that fails
 * to parse is logged, skipped and named in the report's {@code failed}; its previous version, if
 * any, stays searchable. A file that gives no text (empty, or a PDF without a text layer) is named
 * in the report's {@code empty} and not indexed; its previous version is removed, and it is parsed
 * again on every refresh until it holds text.
 */
public final class CorpusIndexer {

  private static final Logger log = LoggerFactory.getLogger(CorpusIndexer.class);

  private final PassageIndex index;
  private final Path corpusDir;
  private final DocumentParser parser = new DocumentParser();

  public CorpusIndexer(PassageIndex index, Path corpusDir) {
    this.index = index;
    this.corpusDir = corpusDir;
  }

  /** Indexes what changed; with {@code full}, or when the index schema is outdated, everything. */
  public synchronized IndexReport refresh(boolean full, IndexProgress progress) throws IOException {
    long started = System.nanoTime();
    boolean rebuild = full || !index.schemaCurrent() && !index.records().isEmpty();
    Map<String, String> indexed = new HashMap<>();
    if (rebuild) {
      index.writer().deleteAll();
    } else {
      index.records().forEach(r -> indexed.put(r.docId(), r.hash()));
    }
    List<Path> files = CorpusFiles.list(corpusDir);
    Tally tally = indexFiles(files, indexed, progress);
    int removed = 0;
    for (String gone : indexed.keySet()) {
      if (!tally.seen.contains(gone)) {
        index.writer().deleteDocuments(new Term(IndexFields.DOC_ID, gone));
        removed++;
      }
    }
    index.commit();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new IndexReport(
        files.size(),
        tally.added.get(),
        tally.updated.get(),
        removed,
        tally.unchanged.get(),
        sorted(tally.empty),
        sorted(tally.failed),
        index.passageCount(),
        took);
  }

  private Tally indexFiles(List<Path> files, Map<String, String> indexed, IndexProgress progress)
      throws IOException {
    Tally tally = new Tally();
    AtomicInteger done = new AtomicInteger();
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
        futures.add(
            pool.submit(
                () -> {
                  indexFile(file, indexed, tally);
                  progress.fileDone(done.incrementAndGet(), files.size(), relative(file));
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        await(future);
      }
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }

  private void indexFile(Path file, Map<String, String> indexed, Tally tally) {
    String docId = DocumentParser.docId(corpusDir, file);
    tally.seen.add(docId);
    String previousHash = indexed.get(docId);
    try {
      if (previousHash != null && previousHash.equals(DocumentParser.contentHash(file))) {
        tally.unchanged.incrementAndGet();
        return;
      }
      SourceDocument source = parser.parse(corpusDir, file);
      IndexWriter writer = index.writer();
      Term id = new Term(IndexFields.DOC_ID, docId);
      if (source.text().isEmpty()) {
        writer.deleteDocuments(id);
        tally.empty.add(new SkippedFile(relative(file), emptyReason(file), ""));
        log.warn("Skipped {}: no text", file);
        return;
      }
      writer.updateDocuments(id, PassageDocuments.of(source, writer.getAnalyzer()));
      (previousHash == null ? tally.added : tally.updated).incrementAndGet();
    } catch (IOException | RuntimeException e) {
      tally.failed.add(
          new SkippedFile(relative(file), Reason.BROKEN, String.valueOf(e.getMessage())));
      log.warn("Skipped {}: {}", file, e.getMessage());
    }
  }

  private static Reason emptyReason(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
        ? Reason.NO_TEXT_LAYER
        : Reason.EMPTY_FILE;
  }

  private String relative(Path file) {
    return corpusDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static List<SkippedFile> sorted(Collection<SkippedFile> files) {
    return files.stream().sorted(Comparator.comparing(SkippedFile::path)).toList();
  }

  private static void await(Future<?> future) throws IOException {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IOException("indexing failed", e.getCause());
    }
  }

  private static final class Tally {
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final Queue<SkippedFile> empty = new ConcurrentLinkedQueue<>();
    final Queue<SkippedFile> failed = new ConcurrentLinkedQueue<>();
  }
}
