/** Answers: the best sentences of a passage, their highlights, and the result records. */
package vn.trolycongdoan.knowledge.answer;
