package vn.trolycongdoan.knowledge.search;

/**
 * A passage found for a question.
 *
 * @param score BM25 score of the combined query
 * @param coverage share of the question's words, weighted by rarity, that the passage contains (0
 *     to 1)
 * @param rank what results are ordered by: the score weighed by coverage and by what the question
 *     asks for
 */
public record ScoredPassage(
    String docId,
    int ordinal,
    String section,
    String heading,
    String text,
    double score,
    double coverage,
    double rank) {}
