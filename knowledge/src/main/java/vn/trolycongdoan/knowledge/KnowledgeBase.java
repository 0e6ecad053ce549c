package vn.trolycongdoan.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.answer.AnswerExtractor;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;
import vn.trolycongdoan.knowledge.index.CorpusIndexer;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;
import vn.trolycongdoan.knowledge.index.PassageRole;
import vn.trolycongdoan.knowledge.search.PassageSearcher;
import vn.trolycongdoan.knowledge.search.ScoredPassage;
import vn.trolycongdoan.knowledge.search.SearchResult;

/**
 * The union documents, indexed and searchable: the one entry point of this library.
 *
 * <p>Thread-safe. {@link #ask} may run on many threads at once, also while {@link #refresh} runs on
 * another; searches see the previous index until a refresh commits.
 */
public final class KnowledgeBase implements Closeable {

  /** Longest question accepted, in characters. */
  public static final int MAX_QUESTION_LENGTH = 500;

  static final String NOT_FOUND_SUGGESTION =
      "Không tìm thấy nội dung phù hợp trong các văn bản đã có. "
          + "Hãy hỏi ngắn gọn hơn bằng những từ văn bản hay dùng (ví dụ: “thỏa ước lao động tập thể”, "
          + "“Mái ấm Công đoàn”, “nghỉ hằng năm”), hoặc xem danh sách văn bản để chọn đúng văn bản cần tra.";

  /**
   * How many of the search's best passages get their answer sentence picked and are reordered by
   * it.
   */
  private static final int RERANKED = 5;

  private final PassageIndex index;
  private final CorpusIndexer indexer;
  private final PassageSearcher searcher;
  private final AnswerExtractor extractor;
  private final AnswerCache answers;

  private KnowledgeBase(KnowledgeConfig config, VietnameseAnalysis analysis, PassageIndex index) {
    this.index = index;
    this.indexer = new CorpusIndexer(index, config.corpusDir());
    this.searcher = new PassageSearcher(index, analysis, config.minRelevance());
    this.extractor = new AnswerExtractor(analysis.folded());
    this.answers = new AnswerCache(config.askCacheSize());
  }

  /**
   * Opens (or creates) the index under {@code config.indexDir()}. Does not index; call {@link
   * #refresh}.
   *
   * @throws IllegalArgumentException if a synonym rule is malformed (the message names it)
   * @throws vn.trolycongdoan.knowledge.index.IndexInUseException if another process holds the index
   */
  public static KnowledgeBase open(KnowledgeConfig config) throws IOException {
    VietnameseAnalysis analysis = VietnameseAnalysis.create(config.synonyms());
    PassageIndex index = PassageIndex.open(config.indexDir(), IndexFields.indexAnalyzer(analysis));
    return new KnowledgeBase(config, analysis, index);
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
   * Answers a question with at most {@code k} hits, best first. No hit is returned that covers too
   * little of the question; the result then carries a suggestion instead. A question asked again
   * exactly so, with the same {@code k}, since the last refresh is answered from a cache (see
   * {@link KnowledgeConfig#askCacheSize}).
   *
   * @throws IllegalArgumentException if the question is blank or too long, or {@code k} is not
   *     positive
   */
  public AskResult ask(String question, int k) {
    return answers.get(question, k, this::answer);
  }

  private AskResult answer(String question, int k) {
    if (question == null || question.isBlank() || question.length() > MAX_QUESTION_LENGTH) {
      throw new IllegalArgumentException(
          "question must have 1 to " + MAX_QUESTION_LENGTH + " characters");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    SearchResult found = searcher.search(question, Math.max(k, RERANKED));
    List<Answered> answered = new ArrayList<>();
    for (ScoredPassage passage : found.passages()) {
      if (answered.size() >= k && passage.rank() < kthRank(answered, k)) {
        break;
      }
      index
          .summary(passage.docId())
          .ifPresent(
              doc ->
                  answered.add(
                      new Answered(
                          passage,
                          extractor.extract(
                              passage.text(),
                              passage.section() + "\n" + passage.heading(),
                              found.termWeights(),
                              evidence(found.asked(), doc)),
                          doc)));
    }
    answered.sort(Comparator.comparingDouble(Answered::rank).reversed());
    List<AnswerHit> hits = answered.stream().limit(k).map(Answered::hit).toList();
    return new AskResult(question, hits, hits.isEmpty() ? NOT_FOUND_SUGGESTION : null);
  }

  /**
   * The k-th best final rank so far. Passages come in search-rank order and the final rank never
   * exceeds the search rank, so once a passage's search rank is below this, neither it nor any
   * after it can make the top k.
   */
  private static double kthRank(List<Answered> answered, int k) {
    return answered.stream()
        .mapToDouble(Answered::rank)
        .sorted()
        .skip(answered.size() - k)
        .findFirst()
        .orElse(0);
  }

  /** The text that shows what the question asks for: the signer's name, the place-and-date line. */
  private static List<String> evidence(Set<PassageRole> asked, DocumentSummary doc) {
    return asked.stream()
        .map(role -> role.evidence(doc.signer(), doc.place()))
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * A found passage with its answer. Its final rank weighs the search rank by how concentrated the
   * question's words are in the answer sentence: a passage that answers in one sentence beats one
   * that has the words scattered.
   */
  private record Answered(
      ScoredPassage passage, AnswerExtractor.Extract extract, DocumentSummary doc) {

    double rank() {
      return passage.rank() * extract.concentration();
    }

    AnswerHit hit() {
      return new AnswerHit(
          doc.file(),
          doc.id(),
          doc.title(),
          doc.number(),
          doc.date(),
          passage.section(),
          "",
          passage.heading(),
          passage.text(),
          extract.answer(),
          extract.highlights(),
          rank());
    }
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
