package vn.trolycongdoan.bot.web.dashboard;

import java.time.Clock;
import vn.trolycongdoan.bot.accounts.AccountAdmin;
import vn.trolycongdoan.bot.accounts.AccountRules;
import vn.trolycongdoan.bot.accounts.LoginThrottle;
import vn.trolycongdoan.bot.accounts.PasswordHasher;
import vn.trolycongdoan.bot.accounts.SessionPolicy;
import vn.trolycongdoan.bot.accounts.SqliteStaffAccounts;
import vn.trolycongdoan.bot.accounts.SqliteStaffSessions;
import vn.trolycongdoan.bot.accounts.StaffLogin;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.web.StaffAuth;

/**
 * The dashboard's access, assembled on one database: the session auth (falling back to {@code
 * bearer}), the login routes open to all, the session endpoint and the admins' account endpoints.
 *
 * @param auth who a staff request comes from
 * @param login logging in and out
 * @param session {@code GET /api/quanly/session}
 * @param accounts {@code /api/quanly/accounts…}
 */
public record DashboardAccess(
    SessionAuth auth, LoginRoutes login, SessionEndpoints session, AccountEndpoints accounts) {

  public static DashboardAccess on(
      Database database, UnitTree units, StaffAuth bearer, Clock clock) {
    SessionPolicy policy = SessionPolicy.DEFAULT;
    SqliteStaffSessions sessions = new SqliteStaffSessions(database, policy);
    SessionAuth auth = new SessionAuth(sessions, bearer, clock);
    SqliteStaffAccounts accounts = new SqliteStaffAccounts(database);
    PasswordHasher hasher = new PasswordHasher();
    StaffLogin login =
        new StaffLogin(accounts, sessions, new LoginThrottle(database), hasher, clock);
    AccountAdmin admin = new AccountAdmin(accounts, new AccountRules(units), hasher, clock);
    return new DashboardAccess(
        auth,
        new LoginRoutes(login, sessions, auth, policy),
        new SessionEndpoints(auth, units),
        new AccountEndpoints(admin, auth, units));
  }
}
