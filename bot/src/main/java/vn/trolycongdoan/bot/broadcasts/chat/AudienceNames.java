package vn.trolycongdoan.bot.broadcasts.chat;

import vn.trolycongdoan.bot.broadcasts.Audience;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.tags.Tag;
import vn.trolycongdoan.bot.tags.TagList;

/** How the preview and the campaign list name an audience, in Vietnamese. Thread-safe. */
final class AudienceNames {

  private final UnitTree units;
  private final TagList tags;

  AudienceNames(UnitTree units, TagList tags) {
    this.units = units;
    this.tags = tags;
  }

  String describe(Audience audience) {
    return switch (audience.kind()) {
      case ALL -> ComposeTexts.AUDIENCE_ALL;
      case UNIT ->
          units
              .byCode(audience.unitCode())
              .map(unit -> ComposeTexts.audienceUnit(unit, audience.subtree()))
              .orElse(audience.unitCode());
      case TAG ->
          ComposeTexts.audienceTag(
              tags.byKey(audience.tag()).map(Tag::label).orElse(audience.tag()));
    };
  }
}
