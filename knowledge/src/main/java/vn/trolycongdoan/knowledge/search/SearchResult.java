package vn.trolycongdoan.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * Passages found for a question, best first, and the weight (rarity) of each folded question term, for
 * picking and marking the answer sentences.
 */
public record SearchResult(List<ScoredPassage> passages, Map<String, Double> termWeights) {

  public SearchResult {
    passages = List.copyOf(passages);
    termWeights = Map.copyOf(termWeights);
  }
}
