package vn.trolycongdoan.bot.broadcasts;

/**
 * A broadcast's recipients by how their message went, from its outbox rows.
 *
 * @param queued not settled yet: waiting, being sent, or held while the broadcast is paused
 * @param sent accepted by Telegram
 * @param blocked the chat blocked the bot
 * @param failed refused for good, or given up after retrying
 * @param unknown being sent when the service stopped; not sent again
 * @param cancelled not sent because the broadcast was cancelled
 */
public record BroadcastCounts(
    int queued, int sent, int blocked, int failed, int unknown, int cancelled) {}
