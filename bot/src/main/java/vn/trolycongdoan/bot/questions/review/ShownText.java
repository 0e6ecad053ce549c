package vn.trolycongdoan.bot.questions.review;

/**
 * An answer a member was shown for a question, with the votes it got.
 *
 * @param rank its place among the answers shown, from 1
 * @param citation where it comes from, as shown
 * @param answer the answer text, as shown
 * @param upVotes how many 👍
 * @param downVotes how many 👎
 */
public record ShownText(int rank, String citation, String answer, int upVotes, int downVotes) {}
