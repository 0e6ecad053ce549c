/** Topic tags: the topics members choose to hear about ({@code /chude}), from config/tags.txt. */
package vn.trolycongdoan.bot.tags;
