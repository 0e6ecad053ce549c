package vn.trolycongdoan.bot.outbox;

/**
 * Sends one outbox row through a channel, once, and says how it went. Called from the outbox
 * sender's threads, several at a time (never two rows of one chat at once); it must not retry or
 * wait on its own, since the sender does that, and it should not throw (a thrown exception counts
 * as {@link Outcome.Retry}).
 */
@FunctionalInterface
public interface Transport {

  Outcome send(QueuedMessage message);
}
