package vn.trolycongdoan.bot.suggestions;

import java.util.List;

/**
 * One page of the inbox, newest first.
 *
 * @param entries the kiến nghị on this page
 * @param total how many match the filter in all
 * @param page this page's number, from 1
 * @param pageSize how many a page holds
 */
public record InboxPage(List<InboxEntry> entries, int total, int page, int pageSize) {

  public InboxPage {
    entries = List.copyOf(entries);
  }

  /** How many pages the matches fill; at least 1. */
  public int pages() {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
