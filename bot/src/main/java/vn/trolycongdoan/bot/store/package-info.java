/**
 * The SQLite database: opening it, WAL mode, Flyway migrations, and the JDBC plumbing the stores
 * share.
 */
package vn.trolycongdoan.bot.store;
