package vn.trolycongdoan.bot.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.store.Database;

class ExpiredEntriesTest {

  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final ChatUser MINH = new ChatUser(Channel.WEB, "web:2", "web:2", "Anh Minh");
  private static final Duration WEEK = Duration.ofDays(7);

  @TempDir Path folder;
  private final FakeClock clock = FakeClock.atVietnamTime("2026-05-01T09:00");
  private Database database;
  private SqliteDraftStore drafts;
  private SqliteDialogueStore dialogues;
  private ExpiredEntries expired;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("entries.db"));
    drafts = new SqliteDraftStore(database);
    dialogues = new SqliteDialogueStore(database, clock);
    expired = new ExpiredEntries(database, WEEK, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void drops_drafts_and_guided_entries_a_week_old_and_keeps_newer_ones() {
    drafts.save(draft("old", null));
    drafts.save(draft("stored", "BC-000001"));
    dialogues.save(new EntryDialogue(LAN, "TDG-01", "2026-H1", 2, "DVM=15"));
    clock.advance(Duration.ofDays(3));
    drafts.save(draft("new", null));
    dialogues.save(new EntryDialogue(MINH, null, null, 0, ""));
    clock.advance(Duration.ofDays(4).plusMinutes(1));

    assertThat(expired.removeOld()).isEqualTo(new ExpiredEntries.Removed(2, 1));

    assertThat(drafts.find("old")).isEmpty();
    assertThat(drafts.find("stored")).isEmpty();
    assertThat(drafts.find("new")).isPresent();
    assertThat(dialogues.find(LAN)).isEmpty();
    assertThat(dialogues.find(MINH)).isPresent();
    assertThat(
            database.jdbc().list("SELECT draft_id FROM report_draft_values", r -> r.getString(1)))
        .containsExactly("new");
  }

  @Test
  void a_step_of_a_guided_entry_keeps_it_another_week() {
    dialogues.save(new EntryDialogue(LAN, "TDG-01", null, 0, ""));
    clock.advance(Duration.ofDays(6));
    dialogues.save(new EntryDialogue(LAN, "TDG-01", "2026-H1", 1, "DVM=15"));
    clock.advance(Duration.ofDays(6));

    assertThat(expired.removeOld()).isEqualTo(new ExpiredEntries.Removed(0, 0));
    assertThat(dialogues.find(LAN)).isPresent();
  }

  @Test
  void an_entry_saved_before_it_had_a_time_is_kept_a_week_from_the_first_clean_up() {
    dialogues.save(new EntryDialogue(LAN, "TDG-01", null, 0, ""));
    database.jdbc().update("UPDATE report_dialogues SET saved_at = NULL");

    assertThat(expired.removeOld().dialogues()).isZero();
    clock.advance(WEEK.minusMinutes(1));
    assertThat(expired.removeOld().dialogues()).isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(expired.removeOld().dialogues()).isEqualTo(1);
  }

  private ReportDraft draft(String id, String receipt) {
    return new ReportDraft(
        id,
        LAN,
        "TDG-01",
        "DVM=15",
        clock.instant(),
        List.of(new ReportValue("DVM", Period.parse("2026-H1"), BigDecimal.valueOf(15))),
        false,
        receipt);
  }
}
