package vn.trolycongdoan.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.trolycongdoan.knowledge.index.PassageRole;

/**
 * The candidate passages for a question, best first by {@link Ranking#prior}; the weight (rarity)
 * of each folded question term, for picking and marking the answer sentences; and what the question
 * asks for without naming it.
 */
public record SearchResult(
    List<Candidate> candidates, Map<String, Double> termWeights, Set<PassageRole> asked) {

  public SearchResult {
    candidates = List.copyOf(candidates);
    termWeights = Map.copyOf(termWeights);
    asked = Set.copyOf(asked);
  }
}
