/** The command line: serve, ask and index, with Vietnamese output and exit codes. */
package vn.trolycongdoan.bot.cli;
