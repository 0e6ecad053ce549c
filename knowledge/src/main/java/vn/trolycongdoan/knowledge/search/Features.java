package vn.trolycongdoan.knowledge.search;

/**
 * What is known of a candidate passage for one question, each measured on its own; {@link Ranking}
 * weighs them into a score.
 *
 * @param bm25 BM25 score of the question's query (positive)
 * @param words share of the question's words and codes, weighted by rarity, the passage holds (0 to
 *     1)
 * @param bigrams share of the question's word pairs, weighted by rarity, the passage holds (0 to
 *     1); the words' share when the question has no pair any passage holds
 * @param articleWords as {@code words}, in the whole article a law's khoản belongs to, title
 *     included; a plan passage's own {@code words}
 * @param articleBigrams as {@code bigrams}, in the whole article; a plan passage's own
 * @param missing how telling the most telling question word is that neither the passage nor its
 *     article holds: its rarity over that of a word no passage holds (0: nothing missing, 1: a word
 *     the documents never use)
 * @param headings share of the question's words its headings (article title, chapter…) hold
 * @param specialCase whether its headings name a special case the question does not (voluntary
 *     insurance, domestic workers, procedure…)
 * @param asked whether it holds what the question asks for without naming it (a signature, a date,
 *     the definition of the term it asks about)
 * @param otherYear whether it names another year than the question does
 * @param refers whether it cites an article of another law (it refers to a rule set elsewhere)
 * @param memberQuestions how much the member questions written for its article or khoản are like
 *     the question: the best one's BM25 score over that of the best member question of all (0 to 1;
 *     0 when none of the best is its)
 * @param memberWords the weighted share of the question's words its article's or khoản's best
 *     member question holds (0 to 1)
 * @param memberKhoan as {@code memberQuestions}, of the member questions written for its own khoản
 *     only (0 for a passage outside any khoản)
 * @param unwritten whether its document has no member questions (one an operator added): its three
 *     member values are 0 without telling anything
 */
public record Features(
    double bm25,
    double words,
    double bigrams,
    double articleWords,
    double articleBigrams,
    double missing,
    double headings,
    boolean specialCase,
    boolean asked,
    boolean otherYear,
    boolean refers,
    double memberQuestions,
    double memberWords,
    double memberKhoan,
    boolean unwritten) {}
