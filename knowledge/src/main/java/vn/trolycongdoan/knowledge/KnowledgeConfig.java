package vn.trolycongdoan.knowledge;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the knowledge base reads and keeps its files.
 *
 * @param corpusDir folder of documents (.txt, .md, .docx, .pdf), read recursively
 * @param indexDir folder the Lucene index and its manifest live in; created when missing
 * @param synonyms abbreviation rules in Solr synonym format ({@code NLĐ, người lao động}); may be
 *     empty
 * @param paraphrases member-to-legal phrase rules ({@code nghỉ phép => nghỉ hằng năm}, format in
 *     {@link vn.trolycongdoan.knowledge.analysis.Paraphrases}); may be empty
 * @param minRelevance hits scoring below this share of a perfect match are dropped (0 to 1)
 */
public record KnowledgeConfig(
    Path corpusDir, Path indexDir, String synonyms, String paraphrases, double minRelevance) {

  public static final double DEFAULT_MIN_RELEVANCE = 0.5;

  public KnowledgeConfig {
    Objects.requireNonNull(corpusDir, "corpusDir");
    Objects.requireNonNull(indexDir, "indexDir");
    synonyms = synonyms == null ? "" : synonyms;
    paraphrases = paraphrases == null ? "" : paraphrases;
    if (!(minRelevance >= 0 && minRelevance <= 1)) {
      throw new IllegalArgumentException("minRelevance must be between 0 and 1: " + minRelevance);
    }
  }
}
