package vn.trolycongdoan.bot.reports.parsing;

import vn.trolycongdoan.bot.reports.catalogue.Catalogue;

/**
 * One word of a report message.
 *
 * @param text as typed
 * @param key as compared with names: {@link Catalogue#matchKey}
 */
record Token(String text, String key) {

  static Token of(String text) {
    return new Token(text, Catalogue.matchKey(text));
  }
}
