package vn.trolycongdoan.bot.web;

/** The body of every error response: {@code {"error": "<Vietnamese message>"}}. */
record ApiError(String error) {}
