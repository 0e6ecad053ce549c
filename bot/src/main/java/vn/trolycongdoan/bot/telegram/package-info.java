/**
 * The Telegram adapter: long polling or our own webhook route into the inbox, the chat core in the
 * middle, the outbox's Telegram transport out. Only this package knows TelegramBots types.
 */
package vn.trolycongdoan.bot.telegram;
