/**
 * The staff dashboard under {@code /quanly}: its pages (HTML from the jar, filled in by their
 * scripts from the staff API) and shared assets. Each page is registered by its feature's {@link
 * vn.trolycongdoan.bot.web.StaffEndpoints} through {@link
 * vn.trolycongdoan.bot.web.StaffRouter#page}, so a browser without a session goes to the login
 * page.
 */
package vn.trolycongdoan.bot.web.dashboard;
