/** The HTTP API, the web chat page and its endpoint, served by Javalin. */
package vn.trolycongdoan.bot.web;
