package vn.trolycongdoan.bot.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The unit a kiến nghị belongs to, from what the service knows of its sender: the unit of their
 * staff role ({@code /capquyen}), else the unit they report for ({@code /dangky}), else, when they
 * report for several, the lowest unit above all of them, so that the staff of that unit see it and
 * no unit's staff see another's. Nobody known (a web chat visitor, a member who never registered)
 * gives no unit: the kiến nghị is then for admins only. Codes no longer in the unit file are left
 * out. Thread-safe; throws {@link vn.trolycongdoan.bot.store.StoreException} if the database fails.
 */
public final class SenderUnit {

  private final Jdbc jdbc;
  private final UnitTree units;

  public SenderUnit(Database database, UnitTree units) {
    this.jdbc = database.jdbc();
    this.units = units;
  }

  /** The code of the unit {@code sender} belongs to; empty when none is known. */
  public Optional<String> of(ChatUser sender) {
    Optional<OrgUnit> role =
        jdbc.first(
                "SELECT unit_code FROM staff_roles WHERE channel = ? AND user_id = ?",
                row -> row.getString(1),
                sender.channel(),
                sender.userId())
            .flatMap(units::byCode);
    if (role.isPresent()) {
      return role.map(OrgUnit::code);
    }
    List<OrgUnit> reported =
        jdbc
            .list(
                "SELECT unit_code FROM reporters WHERE channel = ? AND user_id = ?"
                    + " ORDER BY registered_at",
                row -> row.getString(1),
                sender.channel(),
                sender.userId())
            .stream()
            .flatMap(code -> units.byCode(code).stream())
            .toList();
    return lowestCommon(reported).map(OrgUnit::code);
  }

  /** The lowest unit whose subtree holds every one of {@code among}; empty for none. */
  Optional<OrgUnit> lowestCommon(List<OrgUnit> among) {
    if (among.isEmpty()) {
      return Optional.empty();
    }
    return ancestry(among.get(0)).stream()
        .filter(candidate -> units.subtree(candidate).containsAll(among))
        .findFirst();
  }

  /** {@code unit}, its parent, and so on up to the root. */
  private List<OrgUnit> ancestry(OrgUnit unit) {
    List<OrgUnit> line = new ArrayList<>();
    Optional<OrgUnit> at = Optional.of(unit);
    while (at.isPresent()) {
      line.add(at.get());
      at = at.get().parent() == null ? Optional.empty() : units.byCode(at.get().parent());
    }
    return line;
  }
}
