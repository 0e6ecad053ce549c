package vn.trolycongdoan.bot.suggestions;

import java.time.Instant;

/**
 * A kiến nghị as staff see it in the inbox.
 *
 * @param suggestion what the member sent, with its reference
 * @param unitCode the unit it belongs to ({@link SenderUnit}); {@code null} for admins only
 * @param status where it stands
 * @param statusBy the staff account that set the status last; {@code null} while it is new as it
 *     came
 * @param statusAt when the status was set last; {@code null} as {@code statusBy}
 * @param replies how many replies staff sent
 */
public record InboxEntry(
    Suggestion suggestion,
    String unitCode,
    SuggestionStatus status,
    String statusBy,
    Instant statusAt,
    int replies) {}
