package vn.trolycongdoan.bot.reports.roles;

import java.time.Instant;
import vn.trolycongdoan.bot.chat.Channel;

/**
 * A staff role granted in chat.
 *
 * @param channel the channel of the person granted (Telegram: admins name people by Telegram id)
 * @param userId their user id on it
 * @param unitCode the top of the subtree they see and correct
 * @param grantedBy the user id of the admin who granted it
 * @param grantedAt when
 */
record StaffGrant(
    Channel channel, String userId, String unitCode, String grantedBy, Instant grantedAt) {}
