/**
 * Members and the chats they write from: who is subscribed to campaign messages, who blocked the
 * bot.
 */
package vn.trolycongdoan.bot.members;
