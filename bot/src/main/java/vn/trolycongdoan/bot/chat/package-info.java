/**
 * The channel-agnostic chat core: a message or button press goes in, replies come out. Telegram and
 * the web chat are adapters around {@link vn.trolycongdoan.bot.chat.ChatHandler}; nothing here
 * knows either of them.
 */
package vn.trolycongdoan.bot.chat;
