package vn.trolycongdoan.bot.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.staff.StaffRole;

/**
 * An admin's work on staff accounts from the dashboard: list, create with a temporary password,
 * change name, role and unit, disable and enable, and reset the password to a new temporary one.
 * Only an admin may ({@code FORBIDDEN} else); no admin may disable their own account or take away
 * their own admin role ({@code self}), so the last admin cannot lock everyone out by a slip. A
 * temporary password is shown once and only its hash is kept. Thread-safe.
 */
public final class AccountAdmin {

  /** A new account or password: the temporary password, to give to its owner. */
  public record Issued(StaffAccount account, String temporaryPassword) {}

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SqliteStaffAccounts accounts;
  private final AccountRules rules;
  private final PasswordHasher hasher;
  private final Clock clock;

  public AccountAdmin(
      SqliteStaffAccounts accounts, AccountRules rules, PasswordHasher hasher, Clock clock) {
    this.accounts = accounts;
    this.rules = rules;
    this.hasher = hasher;
    this.clock = clock;
  }

  public List<StaffAccount> list(StaffMember member) {
    requireAdmin(member);
    return accounts.all();
  }

  /**
   * @throws vn.trolycongdoan.bot.ask.InvalidRequestException for a bad or taken login, a bad role
   *     or unit
   */
  public Issued create(StaffMember member, String login, String name, String role, String unit) {
    requireAdmin(member);
    AccountDraft draft = rules.draft(login, name, role, unit);
    String password = temporaryPassword();
    return new Issued(accounts.create(draft, hasher.hash(password), clock.instant()), password);
  }

  /**
   * Sets the display name, role and unit of account {@code id}; {@code self} is the caller's own
   * account, {@code null} for a bearer token.
   */
  public StaffAccount change(
      StaffMember member, Long self, long id, String name, String role, String unit) {
    requireAdmin(member);
    StaffAccount account = existing(id);
    AccountDraft draft = rules.draft(account.login(), name, role, unit);
    if (self != null && self == id && draft.role() != StaffRole.ADMIN) {
      throw new StaffRequestException(Reason.FORBIDDEN, AccountTexts.NOT_YOURSELF);
    }
    return accounts.change(id, draft);
  }

  /** Disables (ending its sessions) or enables account {@code id}. */
  public StaffAccount setDisabled(StaffMember member, Long self, long id, boolean disabled) {
    requireAdmin(member);
    existing(id);
    if (disabled && self != null && self == id) {
      throw new StaffRequestException(Reason.FORBIDDEN, AccountTexts.NOT_YOURSELF);
    }
    return accounts.setDisabled(id, disabled);
  }

  /** Gives account {@code id} a new temporary password, ending its sessions. */
  public Issued resetPassword(StaffMember member, long id) {
    requireAdmin(member);
    existing(id);
    String password = temporaryPassword();
    return new Issued(accounts.setPassword(id, hasher.hash(password)), password);
  }

  private StaffAccount existing(long id) {
    return accounts
        .byId(id)
        .orElseThrow(() -> new InvalidRequestException(AccountTexts.NO_SUCH_ACCOUNT));
  }

  private static void requireAdmin(StaffMember member) {
    if (member.role() != StaffRole.ADMIN) {
      throw new StaffRequestException(Reason.FORBIDDEN, AccountTexts.ADMINS_ONLY);
    }
  }

  /** 12 letters and digits hard to mistake for one another (about 68 bits), as xxxx-xxxx-xxxx. */
  static String temporaryPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
