package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import vn.trolycongdoan.bot.reports.staff.StaffMember;

/**
 * Who a staff request comes from: the dashboard's session cookie or the API's bearer token. For a
 * request that changes something ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) made
 * with the session cookie, the request's CSRF token is checked too. Every staff route asks it
 * first, through {@link StaffRouter}.
 */
public interface StaffAuth {

  /**
   * The staff member the request comes from.
   *
   * @throws vn.trolycongdoan.bot.reports.staff.StaffRequestException {@code NOT_AUTHENTICATED}
   *     without a valid session or token, {@code FORBIDDEN} for a change made with the session
   *     cookie but without its CSRF token
   */
  StaffMember member(Context ctx);
}
