package vn.trolycongdoan.bot.config;

/**
 * When units that have not reported are reminded of a deadline.
 *
 * @param enabled whether reminders are sent at all
 * @param daysBefore how many days before a deadline the first reminder goes out (0: only on the
 *     deadline day); a second one follows on the deadline day
 * @param fromHour the hour of the day (Việt Nam time, 0–23) from which a day's reminders are sent,
 *     so that none arrives at night
 */
public record ReminderSettings(boolean enabled, int daysBefore, int fromHour) {}
