/**
 * The Telegram adapter: long polling or our own webhook route in, the chat core in the middle, the
 * Bot API out. Only this package knows TelegramBots types.
 */
package vn.trolycongdoan.bot.telegram;
