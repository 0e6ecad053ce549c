/**
 * What the service reads from the knowledge base — answers, documents, indexing state — behind
 * small seams.
 */
package vn.trolycongdoan.bot.library;
