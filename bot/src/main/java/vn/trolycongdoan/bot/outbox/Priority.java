package vn.trolycongdoan.bot.outbox;

/**
 * Which outgoing messages go first. Stored as {@link #rank()}, lower first; never renumber a
 * constant.
 */
public enum Priority {
  /** An answer to something a member just wrote: never held behind the others. */
  REPLY(0),
  /** A reminder a member asked for or is due. */
  REMINDER(1),
  /** One recipient of a broadcast; paced by the channel's bulk rate. */
  BULK(2);

  private final int rank;

  Priority(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }

  static Priority ofRank(int rank) {
    for (Priority priority : values()) {
      if (priority.rank == rank) {
        return priority;
      }
    }
    throw new IllegalArgumentException("No priority of rank " + rank);
  }
}
