/**
 * What staff do in chat, within their unit subtree: {@code /tonghop} (the roll-up beside the plans'
 * targets, with completeness), {@code /chuabaocao} (the units that have not reported) and {@code
 * /taoma} (invite codes for reporters), besides {@code /capquyen} for admins.
 */
package vn.trolycongdoan.bot.reports.staffchat;
