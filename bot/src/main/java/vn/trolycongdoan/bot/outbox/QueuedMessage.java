package vn.trolycongdoan.bot.outbox;

import java.time.Instant;

/**
 * An outbox row being sent.
 *
 * @param id the row's id
 * @param message what to send
 * @param attempts how many times sending it was tried, the attempt under way included
 * @param createdAt when it was enqueued; retries give up a set time after it
 */
public record QueuedMessage(long id, OutgoingMessage message, int attempts, Instant createdAt) {}
