package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.trolycongdoan.knowledge.index.IndexFields;

/**
 * The member questions ({@link vn.trolycongdoan.knowledge.ingest.MemberQuestions}) most like a
 * question, by BM25 over their words and word pairs, and how much each article (and khoản) they
 * name is like the question: the score of its best member question over that of the best of all. An
 * article a member asks about in words its text never uses is found so.
 *
 * <p>Thread-safe. The names of member questions are read once per index reader.
 */
final class MemberQuestionHits {

  /** How many member questions are looked at per question. */
  static final int HITS = 20;

  /**
   * How many of the best articles (or khoản) found so are made candidates when BM25 missed them.
   */
  static final int CANDIDATES = 3;

  /** Passages of one article made candidates at most. */
  static final int PASSAGES_PER_ARTICLE = 12;

  /**
   * What a member question names: the document and article (or, outside any article, the section
   * label), and the khoản or empty.
   */
  record Named(String docId, String article, String clause) {}

  /**
   * How like the question the best member question of an article or khoản is: its BM25 score over
   * that of the best member question of all ({@code score}), and the weighted share of the
   * question's words it holds ({@code words}).
   */
  record Likeness(double score, double words) {

    static final Likeness NONE = new Likeness(0, 0);

    Likeness max(Likeness other) {
      return new Likeness(Math.max(score, other.score), Math.max(words, other.words));
    }
  }

  /** The articles and khoản the best member questions name, best first. */
  record Found(Map<Named, Likeness> likeness) {

    static final Found NONE = new Found(Map.of());

    /** How like the question the member questions of a passage's article, or of its khoản, are. */
    Likeness of(String docId, String article, String clause) {
      if (likeness.isEmpty() || article.isEmpty()) {
        return Likeness.NONE;
      }
      Likeness whole = likeness.getOrDefault(new Named(docId, article, ""), Likeness.NONE);
      return whole.max(ofKhoan(docId, article, clause));
    }

    /** How like the question the member questions written for a passage's own khoản are. */
    Likeness ofKhoan(String docId, String article, String clause) {
      String khoan = khoan(clause);
      return khoan.isEmpty() || article.isEmpty()
          ? Likeness.NONE
          : likeness.getOrDefault(new Named(docId, article, khoan), Likeness.NONE);
    }
  }

  private final PerReader<ConcurrentMap<Integer, Named>> names =
      new PerReader<>(reader -> new ConcurrentHashMap<>());
  private final PerReader<ConcurrentMap<Named, List<Placed>>> placedByArticle =
      new PerReader<>(reader -> new ConcurrentHashMap<>());
  private final PerReader<ConcurrentMap<String, Boolean>> documents =
      new PerReader<>(reader -> new ConcurrentHashMap<>());

  /**
   * Whether member questions were written for the document {@code docId}: a passage of one without
   * is neither like nor unlike them.
   */
  boolean written(IndexSearcher searcher, String docId) {
    return documents
        .of(searcher.getIndexReader())
        .computeIfAbsent(
            docId,
            id -> {
              try {
                return searcher.count(
                        new BooleanQuery.Builder()
                            .add(
                                new TermQuery(new Term(IndexFields.TYPE, IndexFields.QUESTION)),
                                Occur.FILTER)
                            .add(new TermQuery(new Term(IndexFields.DOC_ID, id)), Occur.FILTER)
                            .build())
                    > 0;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The member questions {@code query} finds best, with the share of the question's words ({@code
   * words}) each holds.
   */
  Found find(
      IndexSearcher searcher, TermDocs terms, ClauseScores scores, Query query, Coverage words)
      throws IOException {
    ScoreDoc[] hits = scores.top(searcher, query, HITS);
    if (hits.length == 0 || !(hits[0].score > 0)) {
      return Found.NONE;
    }
    double[] wordShares =
        words.of(new DocMatches(terms, Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray()));
    Map<Named, Likeness> likeness = new LinkedHashMap<>();
    for (int i = 0; i < hits.length; i++) {
      likeness.merge(
          named(searcher, hits[i].doc),
          new Likeness(hits[i].score / hits[0].score, wordShares[i]),
          Likeness::max);
    }
    return new Found(likeness);
  }

  /**
   * The passages of the best {@link #CANDIDATES} articles or khoản of {@code found}, in their
   * order: those BM25 may have missed.
   */
  int[] passages(IndexSearcher searcher, StoredPassages stored, Found found) {
    List<Integer> docs = new ArrayList<>();
    int taken = 0;
    for (Named named : found.likeness().keySet()) {
      if (taken++ == CANDIDATES) {
        break;
      }
      int added = 0;
      for (Placed passage : placed(searcher, stored, named.docId(), named.article())) {
        if (added == PASSAGES_PER_ARTICLE) {
          break;
        }
        if (named.clause().isEmpty() || named.clause().equals(passage.khoan())) {
          docs.add(passage.doc());
          added++;
        }
      }
    }
    return docs.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A passage of an article or section: its id in the reader and its khoản number. */
  private record Placed(int doc, String khoan) {}

  /**
   * The passages of the article (or section) {@code article} of {@code docId}, in doc id order,
   * looked up once per reader: a question's best member questions name a few of the same articles
   * again and again, and reading their passages' stored fields was a fifth of an ask.
   */
  private List<Placed> placed(
      IndexSearcher searcher, StoredPassages stored, String docId, String article) {
    return placedByArticle
        .of(searcher.getIndexReader())
        .computeIfAbsent(
            new Named(docId, article, ""),
            key -> {
              try {
                Query query =
                    new BooleanQuery.Builder()
                        .add(ArticlePassages.passagesOf(docId), Occur.FILTER)
                        .add(
                            new BooleanQuery.Builder()
                                .add(
                                    new TermQuery(new Term(IndexFields.ARTICLE, article)),
                                    Occur.SHOULD)
                                .add(
                                    new TermQuery(new Term(IndexFields.SECTION, article)),
                                    Occur.SHOULD)
                                .build(),
                            Occur.FILTER)
                        .build();
                List<Placed> passages = new ArrayList<>();
                for (ScoreDoc doc : searcher.search(query, 64).scoreDocs) {
                  passages.add(new Placed(doc.doc, khoan(stored.get(searcher, doc.doc).clause())));
                }
                return List.copyOf(passages);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The khoản number of a passage's clause ({@code 1b}: khoản 1, điểm b → {@code 1}); of a member
   * question's, which may be an inserted khoản ({@code 5a}), the same, so that the two meet.
   */
  static String khoan(String clause) {
    int end = 0;
    while (end < clause.length() && Character.isDigit(clause.charAt(end))) {
      end++;
    }
    return clause.substring(0, end);
  }

  private Named named(IndexSearcher searcher, int doc) {
    return names
        .of(searcher.getIndexReader())
        .computeIfAbsent(
            doc,
            id -> {
              try {
                Document stored = searcher.storedFields().document(id);
                return new Named(
                    stored.get(IndexFields.DOC_ID),
                    stored.get(IndexFields.ARTICLE),
                    khoan(stored.get(IndexFields.CLAUSE)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
