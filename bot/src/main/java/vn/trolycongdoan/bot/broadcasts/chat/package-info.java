/**
 * Broadcasts in chat, for staff: {@code /phatsong} composes one (text, or a photo or document with
 * its caption; audience; preview; now or at a set time), {@code /chiendich} lists the running and
 * scheduled ones with buttons to pause, resume and cancel.
 */
package vn.trolycongdoan.bot.broadcasts.chat;
