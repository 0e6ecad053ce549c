package vn.trolycongdoan.bot.questions;

/**
 * An answer as it was shown for a question.
 *
 * @param rank 0 for the first result shown, 1 for the next ("Kết quả khác"), …
 * @param documentId the knowledge base's document id
 * @param section the cited section path, possibly empty
 * @param citation the citation line as shown (title, number, date, section)
 * @param answer the answer text as shown
 */
public record ShownAnswer(
    int rank, String documentId, String section, String citation, String answer) {}
