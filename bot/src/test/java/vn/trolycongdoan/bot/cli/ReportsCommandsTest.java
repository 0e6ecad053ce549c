package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.invites.InviteStore.Redemption;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.store.Database;

/** The reports' commands of the real command line: units, indicators, invite, and bad files. */
class ReportsCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  @Test
  void units_lists_the_tree_each_unit_below_its_parent() {
    CommandLineRun run = CommandLineRun.of(Map.of(), withData("units"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("LDLD")
        .contains("Liên đoàn Lao động tỉnh Lai Châu", "cấp trên: —", "LĐLĐ tỉnh");
    assertThat(lines.get(1)).startsWith("  TPLC").contains("cấp trên: LDLD");
    assertThat(lines.get(2)).startsWith("    TPLC-01").contains("Công đoàn cơ sở");
    assertThat(run.out()).contains("PTO-03", "(giải thể 30/06/2024)");
  }

  @Test
  void units_json_gives_code_name_parent_and_level() throws IOException {
    CommandLineRun run = CommandLineRun.of(Map.of(), withData("units", "--json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode units = JSON.readTree(run.out());
    assertThat(units.size()).isGreaterThan(45);
    JsonNode grassroots = units.get(2);
    assertThat(grassroots.get("code").asText()).isEqualTo("TPLC-01");
    assertThat(grassroots.get("parent").asText()).isEqualTo("TPLC");
    assertThat(grassroots.get("level").asText()).isEqualTo("grassroots");
    assertThat(units.get(0).get("parent").isNull()).isTrue();
  }

  @Test
  void indicators_lists_code_name_aliases_unit_type_and_cadence() throws IOException {
    CommandLineRun text = CommandLineRun.of(Map.of(), withData("indicators"));
    CommandLineRun json = CommandLineRun.of(Map.of(), withData("indicators", "--json"));

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("BUAAN")
                    .contains("Giá trị bữa ăn ca", "bua an ca", "đ/bữa", "money", "mỗi năm"));
    JsonNode first = JSON.readTree(json.out()).get(0);
    assertThat(first.get("code").asText()).isEqualTo("DVM");
    assertThat(first.get("aliases").toString()).contains("doan vien moi");
    assertThat(first.get("unit").asText()).isEqualTo("người");
    assertThat(first.get("type").asText()).isEqualTo("count");
    assertThat(first.get("cadence").asText()).isEqualTo("half-year");
  }

  @Test
  void invite_prints_a_code_alone_on_its_last_line_while_the_database_is_open_elsewhere() {
    Instant before = Instant.now();
    try (Database server = Database.open(data.resolve("troly-congdoan.db"))) {
      server.jdbc().inTransaction(tx -> tx.list("SELECT 1", row -> row.getInt(1)));

      CommandLineRun run = CommandLineRun.of(Map.of(), withData("invite", "tdg-01"));

      assertThat(run.exitCode()).as(run.err()).isZero();
      List<String> lines = run.out().lines().toList();
      String code = lines.get(lines.size() - 1);
      assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
      assertThat(run.out())
          .contains("CĐCS Công ty Cổ phần Chè Tam Đường (TDG-01)", "14 ngày", "/dangky " + code);
      long expires =
          server
              .jdbc()
              .first(
                  "SELECT expires_at FROM report_invites WHERE code = ?",
                  row -> row.getLong(1),
                  code.replace("-", ""))
              .orElseThrow();
      assertThat(Instant.ofEpochMilli(expires))
          .isBetween(before.plus(Duration.ofDays(14)), Instant.now().plus(Duration.ofDays(14)));

      SqliteInviteStore invites = new SqliteInviteStore(server);
      ChatUser reporter = new ChatUser(Channel.TELEGRAM, "42", "42", "Chị Lan");
      assertThat(invites.redeem(code.toLowerCase(), reporter, Instant.now()))
          .isEqualTo(new Redemption.Redeemed("TDG-01"));
    }
  }

  @Test
  void invite_takes_the_days_it_is_valid_for() {
    CommandLineRun run = CommandLineRun.of(Map.of(), withData("invite", "LDLD", "--days", "3"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("hiệu lực 3 ngày");
  }

  @Test
  void invite_refuses_an_unknown_or_closed_unit_and_a_bad_number_of_days() {
    CommandLineRun unknown = CommandLineRun.of(Map.of(), withData("invite", "XYZ-9"));
    CommandLineRun closed = CommandLineRun.of(Map.of(), withData("invite", "PTO-03"));
    CommandLineRun days = CommandLineRun.of(Map.of(), withData("invite", "LDLD", "--days", "0"));

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("Không có đơn vị mã \"XYZ-9\"; xem danh sách bằng lệnh units");
    assertThat(closed.exitCode()).isEqualTo(2);
    assertThat(closed.err()).contains("không hoạt động hôm nay", "giải thể 30/06/2024");
    assertThat(days.exitCode()).isEqualTo(2);
    assertThat(days.err()).contains("Số ngày (--days) phải từ 1 đến 365");
    assertThat(data.resolve("troly-congdoan.db")).doesNotExist();
  }

  @Test
  void a_units_file_with_a_mistake_stops_start_up_naming_the_file_and_the_line()
      throws IOException {
    Path units =
        Files.writeString(
            data.resolve("units.csv"),
            "code,name,parent,opened,closed\nLDLD,LĐLĐ tỉnh,,2004-01-01,\nTDG,Tam Đường,LDLX,2004-01-01,\n");

    for (String command : new String[] {"serve", "units", "invite"}) {
      String[] args = command.equals("invite") ? withData(command, "TDG") : withData(command);
      CommandLineRun run = CommandLineRun.of(Map.of("UNITS_FILE", units.toString()), args);

      assertThat(run.exitCode()).as(command).isEqualTo(2);
      assertThat(run.err())
          .as(command)
          .contains(
              "Tệp cấu hình sai: " + units.toAbsolutePath() + ", dòng 3: đơn vị cấp trên \"LDLX\"");
    }
    assertThat(data.resolve("index")).doesNotExist();
  }

  @Test
  void a_tags_file_with_a_mistake_stops_start_up_naming_the_file_and_the_line() throws IOException {
    Path tags = Files.writeString(data.resolve("tags.txt"), "tin-tuc | Tin tức\nPháp luật\n");

    CommandLineRun run = CommandLineRun.of(Map.of("TAGS_FILE", tags.toString()), withData("serve"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Tệp cấu hình sai: " + tags.toAbsolutePath() + ", dòng 2: cần dạng \"mã | tên");
    assertThat(data.resolve("index")).doesNotExist();
  }

  @Test
  void a_unit_code_that_names_an_indicator_stops_start_up() throws IOException {
    Path units =
        Files.writeString(
            data.resolve("units.csv"),
            "code,name,parent,opened,closed\nLDLD,LĐLĐ tỉnh,,2004-01-01,\nDVM,Sai mã,LDLD,2004-01-01,\n");

    CommandLineRun run =
        CommandLineRun.of(Map.of("UNITS_FILE", units.toString()), withData("units"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Tệp cấu hình sai: "
                + units.toAbsolutePath()
                + ": mã đơn vị DVM trùng với tên của chỉ tiêu DVM");
  }

  @Test
  void an_indicators_file_with_a_mistake_stops_start_up_naming_the_file_and_the_line()
      throws IOException {
    Path settings =
        Files.writeString(data.resolve("settings.properties"), "indicators.file = chi-tieu.yaml\n");
    Files.writeString(
        data.resolve("chi-tieu.yaml"),
        "indicators:\n  - code: DVM\n    name: Đoàn viên mới\n    unit: người\n    type: so\n");

    CommandLineRun run =
        CommandLineRun.of(Map.of(), withData("--config", settings.toString(), "indicators"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Tệp cấu hình sai: " + data.resolve("chi-tieu.yaml").toAbsolutePath() + ", dòng 2:",
            "\"type\" không nhận giá trị \"so\"");
  }

  @Test
  void a_missing_indicators_file_is_a_bad_setting() {
    CommandLineRun run =
        CommandLineRun.of(Map.of("INDICATORS_FILE", "/khong/co.yaml"), withData("indicators"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Cấu hình sai: indicators.file", "không tìm thấy tệp");
  }

  private String[] withData(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }
}
