package vn.trolycongdoan.bot.accounts;

import java.time.Instant;

/**
 * A logged-in browser.
 *
 * @param account whose session it is, as the account is now
 * @param csrf the token every change made with the session must carry
 * @param expiresAt when it ends at the latest
 */
public record StaffSession(StaffAccount account, String csrf, Instant expiresAt) {}
