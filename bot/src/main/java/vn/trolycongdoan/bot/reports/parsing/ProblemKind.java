package vn.trolycongdoan.bot.reports.parsing;

/** Why part of a report message was refused. */
public enum ProblemKind {
  /** A word names no indicator; the message may suggest the nearest ("Ý bạn là …?"). */
  UNKNOWN_CODE,
  /** An indicator's value is missing or is not a number (or không/có for a yes-no one). */
  NOT_A_NUMBER,
  /** A count or an amount of money with a fraction. */
  NOT_WHOLE,
  /** A count below zero. */
  NEGATIVE_COUNT,
  /** A value outside the indicator's range. */
  OUT_OF_RANGE,
  /** The same indicator twice with different values. */
  CONFLICTING_VALUES,
  /** A period that does not exist, e.g. T13/2024, or a second period. */
  UNKNOWN_PERIOD,
  /** A period that has not begun. */
  FUTURE_PERIOD,
  /** A unit code that is not in the tree. */
  UNKNOWN_UNIT,
  /** Words that are none of the above. */
  NOT_UNDERSTOOD
}
