package vn.trolycongdoan.bot.reports.staff;

import java.time.Instant;
import java.util.Optional;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;
import vn.trolycongdoan.bot.store.SecretTokens;

/** {@link StaffTokens} in the {@code staff_tokens} table (migration V7). */
public final class SqliteStaffTokens implements StaffTokens {

  private final Jdbc jdbc;

  public SqliteStaffTokens(Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public String create(StaffMember member, Instant createdAt) {
    String token = SecretTokens.newToken();
    jdbc.update(
        "INSERT INTO staff_tokens (token_hash, name, role, unit_code, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        SecretTokens.hash(token),
        member.name(),
        member.role().key(),
        member.unitCode(),
        createdAt);
    return token;
  }

  @Override
  public Optional<StaffMember> holder(String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.first(
        "SELECT name, role, unit_code FROM staff_tokens WHERE token_hash = ?",
        row ->
            new StaffMember(
                row.getString("name"),
                StaffRole.ofKey(row.getString("role")).orElseThrow(),
                row.getString("unit_code")),
        SecretTokens.hash(token));
  }
}
