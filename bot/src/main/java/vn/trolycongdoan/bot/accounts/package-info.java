/**
 * The dashboard's staff accounts: logins with Argon2id password hashes, their sessions, and the
 * lock-out after repeated failed logins. No HTTP here; {@code web.dashboard} adapts it.
 */
package vn.trolycongdoan.bot.accounts;
