package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;

/**
 * The passages of one article of one law, read by term queries on {@link IndexFields#DOC_ID} and
 * {@link IndexFields#ARTICLE}, and which article numbers a law has.
 *
 * <p>Thread-safe.
 */
public final class ArticlePassages {

  private static final Set<String> STORED =
      Set.of(
          IndexFields.ORDINAL,
          IndexFields.SECTION,
          IndexFields.HEADING,
          IndexFields.TEXT,
          IndexFields.CLAUSE);

  private final PassageIndex index;
  private final Analyzer folded;

  /**
   * @param folded the analyzer {@link IndexFields#TEXT_FOLDED} is indexed with
   */
  public ArticlePassages(PassageIndex index, Analyzer folded) {
    this.index = index;
    this.folded = folded;
  }

  /**
   * A passage of an article.
   *
   * @param clause the khoản it holds as numbered ({@code 2}), empty for the article's lead text
   * @param score how well it matches the words it was scored by (BM25); 0 when none
   */
  public record Passage(
      int ordinal, String section, String clause, String heading, String text, double score) {}

  /**
   * The passages of article {@code article} of document {@code docId} in their order, each scored
   * by the folded {@code terms}; empty when the document has no such article.
   */
  public List<Passage> of(String docId, String article, Set<String> terms) {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(passagesOf(docId), Occur.FILTER)
            .add(new TermQuery(new Term(IndexFields.ARTICLE, article)), Occur.FILTER);
    for (String term : terms) {
      query.add(new TermQuery(new Term(IndexFields.TEXT_FOLDED, term)), Occur.SHOULD);
    }
    List<Passage> passages = new ArrayList<>();
    search(
        query.build(),
        STORED,
        (doc, score) ->
            passages.add(
                new Passage(
                    doc.getField(IndexFields.ORDINAL).numericValue().intValue(),
                    doc.get(IndexFields.SECTION),
                    doc.get(IndexFields.CLAUSE),
                    doc.get(IndexFields.HEADING),
                    doc.get(IndexFields.TEXT),
                    score)));
    passages.sort(Comparator.comparingInt(Passage::ordinal));
    return passages;
  }

  /** The article numbers of document {@code docId}, each once, in the order of its passages. */
  public List<String> articles(String docId) {
    Map<Integer, String> byOrdinal = new TreeMap<>();
    search(
        passagesOf(docId),
        Set.of(IndexFields.ORDINAL, IndexFields.ARTICLE),
        (doc, score) ->
            byOrdinal.put(
                doc.getField(IndexFields.ORDINAL).numericValue().intValue(),
                doc.get(IndexFields.ARTICLE)));
    Set<String> articles = new LinkedHashSet<>(byOrdinal.values());
    articles.remove("");
    return List.copyOf(articles);
  }

  /**
   * The folded terms of {@code words}, without the words that make it a question ("bao nhiêu", "là
   * gì") and chat fillers, with their rarity among passages (BM25 idf), in the order they come.
   */
  public Map<String, Double> termWeights(String words) {
    Map<String, Double> weights = new LinkedHashMap<>();
    try {
      IndexSearcher searcher = index.acquire();
      try {
        int docs = Math.max(1, TermDocs.numDocs(searcher.getIndexReader()));
        for (String term : terms(words.isBlank() ? words : QuestionWords.content(words))) {
          int df = searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT_FOLDED, term));
          weights.put(term, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
        }
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return weights;
  }

  /** The folded terms of {@code words}, each once. */
  public Set<String> terms(String words) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = folded.tokenStream(IndexFields.TEXT_FOLDED, words)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** The passages of document {@code docId}, as a filter. */
  static Query passagesOf(String docId) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.PASSAGE)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.DOC_ID, docId)), Occur.FILTER)
        .build();
  }

  private interface Hit {
    void accept(Document doc, double score);
  }

  private void search(Query query, Set<String> fields, Hit hit) {
    try {
      IndexSearcher searcher = index.acquire();
      try {
        int count = searcher.count(query);
        if (count == 0) {
          return;
        }
        for (ScoreDoc found : searcher.search(query, count).scoreDocs) {
          hit.accept(searcher.storedFields().document(found.doc, fields), found.score);
        }
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
