package vn.trolycongdoan.bot.web;

import io.javalin.http.Handler;

/**
 * A {@code POST} route another feature serves through the web server, e.g. the Telegram webhook.
 */
public record PostRoute(String path, Handler handler) {}
