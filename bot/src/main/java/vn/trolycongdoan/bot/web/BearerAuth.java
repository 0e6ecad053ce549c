package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import vn.trolycongdoan.bot.reports.staff.StaffAccess;
import vn.trolycongdoan.bot.reports.staff.StaffMember;

/**
 * The staff API's bearer tokens ({@code Authorization: Bearer <token>}), as {@link StaffAccess}.
 */
public final class BearerAuth implements StaffAuth {

  private final StaffAccess access;

  public BearerAuth(StaffAccess access) {
    this.access = access;
  }

  @Override
  public StaffMember member(Context ctx) {
    return access.authenticate(ctx.header("Authorization"));
  }
}
