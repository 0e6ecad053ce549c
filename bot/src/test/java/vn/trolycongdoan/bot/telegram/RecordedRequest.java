package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A call {@link FakeBotApi} received.
 *
 * @param method the method name in lower case, e.g. {@code sendmessage}
 * @param params its parameters, from the JSON body, a form or the query string; JSON-valued form
 *     fields parsed
 * @param nanoTime the fake's clock when it arrived: {@link System#nanoTime} unless a test set
 *     another
 */
public record RecordedRequest(String method, JsonNode params, long nanoTime) {}
