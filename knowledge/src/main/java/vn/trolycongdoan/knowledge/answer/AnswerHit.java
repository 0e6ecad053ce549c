package vn.trolycongdoan.knowledge.answer;

import java.util.List;

/**
 * One result of a question: the passage, the best sentence(s) in it and where they come from.
 *
 * @param file the source file's name
 * @param docId the document's id, usable with {@code KnowledgeBase#document}
 * @param title the document's title (trích yếu), or its kind, or its file name when it has neither
 * @param number the document's number ({@code 38/KH-LĐLĐ}), or {@code null}
 * @param date the document's date as {@code YYYY-MM-DD}, or {@code null}
 * @param section the heading path, e.g. {@code II › 1 › 1.4} or {@code Chương VII › Mục 2 › Điều
 *     113}
 * @param clause the part of a law's article the answer quotes, as cited: {@code khoản 1}, {@code
 *     điểm a khoản 2}; empty when the answer is not one khoản (a plan, an article without khoản)
 * @param heading the passage's own heading line
 * @param text the whole passage
 * @param answer the best sentence(s) of the passage, plain text
 * @param highlights spans of {@code answer} that match the question's words
 * @param score relevance; higher is better, comparable only within one question
 */
public record AnswerHit(
    String file,
    String docId,
    String title,
    String number,
    String date,
    String section,
    String clause,
    String heading,
    String text,
    String answer,
    List<Span> highlights,
    double score) {

  public AnswerHit {
    highlights = List.copyOf(highlights);
  }

  /** The same hit with another score. */
  public AnswerHit withScore(double other) {
    return new AnswerHit(
        file,
        docId,
        title,
        number,
        date,
        section,
        clause,
        heading,
        text,
        answer,
        highlights,
        other);
  }

  /** A half-open character range {@code [start, end)}. */
  public record Span(int start, int end) {}
}
