/**
 * The outbox: every outgoing message is a stored row, sent by one sender per channel in priority
 * order within the channel's rate limits, until it is delivered or definitely undeliverable.
 */
package vn.trolycongdoan.bot.outbox;
