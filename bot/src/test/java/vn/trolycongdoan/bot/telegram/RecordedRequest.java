package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A call {@link FakeBotApi} received.
 *
 * @param method the method name in lower case, e.g. {@code sendmessage}
 * @param params its parameters, from the JSON body, a form or the query string; JSON-valued form
 *     fields parsed
 * @param nanoTime {@link System#nanoTime} when it arrived
 */
public record RecordedRequest(String method, JsonNode params, long nanoTime) {}
