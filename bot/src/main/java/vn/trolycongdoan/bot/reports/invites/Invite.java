package vn.trolycongdoan.bot.reports.invites;

import java.time.Instant;

/**
 * An invite to report for a unit.
 *
 * @param code the code to send with {@code /dangky}
 * @param unitCode the unit it binds the reporter to
 * @param createdAt when it was made
 * @param expiresAt the moment it stops working
 * @param createdBy who made it: {@code cli} or a staff member
 */
public record Invite(
    InviteCode code, String unitCode, Instant createdAt, Instant expiresAt, String createdBy) {}
