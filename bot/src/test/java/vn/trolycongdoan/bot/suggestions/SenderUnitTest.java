package vn.trolycongdoan.bot.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/** Which unit's staff a kiến nghị is for, from roles and reporters stored in real SQLite. */
class SenderUnitTest {

  private static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");

  @TempDir Path folder;

  private Database database;
  private SenderUnit senderUnit;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    senderUnit = new SenderUnit(database, UNITS);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_reporter_belongs_to_the_unit_they_report_for() {
    reports("11", "TDG-01");

    assertThat(senderUnit.of(member("11"))).contains("TDG-01");
  }

  @Test
  void a_staff_role_wins_over_the_units_reported_for() {
    reports("12", "TDG-01");
    database
        .jdbc()
        .update(
            "INSERT INTO staff_roles (channel, user_id, unit_code, granted_by, granted_at)"
                + " VALUES ('TELEGRAM', '12', 'TPLC', '1', 0)");

    assertThat(senderUnit.of(member("12"))).contains("TPLC");
  }

  @Test
  void a_reporter_of_several_units_belongs_to_the_lowest_unit_above_them_all() {
    reports("13", "TPLC-01");
    reports("13", "TPLC-03");
    reports("14", "TPLC-02");
    reports("14", "TDG-02");
    reports("15", "TDG");
    reports("15", "TDG-03");

    assertThat(senderUnit.of(member("13"))).contains("TPLC");
    assertThat(senderUnit.of(member("14"))).contains("LDLD");
    assertThat(senderUnit.of(member("15"))).contains("TDG");
  }

  @Test
  void nobody_known_and_units_gone_from_the_file_give_no_unit() {
    reports("16", "GONE-01");

    assertThat(senderUnit.of(member("16"))).isEmpty();
    assertThat(senderUnit.of(member("17"))).isEmpty();
    assertThat(senderUnit.of(new ChatUser(Channel.WEB, "web-1", "web-1", ""))).isEmpty();
  }

  @Test
  void the_same_user_id_on_another_channel_is_someone_else() {
    reports("18", "TDG-01");

    assertThat(senderUnit.of(new ChatUser(Channel.WEB, "18", "18", ""))).isEmpty();
  }

  private void reports(String userId, String unit) {
    database
        .jdbc()
        .update(
            "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                + " VALUES ('TELEGRAM', ?, ?, 0)",
            userId,
            unit);
  }

  private static ChatUser member(String id) {
    return new ChatUser(Channel.TELEGRAM, id, id, "Đoàn viên " + id);
  }
}
