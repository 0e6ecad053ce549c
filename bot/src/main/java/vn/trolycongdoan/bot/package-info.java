/**
 * Trợ lý Công đoàn, the service: entry point of the command line, web server and background
 * indexing.
 */
package vn.trolycongdoan.bot;
