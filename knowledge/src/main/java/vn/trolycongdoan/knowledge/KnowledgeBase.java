package vn.trolycongdoan.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * The union documents, indexed and searchable: the one entry point of this library.
 *
 * <p>Thread-safe. {@link #ask} may run on many threads at once, also while {@link #refresh} runs on another;
 * searches see the previous index until a refresh commits.
 */
public final class KnowledgeBase implements Closeable {

  private KnowledgeBase() {}

  /** Opens (or creates) the index under {@code config.indexDir()}. Does not index; call {@link #refresh}. */
  public static KnowledgeBase open(KnowledgeConfig config) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /** Indexes the files of the corpus that were added or changed since the last refresh; drops removed ones. */
  public IndexReport refresh(IndexProgress progress) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /** Throws the index away and indexes the whole corpus again. */
  public IndexReport rebuild(IndexProgress progress) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /**
   * Answers a question with at most {@code k} hits, best first.
   *
   * @throws IllegalArgumentException if the question is blank or {@code k} is not positive
   */
  public AskResult ask(String question, int k) {
    throw new UnsupportedOperationException("in progress");
  }

  /** The indexed documents, ordered by file path. */
  public List<DocumentSummary> documents() {
    throw new UnsupportedOperationException("in progress");
  }

  /** One document's metadata and sections, or empty if no document has that id. */
  public Optional<DocumentOutline> document(String id) {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public void close() throws IOException {}
}
