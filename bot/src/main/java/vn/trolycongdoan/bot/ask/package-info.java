/** A question as asked through the API or the command line, checked against the search limits. */
package vn.trolycongdoan.bot.ask;
