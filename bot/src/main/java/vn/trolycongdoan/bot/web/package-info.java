/** The HTTP API and the search page, served by Javalin. */
package vn.trolycongdoan.bot.web;
