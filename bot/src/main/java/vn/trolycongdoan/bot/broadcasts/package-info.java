/**
 * Campaign broadcasts: staff send one text to many members (all subscribers, the reporters of a
 * unit or unit subtree, the members who chose a topic tag), now or at a set time, through the
 * outbox at bulk priority, and pause, resume or cancel them; the sender's chat sees their progress
 * and a summary.
 */
package vn.trolycongdoan.bot.broadcasts;
