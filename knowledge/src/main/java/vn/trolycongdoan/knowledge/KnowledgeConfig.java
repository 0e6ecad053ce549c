package vn.trolycongdoan.knowledge;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the knowledge base reads and keeps its files, and how it searches.
 *
 * @param corpusDir folder of documents (.txt, .md, .docx, .pdf), read recursively
 * @param indexDir folder the Lucene index and its manifest live in; created when missing
 * @param synonyms abbreviation rules in Solr synonym format ({@code NLĐ, người lao động}); may be
 *     empty
 * @param paraphrases member-to-legal phrase rules ({@code nghỉ phép => nghỉ hằng năm}, format in
 *     {@link vn.trolycongdoan.knowledge.analysis.Paraphrases}); may be empty
 * @param minRelevance the least confidence (0 to 1) an answer needs to be given ({@code
 *     search.Confidence}); below it the question is refused
 * @param askCacheSize how many answers are kept for questions asked again, until the next index
 *     commit; 0 keeps none
 */
public record KnowledgeConfig(
    Path corpusDir,
    Path indexDir,
    String synonyms,
    String paraphrases,
    double minRelevance,
    int askCacheSize) {

  public static final double DEFAULT_MIN_RELEVANCE = 0.5;

  public static final int DEFAULT_ASK_CACHE_SIZE = 10_000;

  public KnowledgeConfig {
    Objects.requireNonNull(corpusDir, "corpusDir");
    Objects.requireNonNull(indexDir, "indexDir");
    synonyms = synonyms == null ? "" : synonyms;
    paraphrases = paraphrases == null ? "" : paraphrases;
    if (!(minRelevance >= 0 && minRelevance <= 1)) {
      throw new IllegalArgumentException("minRelevance must be between 0 and 1: " + minRelevance);
    }
    if (askCacheSize < 0) {
      throw new IllegalArgumentException("askCacheSize must not be negative: " + askCacheSize);
    }
  }

  /** With the default cache of {@link #DEFAULT_ASK_CACHE_SIZE} answers. */
  public KnowledgeConfig(
      Path corpusDir, Path indexDir, String synonyms, String paraphrases, double minRelevance) {
    this(corpusDir, indexDir, synonyms, paraphrases, minRelevance, DEFAULT_ASK_CACHE_SIZE);
  }
}
