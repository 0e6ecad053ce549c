package vn.trolycongdoan.bot.accounts;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * What a login, display name, role, unit and password must be, as written by an admin on the
 * command line or in the dashboard. Pure; thread-safe.
 *
 * @throws InvalidRequestException (from every check) with a Vietnamese message naming the value
 */
public final class AccountRules {

  /** The fewest characters of a password. */
  public static final int MIN_PASSWORD = 10;

  private static final int MAX_PASSWORD = 200;
  private static final int MAX_NAME = 100;
  private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

  private final UnitTree units;

  public AccountRules(UnitTree units) {
    this.units = units;
  }

  /** A login as stored: stripped and lower case; {@code null} stays {@code null}. */
  public static String normalLogin(String written) {
    return written == null ? null : written.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The account {@code login}, {@code name} (the login if blank), {@code role} and {@code unit}
   * describe: a staff account needs a known unit, an admin takes none.
   */
  public AccountDraft draft(String login, String name, String role, String unit) {
    String normal = normalLogin(login);
    if (normal == null || !LOGIN.matcher(normal).matches()) {
      throw new InvalidRequestException(AccountTexts.BAD_LOGIN_NAME);
    }
    String display = name == null || name.isBlank() ? normal : name.strip();
    if (display.length() > MAX_NAME) {
      throw new InvalidRequestException(AccountTexts.NAME_TOO_LONG);
    }
    StaffRole staffRole =
        StaffRole.ofKey(role)
            .orElseThrow(() -> new InvalidRequestException(AccountTexts.unknownRole(role)));
    return new AccountDraft(normal, display, staffRole, unitCode(staffRole, unit));
  }

  /** Checks a new password's length; the KDF takes care of the rest. */
  public static String password(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new InvalidRequestException(AccountTexts.SHORT_PASSWORD);
    }
    if (password.length() > MAX_PASSWORD) {
      throw new InvalidRequestException(AccountTexts.LONG_PASSWORD);
    }
    return password;
  }

  private String unitCode(StaffRole role, String unit) {
    boolean blank = unit == null || unit.isBlank();
    if (role == StaffRole.ADMIN) {
      if (!blank) {
        throw new InvalidRequestException(AccountTexts.ADMIN_WITH_UNIT);
      }
      return null;
    }
    if (blank) {
      throw new InvalidRequestException(AccountTexts.STAFF_WITHOUT_UNIT);
    }
    return units
        .byCode(unit.strip().toUpperCase(Locale.ROOT))
        .map(OrgUnit::code)
        .orElseThrow(() -> new InvalidRequestException(AccountTexts.unknownUnit(unit.strip())));
  }
}
