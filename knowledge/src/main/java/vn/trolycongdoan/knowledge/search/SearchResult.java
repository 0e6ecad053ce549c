package vn.trolycongdoan.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.trolycongdoan.knowledge.index.PassageRole;

/**
 * Passages found for a question, best first; the weight (rarity) of each folded question term, for
 * picking and marking the answer sentences; and what the question asks for without naming it.
 */
public record SearchResult(
    List<ScoredPassage> passages, Map<String, Double> termWeights, Set<PassageRole> asked) {

  public SearchResult {
    passages = List.copyOf(passages);
    termWeights = Map.copyOf(termWeights);
    asked = Set.copyOf(asked);
  }
}
