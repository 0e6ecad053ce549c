package vn.trolycongdoan.bot.reports.parsing;

/**
 * One thing wrong with a report message.
 *
 * @param kind what went wrong
 * @param message what to tell the reporter, in Vietnamese, naming what they wrote and what to do
 */
public record Problem(ProblemKind kind, String message) {}
