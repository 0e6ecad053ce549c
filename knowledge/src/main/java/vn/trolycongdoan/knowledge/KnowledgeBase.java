package vn.trolycongdoan.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.knowledge.analysis.Paraphrases;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.answer.AnswerExtractor;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;
import vn.trolycongdoan.knowledge.index.CorpusIndexer;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.DocumentParser;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;
import vn.trolycongdoan.knowledge.search.ArticlePassages;
import vn.trolycongdoan.knowledge.search.Confidence;
import vn.trolycongdoan.knowledge.search.PassageSearcher;
import vn.trolycongdoan.knowledge.search.QuestionDomain;
import vn.trolycongdoan.knowledge.search.Ranking;

/**
 * The union documents, indexed and searchable: the one entry point of this library.
 *
 * <p>Thread-safe. {@link #ask} may run on many threads at once, also while {@link #refresh} runs on
 * another; searches see the previous index until a refresh commits.
 */
public final class KnowledgeBase implements Closeable {

  /**
   * Longest question accepted, in characters as a reader counts them (Unicode code points, so an
   * emoji is one); see {@link #length}.
   */
  public static final int MAX_QUESTION_LENGTH = 500;

  /** A question's length as {@link #MAX_QUESTION_LENGTH} measures it: its code points. */
  public static int length(String question) {
    return question.codePointCount(0, question.length());
  }

  /**
   * How to ask again, with examples; it does not say that nothing was found (the empty results say
   * that, and a chat puts it in its own words before this hint).
   */
  static final String NOT_FOUND_SUGGESTION =
      "Bạn có thể hỏi lại ngắn gọn, mỗi lần một ý, bằng những từ văn bản hay dùng, ví dụ: "
          + "“nghỉ hằng năm”, “nghỉ thai sản”, “kinh phí công đoàn”, “Mái ấm Công đoàn”.";

  private final PassageIndex index;
  private final CorpusIndexer indexer;
  private final Answerer answerer;
  private final ArticleAnswers articles;
  private final AnswerCache answers;

  private KnowledgeBase(
      KnowledgeConfig config,
      VietnameseAnalysis analysis,
      Paraphrases paraphrases,
      PassageIndex index) {
    this.index = index;
    this.indexer = new CorpusIndexer(index, config.corpusDir());
    Ranking ranking = Ranking.trained();
    AnswerExtractor extractor = new AnswerExtractor(analysis.folded());
    this.answerer =
        new Answerer(
            index,
            new PassageSearcher(index, analysis, ranking),
            paraphrases,
            extractor,
            ranking,
            Confidence.trained(),
            QuestionDomain.trained(),
            config.minRelevance());
    this.articles =
        new ArticleAnswers(index, new ArticlePassages(index, analysis.folded()), extractor);
    this.answers = new AnswerCache(config.askCacheSize());
  }

  /**
   * Opens (or creates) the index under {@code config.indexDir()}. Does not index; call {@link
   * #refresh}.
   *
   * @throws IllegalArgumentException if a synonym rule is malformed (the message names it) or a
   *     paraphrase rule is (the message names its line)
   * @throws vn.trolycongdoan.knowledge.index.IndexInUseException if another process holds the index
   */
  public static KnowledgeBase open(KnowledgeConfig config) throws IOException {
    VietnameseAnalysis analysis = VietnameseAnalysis.create(config.synonyms());
    Paraphrases paraphrases = Paraphrases.parse(config.paraphrases());
    PassageIndex index = PassageIndex.open(config.indexDir(), IndexFields.indexAnalyzer(analysis));
    return new KnowledgeBase(config, analysis, paraphrases, index);
  }

