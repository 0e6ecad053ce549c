/**
 * What members ask: every question with whether it was answered, the answers shown, and the 👍/👎
 * votes.
 */
package vn.trolycongdoan.bot.questions;
