package vn.trolycongdoan.bot.broadcasts.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.chat.AttachmentHandler;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.CommandHandler;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.tags.TagList;

/**
 * Broadcasts in chat, put together: {@code /phatsong} to compose one and {@code /chiendich} to
 * follow and steer them, for staff and admins in Telegram within their subtree; everyone else gets
 * a refusal. Drafts are kept in the database and dropped {@link #DRAFTS_KEPT} after their last step
 * ({@link #removeExpired}). Thread-safe.
 */
public final class BroadcastChat {

  /** How long an unfinished draft is kept, as long as the reporters' drafts. */
  public static final Duration DRAFTS_KEPT = Duration.ofDays(7);

  private static final Logger log = LoggerFactory.getLogger(BroadcastChat.class);

  private final SqliteBroadcastDrafts drafts;
  private final Composer composer;
  private final CampaignList campaigns;
  private final Clock clock;

  /**
   * @param tags the topics members may choose, offered to admins as audiences
   * @param clock the time drafts are stamped and scheduled times judged by
   */
  public BroadcastChat(
      Broadcasts broadcasts,
      StaffRoles roles,
      UnitTree units,
      Database database,
      TagList tags,
      Clock clock) {
    this.drafts = new SqliteBroadcastDrafts(database, clock);
    this.clock = clock;
    ChatStaff staff = new ChatStaff(roles);
    AudienceNames names = new AudienceNames(units, tags);
    DraftSending sending = new DraftSending(drafts, broadcasts, names, clock);
    this.composer =
        new Composer(
            drafts,
            staff,
            new AudienceChoice(drafts, new UnitPicker(units), sending, tags),
            sending);
    this.campaigns = new CampaignList(staff, broadcasts, names);
  }

  /** {@code /phatsong} and {@code /chiendich}, in menu order. */
  public List<ChatCommand> commands() {
    return List.of(composer.command(), campaigns.command());
  }

  /** The buttons of composing and of the campaign list, by prefix. */
  public Map<String, ButtonHandler> buttons() {
    return Map.of(Composer.PREFIX, composer, CampaignList.PREFIX, campaigns);
  }

  /**
   * What answers plain text: the draft of a staff member whose draft waits for text, {@code
   * otherwise} for everyone else.
   */
  public CommandHandler plainText(CommandHandler otherwise) {
    return (from, text) -> composer.text(from, text).orElseGet(() -> otherwise.handle(from, text));
  }

  /** Takes the photo or document of a draft waiting for its content. */
  public AttachmentHandler attachments() {
    return composer::attachment;
  }

  /**
   * Drops the drafts whose last step is older than {@link #DRAFTS_KEPT}; pressing a button of one
   * then answers that it is gone.
   *
   * @return how many were dropped
   */
  public int removeExpired() {
    int removed = drafts.removeSavedBefore(clock.instant().minus(DRAFTS_KEPT));
    if (removed > 0) {
      log.info("Dropped {} broadcast drafts older than {} days", removed, DRAFTS_KEPT.toDays());
    }
    return removed;
  }
}