  /**
   * Opens the index under {@code config.indexDir()} for asking only, as it was last committed: no
   * lock is taken, so this works while another process (the server) holds the index. {@link
   * #refresh} and {@link #rebuild} then throw {@link IllegalStateException}.
   *
   * @return empty if there is no index yet
   * @throws IllegalArgumentException if a synonym or paraphrase rule is malformed
   */
  public static Optional<KnowledgeBase> openReadOnly(KnowledgeConfig config) throws IOException {
    VietnameseAnalysis analysis = VietnameseAnalysis.create(config.synonyms());
    Paraphrases paraphrases = Paraphrases.parse(config.paraphrases());
    Optional<PassageIndex> index = PassageIndex.openReadOnly(config.indexDir());
    if (index.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new KnowledgeBase(config, analysis, paraphrases, index.get()));
  }

  /**
   * Indexes the files of the corpus that were added or changed since the last refresh; drops
   * removed ones.
   */
  public IndexReport refresh(IndexProgress progress) throws IOException {
    try {
      return indexer.refresh(false, progress);
    } finally {
      answers.clear();
    }
  }

  /** Indexes the whole corpus again; searches see the old index until the new one is committed. */
  public IndexReport rebuild(IndexProgress progress) throws IOException {
    try {
      return indexer.refresh(true, progress);
    } finally {
      answers.clear();
    }
  }

  /**
   * Answers a question with at most {@code k} hits, best first. A question that names an article
   * ("Điều 35", "khoản 2 Điều 113 Bộ luật Lao động") gets that article or khoản first; one that
   * does not exist gets no hit and a suggestion saying so. No hit is returned that is unlikely to
   * be right ({@link Confidence}); the result then carries a suggestion instead. A question asked
   * again exactly so, with the same {@code k}, since the last refresh is answered from a cache (see
   * {@link KnowledgeConfig#askCacheSize}).
   *
   * @throws IllegalArgumentException if the question is blank or too long, or {@code k} is not
   *     positive
   */
  public AskResult ask(String question, int k) {
    return answers.get(question, k, this::answer);
  }

  private AskResult answer(String question, int k) {
    if (question == null || question.isBlank() || length(question) > MAX_QUESTION_LENGTH) {
      throw new IllegalArgumentException(
          "question must have 1 to " + MAX_QUESTION_LENGTH + " characters");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    Optional<ArticleAnswers.Found> article = articles.find(question);
    if (article.isPresent() && article.get().hits().isEmpty()) {
      return new AskResult(question, List.of(), article.get().missing());
    }
    List<AnswerHit> hits = answerer.ask(question, k);
    if (article.isPresent()) {
      hits = article.get().before(hits, k);
    }
    return new AskResult(question, hits, hits.isEmpty() ? NOT_FOUND_SUGGESTION : null);
  }

  /** The answering behind {@link #ask}, for training the ranking. */
  Answerer answerer() {
    return answerer;
  }

  /** The indexed documents, ordered by id. */
  public List<DocumentSummary> documents() {
    return index.summaries();
  }

  /** One document's metadata and sections, or empty if no document has that id. */
  public Optional<DocumentOutline> document(String id) {
    try {
      return index.outline(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one file as indexing would, without indexing it: its metadata (a sidecar beside it
   * included) and how many passages it gives, 0 when it holds no text (empty, or a PDF without a
   * text layer). For checking an upload before it goes into the corpus. Thread-safe.
   *
   * @return the file's summary, its id being its name without extension
   * @throws IOException if the file cannot be read or parsed (a broken .docx or .pdf, not UTF-8, an
   *     unsupported type, a bad sidecar)
   */
  public static DocumentSummary inspect(Path file) throws IOException {
    SourceDocument source = new DocumentParser().parse(file.getParent(), file);
    DocumentMetadata metadata = source.metadata();
    return new DocumentSummary(
        source.docId(),
        source.fileName(),
        metadata.kind(),
        metadata.number(),
        metadata.title(),
        metadata.date() == null ? null : metadata.date().toString(),
        metadata.issuer(),
        metadata.place(),
        metadata.signer(),
        source.text().isBlank() ? 0 : source.passages().size());
  }

  /** Number of passages searchable now. */
  public int passageCount() {
    try {
      return index.passageCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
