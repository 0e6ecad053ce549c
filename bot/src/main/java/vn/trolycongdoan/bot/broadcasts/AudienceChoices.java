package vn.trolycongdoan.bot.broadcasts;

import java.util.List;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.tags.Tag;

/**
 * The audiences one staff member may send a broadcast to, as {@link Broadcasts#choices} gives them.
 *
 * @param all whether they may send to every subscriber (admins only)
 * @param units the units whose reporters they may reach, each followed by its subtree (the order of
 *     an indented list)
 * @param tags the topics whose members they may reach (admins only; a tag spans every unit)
 */
public record AudienceChoices(boolean all, List<OrgUnit> units, List<Tag> tags) {

  public AudienceChoices {
    units = List.copyOf(units);
    tags = List.copyOf(tags);
  }
}
