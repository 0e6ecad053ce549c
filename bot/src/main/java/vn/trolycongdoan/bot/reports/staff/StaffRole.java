package vn.trolycongdoan.bot.reports.staff;

import java.util.Locale;
import java.util.Optional;

/** What a staff token may see: an admin every unit, a staff member one unit's subtree. */
public enum StaffRole {
  ADMIN,
  STAFF;

  /** As the command line and the database write it: {@code admin}, {@code staff}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role written {@code key}, in any case; empty if there is none. */
  public static Optional<StaffRole> ofKey(String key) {
    for (StaffRole role : values()) {
      if (role.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
