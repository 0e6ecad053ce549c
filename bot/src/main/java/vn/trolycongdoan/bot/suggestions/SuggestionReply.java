package vn.trolycongdoan.bot.suggestions;

import java.time.Instant;

/**
 * A staff reply kept with its kiến nghị.
 *
 * @param id the store's id, positive
 * @param text what staff wrote, as written
 * @param by the staff account's name
 * @param at when it was sent
 * @param delivery how it reached the member, as far as the outbox knows now
 */
public record SuggestionReply(long id, String text, String by, Instant at, Delivery delivery) {}
