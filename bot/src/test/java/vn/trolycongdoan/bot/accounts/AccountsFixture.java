package vn.trolycongdoan.bot.accounts;

import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;

/** The bundled unit tree and a cheap hasher, for the accounts' tests. */
final class AccountsFixture {

  static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");

  /** The lowest cost Argon2 takes with one lane, so tests hash fast; the format is the same. */
  static final PasswordHasher CHEAP = new PasswordHasher(new PasswordHasher.Cost(8, 1, 1));

  private AccountsFixture() {}
}
