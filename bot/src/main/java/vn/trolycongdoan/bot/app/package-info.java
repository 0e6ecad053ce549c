/**
 * The running service: knowledge base, web server and indexing in the background, started and
 * stopped together.
 */
package vn.trolycongdoan.bot.app;
