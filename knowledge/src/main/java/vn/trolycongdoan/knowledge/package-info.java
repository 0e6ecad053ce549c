/**
 * The union documents as a searchable library: open a {@link
 * vn.trolycongdoan.knowledge.KnowledgeBase} and ask.
 */
package vn.trolycongdoan.knowledge;
