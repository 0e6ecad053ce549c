package vn.trolycongdoan.bot.broadcasts;

import java.time.Instant;
import vn.trolycongdoan.bot.chat.Attachment;

/**
 * A stored broadcast.
 *
 * @param id its key
 * @param text what recipients read, as staff wrote it
 * @param audience who it goes to
 * @param createdBy the name of the staff token that created it
 * @param createdAt when it was created
 * @param sendAt when sending starts (or started)
 * @param state where it stands
 * @param recipients how many chats it was queued for; before it starts, how many it had when
 *     created
 * @param attachment the photo or document {@code text} is the caption of; {@code null} for none
 */
public record Broadcast(
    long id,
    String text,
    Audience audience,
    String createdBy,
    Instant createdAt,
    Instant sendAt,
    BroadcastState state,
    int recipients,
    Attachment attachment) {}
