/** Kiến nghị: members' suggestions and grievances to the union, each with a reference number. */
package vn.trolycongdoan.bot.suggestions;
