/**
 * The inbox: every update from a channel is stored before it is confirmed, then handled from the
 * table, one chat in order and chats in parallel, with its replies committed together with it.
 */
package vn.trolycongdoan.bot.inbox;
