/**
 * The documents to answer from: seeding the bundled corpus and opening the knowledge base over it.
 */
package vn.trolycongdoan.bot.corpus;
