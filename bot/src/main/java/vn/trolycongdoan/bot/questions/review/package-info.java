/**
 * Câu hỏi for staff: the questions that found no answer or got a 👎, grouped by similar wording, so
 * that staff see which documents the library lacks.
 */
package vn.trolycongdoan.bot.questions.review;
