package vn.trolycongdoan.bot.reports.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.invites.InviteStore.Redemption;
import vn.trolycongdoan.bot.store.Database;

class SqliteInviteStoreTest {

  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "1", "1", "Lan");
  private static final ChatUser MINH = new ChatUser(Channel.TELEGRAM, "2", "2", "Minh");

  @TempDir Path folder;
  private Database database;
  private SqliteInviteStore invites;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("test.db"));
    invites = new SqliteInviteStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_code_binds_its_first_user_to_the_unit_and_then_is_spent() {
    Invite invite = invites.create("TDG-01", NOW, NOW.plus(Duration.ofDays(14)), "cli");

    assertThat(invites.redeem(invite.code().toString(), LAN, NOW.plusSeconds(60)))
        .isEqualTo(new Redemption.Redeemed("TDG-01"));
    assertThat(invites.redeem(invite.code().toString(), MINH, NOW.plusSeconds(120)))
        .isEqualTo(new Redemption.AlreadyUsed(NOW.plusSeconds(60)));
    assertThat(
            database
                .jdbc()
                .first(
                    "SELECT used_user_id FROM report_invites WHERE code = ?",
                    row -> row.getString(1),
                    invite.code().canonical()))
        .hasValue("1");
  }

  @Test
  void a_code_stops_working_when_it_expires() {
    Instant expiry = NOW.plus(Duration.ofDays(14));
    Invite invite = invites.create("TDG-01", NOW, expiry, "cli");

    assertThat(invites.redeem(invite.code().toString(), LAN, expiry))
        .isEqualTo(new Redemption.Expired(expiry));
  }

  @Test
  void a_code_may_be_typed_in_any_case_with_or_without_the_dash() {
    Invite invite = invites.create("TDG-01", NOW, NOW.plus(Duration.ofDays(1)), "cli");
    String typed = " " + invite.code().canonical().toLowerCase().replaceAll("(.{5})", "$1 ");

    assertThat(invites.redeem(typed, LAN, NOW)).isEqualTo(new Redemption.Redeemed("TDG-01"));
  }

  @Test
  void an_unknown_or_malformed_code_is_unknown() {
    assertThat(invites.redeem("ABCDE-FGHJK", LAN, NOW)).isEqualTo(new Redemption.Unknown());
    assertThat(invites.redeem("0000", LAN, NOW)).isEqualTo(new Redemption.Unknown());
    assertThat(invites.redeem("", LAN, NOW)).isEqualTo(new Redemption.Unknown());
  }

  @Test
  void codes_are_random_readable_and_distinct() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      InviteCode code = InviteCode.random();
      assertThat(code.toString()).matches("[A-HJKMNP-TV-Z2-9]{5}-[A-HJKMNP-TV-Z2-9]{5}");
      codes.add(code.canonical());
    }
    assertThat(codes).hasSize(2_000);
  }
}
