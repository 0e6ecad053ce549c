package vn.trolycongdoan.bot.questions.review;

import java.time.Instant;

/**
 * A question that found no answer, or whose answer got a 👎.
 *
 * @param id the question log's id
 * @param text the question as the member typed it
 * @param askedAt when it was asked
 * @param found whether an answer was shown
 * @param downVotes how many 👎 its answers got
 */
public record MissedQuestion(long id, String text, Instant askedAt, boolean found, int downVotes) {}
