package vn.trolycongdoan.knowledge.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * The Lucene index on disk: one writer, a searcher manager, and the catalogue of indexed documents.
 *
 * <p>Thread-safe. Searchers see the last committed state; {@link #commit} makes new writes visible.
 */
public final class PassageIndex implements Closeable {

  private static final String SCHEMA_KEY = "schema";

  /**
   * Indexes of at most this many Lucene documents (passages and document records) are merged into
   * one segment whenever a commit changes them. Indexing on several threads writes one segment per
   * thread; with one segment, a search looks up each term and sets up each scorer once, not once
   * per segment, which matters most for small indexes where that set-up is much of the work.
   * Merging the bundled corpus takes a fraction of a second; larger indexes keep Lucene's own merge
   * policy, so that a refresh never rewrites a large index.
   */
  static final int MERGE_TO_ONE_SEGMENT_UP_TO = 50_000;

  private final Directory directory;
  private final IndexWriter writer;
  private final NormsInMemorySearchers searchers;
  private volatile Map<String, DocumentRecord> catalog;

  private PassageIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new NormsInMemorySearchers(writer);
    this.catalog = loadCatalog();
  }

  private PassageIndex(Directory directory, DirectoryReader committed) throws IOException {
    this.directory = directory;
    this.writer = null;
    this.searchers = new NormsInMemorySearchers(committed);
    this.catalog = loadCatalog();
  }

  /**
   * Opens the last commit of the index in {@code dir} for searching only: takes no lock, so it
   * works while another process (the server) holds the index for writing, and sees what that
   * process had committed when this one opened it. {@link #writer} and {@link #commit} then fail.
   *
   * @return empty if {@code dir} holds no index yet
   */
  public static Optional<PassageIndex> openReadOnly(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      return Optional.empty();
    }
    return Optional.of(new PassageIndex(directory, DirectoryReader.open(directory)));
  }

  /**
   * Opens the index in {@code dir}, creating it if missing.
   *
   * @throws IndexInUseException if another process holds the index open
   */
  public static PassageIndex open(Path dir, Analyzer analyzer) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(256)
            .setUseCompoundFile(false);
    try {
      return new PassageIndex(directory, new IndexWriter(directory, config));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexInUseException(dir, e);
    }
  }

  /** Whether the index on disk was built with the current fields and analysis. */
  boolean schemaCurrent() {
    return IndexFields.SCHEMA.equals(commitData().get(SCHEMA_KEY));
  }

  IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("The index was opened read-only");
    }
    return writer;
  }

  /**
   * Makes all writes durable and visible to searchers, and reloads the catalogue. A small index
   * that changed is merged into one segment first (see {@link #MERGE_TO_ONE_SEGMENT_UP_TO}).
   */
  void commit() throws IOException {
    if (writer.hasUncommittedChanges()
        && writer.getDocStats().maxDoc <= MERGE_TO_ONE_SEGMENT_UP_TO) {
      writer.forceMerge(1);
    }
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, IndexFields.SCHEMA).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
    catalog = loadCatalog();
  }

  /** Acquires the current searcher; give it back with {@link #release}. */
  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  Collection<DocumentRecord> records() {
    return catalog.values();
  }

  /** The indexed documents, ordered by id. */
  public List<DocumentSummary> summaries() {
    return catalog.values().stream().map(DocumentRecord::summary).toList();
  }

  public Optional<DocumentSummary> summary(String docId) {
    return Optional.ofNullable(catalog.get(docId)).map(DocumentRecord::summary);
  }

  /** The outline of a document with each section's text, read from the stored record. */
  public Optional<DocumentOutline> outline(String docId) throws IOException {
    DocumentRecord record = catalog.get(docId);
    if (record == null) {
      return Optional.empty();
    }
    IndexSearcher searcher = acquire();
    try {
      ScoreDoc[] hits = searcher.search(recordQuery(docId), 1).scoreDocs;
      if (hits.length == 0) {
        return Optional.empty();
      }
      String text = searcher.storedFields().document(hits[0].doc).get(IndexFields.BODY);
      return Optional.of(record.outline(text));
    } finally {
      release(searcher);
    }
  }

  private Map<String, DocumentRecord> loadCatalog() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      var query = new TermQuery(new Term(IndexFields.TYPE, IndexFields.DOCUMENT));
      Map<String, DocumentRecord> records = new TreeMap<>();
      for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc, Set.of(IndexFields.RECORD));
        DocumentRecord record = DocumentRecord.fromJson(doc.get(IndexFields.RECORD));
        records.put(record.docId(), record);
      }
      return Collections.unmodifiableMap(records);
    } finally {
      release(searcher);
    }
  }

  static BooleanQuery recordQuery(String docId) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.DOCUMENT)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.DOC_ID, docId)), Occur.FILTER)
        .build();
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new LinkedHashMap<>();
    if (writer == null) {
      return data;
    }
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** Number of passages currently searchable. */
  public int passageCount() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.PASSAGE)));
    } finally {
      release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer, directory);
  }
}
