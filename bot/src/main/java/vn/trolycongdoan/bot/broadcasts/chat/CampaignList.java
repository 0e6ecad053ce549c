package vn.trolycongdoan.bot.broadcasts.chat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.bot.broadcasts.Broadcast;
import vn.trolycongdoan.bot.broadcasts.BroadcastCounts;
import vn.trolycongdoan.bot.broadcasts.BroadcastException;
import vn.trolycongdoan.bot.broadcasts.BroadcastState;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.broadcasts.chat.ChatStaff.Staff;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * {@code /chiendich}: the running, paused and scheduled broadcasts a staff member may see, newest
 * first, each with its counts and buttons to pause, resume and cancel it; after each press the list
 * is shown again in place, with a note of what was done or why not. Thread-safe.
 */
final class CampaignList implements ButtonHandler {

  static final String PREFIX = "cp";
  private static final String PAUSE = "dung";
  private static final String RESUME = "tiep";
  private static final String CANCEL = "huy";
  private static final int SHOWN = 10;
  private static final int TEXT_SHOWN = 60;
  private static final Set<BroadcastState> LISTED =
      Set.of(BroadcastState.SCHEDULED, BroadcastState.SENDING, BroadcastState.PAUSED);

  private final ChatStaff staff;
  private final Broadcasts broadcasts;
  private final AudienceNames names;

  CampaignList(ChatStaff staff, Broadcasts broadcasts, AudienceNames names) {
    this.staff = staff;
    this.broadcasts = broadcasts;
    this.names = names;
  }

  ChatCommand command() {
    return new ChatCommand(
        "chiendich",
        "Các đợt phát tin đang gửi, đang chờ (cán bộ)",
        "/chiendich",
        (from, argument) ->
            staff
                .of(from)
                .map(who -> ChatResponse.of(list(who)))
                .orElseGet(() -> ChatResponse.text(staff.refusal(from))));
  }

  @Override
  public ChatResponse press(ChatUser from, List<String> arguments) {
    String action = arguments.get(0);
    long id = Long.parseLong(arguments.get(1));
    Optional<Staff> sender = staff.of(from);
    if (sender.isEmpty()) {
      return ChatResponse.notice(staff.refusal(from));
    }
    Staff who = sender.get();
    String notice;
    try {
      Broadcast changed =
          switch (action) {
            case PAUSE -> broadcasts.pause(who.member(), id);
            case RESUME -> broadcasts.resume(who.member(), id);
            case CANCEL -> broadcasts.cancel(who.member(), id);
            default -> throw new IllegalArgumentException("Unknown campaign action " + action);
          };
      notice = CampaignTexts.changed(changed);
    } catch (BroadcastException refused) {
      notice = refused.getMessage();
    }
    return new ChatResponse(List.of(list(who).replacingPressed()), notice);
  }

  private Reply list(Staff who) {
    List<Broadcast> listed =
        broadcasts.visibleTo(who.member()).stream()
            .filter(b -> LISTED.contains(b.state()))
            .limit(SHOWN)
            .toList();
    if (listed.isEmpty()) {
      return Reply.of(FormattedText.plain(CampaignTexts.NONE));
    }
    FormattedText.Builder text = FormattedText.builder().bold(CampaignTexts.TITLE);
    List<List<Button>> rows = new ArrayList<>();
    for (Broadcast b : listed) {
      text.newline().newline().bold(CampaignTexts.heading(b, names.describe(b.audience())));
      text.newline().plain(CampaignTexts.excerpt(b, TEXT_SHOWN));
      text.newline().plain(counts(b));
      rows.add(buttons(b));
    }
    return Reply.of(text.build(), rows);
  }

  private String counts(Broadcast b) {
    if (b.state() == BroadcastState.SCHEDULED) {
      LocalDateTime at = LocalDateTime.ofInstant(b.sendAt(), Period.ZONE);
      return CampaignTexts.scheduled(at, b.recipients());
    }
    BroadcastCounts counts = broadcasts.counts(b.id());
    return CampaignTexts.counts(counts, b.recipients());
  }

  private static List<Button> buttons(Broadcast b) {
    List<Button> row = new ArrayList<>();
    if (b.state() == BroadcastState.SENDING) {
      row.add(button(PAUSE, b.id(), CampaignTexts.pause(b.id())));
    }
    if (b.state() == BroadcastState.PAUSED) {
      row.add(button(RESUME, b.id(), CampaignTexts.resume(b.id())));
    }
    row.add(button(CANCEL, b.id(), CampaignTexts.cancel(b.id())));
    return row;
  }

  private static Button button(String action, long id, String label) {
    return ButtonData.of(PREFIX, action, id).button(label);
  }
}
