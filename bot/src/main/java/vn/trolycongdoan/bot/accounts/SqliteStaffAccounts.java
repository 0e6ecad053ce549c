package vn.trolycongdoan.bot.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The staff accounts in {@code staff_accounts} (migration V14). Passwords arrive hashed ({@link
 * PasswordHasher}); this class never sees one in the clear. Disabling an account or setting its
 * password ends its sessions in the same transaction. Thread-safe.
 */
public final class SqliteStaffAccounts {

  /** An account with its password hash, for checking a login. */
  public record Credentials(StaffAccount account, String passwordHash) {}

  private static final String COLUMNS =
      "id, login, name, role, unit_code, created_at, disabled, password_hash";

  private final Jdbc jdbc;

  public SqliteStaffAccounts(Database database) {
    this.jdbc = database.jdbc();
  }

  /**
   * Stores a new account.
   *
   * @throws InvalidRequestException if its login is taken (nothing is stored then)
   */
  public StaffAccount create(AccountDraft draft, String passwordHash, Instant now) {
    return jdbc.inTransaction(
        tx -> {
          if (tx.first("SELECT id FROM staff_accounts WHERE login = ?", row -> 1, draft.login())
              .isPresent()) {
            throw new InvalidRequestException(AccountTexts.loginTaken(draft.login()));
          }
          long id =
              tx.insertReturningId(
                  "INSERT INTO staff_accounts"
                      + " (login, name, role, unit_code, password_hash, created_at, disabled)"
                      + " VALUES (?, ?, ?, ?, ?, ?, FALSE) RETURNING id",
                  draft.login(),
                  draft.name(),
                  draft.role().key(),
                  draft.unitCode(),
                  passwordHash,
                  now);
          return new StaffAccount(
              id, draft.login(), draft.name(), draft.role(), draft.unitCode(), now, false);
        });
  }

  /** The account and password hash of {@code login} (lower case), disabled or not. */
  public Optional<Credentials> credentials(String login) {
    return jdbc.first(
        "SELECT " + COLUMNS + " FROM staff_accounts WHERE login = ?",
        row -> new Credentials(account(row), row.getString("password_hash")),
        login);
  }

  public Optional<StaffAccount> byId(long id) {
    return byId(jdbc, id);
  }

  /** Every account, by login. */
  public List<StaffAccount> all() {
    return jdbc.list(
        "SELECT " + COLUMNS + " FROM staff_accounts ORDER BY login", SqliteStaffAccounts::account);
  }

  /**
   * Sets an account's display name, role and unit (the draft's login is ignored); its sessions see
   * the change at their next request.
   *
   * @throws InvalidRequestException if there is no such account
   */
  public StaffAccount change(long id, AccountDraft draft) {
    int changed =
        jdbc.update(
            "UPDATE staff_accounts SET name = ?, role = ?, unit_code = ? WHERE id = ?",
            draft.name(),
            draft.role().key(),
            draft.unitCode(),
            id);
    return found(jdbc, changed, id);
  }

  /**
   * Disables or enables an account; disabling ends its sessions.
   *
   * @throws InvalidRequestException if there is no such account
   */
  public StaffAccount setDisabled(long id, boolean disabled) {
    return jdbc.inTransaction(
        tx -> {
          int changed =
              tx.update("UPDATE staff_accounts SET disabled = ? WHERE id = ?", disabled, id);
          if (disabled) {
            tx.update("DELETE FROM staff_sessions WHERE account_id = ?", id);
          }
          return found(tx, changed, id);
        });
  }

  /**
   * Replaces an account's password hash and ends its sessions.
   *
   * @throws InvalidRequestException if there is no such account
   */
  public StaffAccount setPassword(long id, String passwordHash) {
    return jdbc.inTransaction(
        tx -> {
          int changed =
              tx.update(
                  "UPDATE staff_accounts SET password_hash = ? WHERE id = ?", passwordHash, id);
          tx.update("DELETE FROM staff_sessions WHERE account_id = ?", id);
          return found(tx, changed, id);
        });
  }

  /** Replaces a hash made with older parameters after a good login; sessions stay. */
  void rehash(long id, String passwordHash) {
    jdbc.update("UPDATE staff_accounts SET password_hash = ? WHERE id = ?", passwordHash, id);
  }

  private static StaffAccount found(Jdbc jdbc, int changed, long id) {
    if (changed == 0) {
      throw new InvalidRequestException(AccountTexts.NO_SUCH_ACCOUNT);
    }
    return byId(jdbc, id).orElseThrow();
  }

  private static Optional<StaffAccount> byId(Jdbc jdbc, long id) {
    return jdbc.first(
        "SELECT " + COLUMNS + " FROM staff_accounts WHERE id = ?",
        SqliteStaffAccounts::account,
        id);
  }

  private static StaffAccount account(ResultSet row) throws SQLException {
    return new StaffAccount(
        row.getLong("id"),
        row.getString("login"),
        row.getString("name"),
        StaffRole.ofKey(row.getString("role")).orElseThrow(),
        row.getString("unit_code"),
        Jdbc.instant(row, "created_at"),
        row.getBoolean("disabled"));
  }
}
