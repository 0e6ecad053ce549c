/**
 * Campaign broadcasts: staff send one text to many members (all subscribers, the reporters of a
 * unit or unit subtree), now or at a set time, through the outbox at bulk priority, and pause,
 * resume or cancel them.
 */
package vn.trolycongdoan.bot.broadcasts;
