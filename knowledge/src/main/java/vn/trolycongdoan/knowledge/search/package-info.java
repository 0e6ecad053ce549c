/** Finding the passages that answer a question: intents, query, coverage, ranking. */
package vn.trolycongdoan.knowledge.search;
