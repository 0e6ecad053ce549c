package vn.trolycongdoan.bot.questions;

/** A member's verdict on a shown answer. Stored by {@link #name()}. */
public enum Vote {
  UP,
  DOWN
}
