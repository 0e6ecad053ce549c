package vn.trolycongdoan.bot.reports.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.ConfigFileException;

class UnitTreeReaderTest {

  private static final String TREE =
      """
      # sample
      code,name,parent,opened,closed
      LDLD,Liên đoàn Lao động tỉnh Lai Châu,,2004-01-01,
      TDG,Liên đoàn Lao động huyện Tam Đường,LDLD,2004-01-01,
      TDG-01,"CĐCS Công ty Cổ phần Chè Tam Đường, chi nhánh 1",TDG,2006-05-01,2024-06-30
      """;

  @Test
  void reads_the_tree_with_levels_from_depth_and_skips_comments() {
    UnitTree tree = UnitTreeReader.read(TREE, "units.csv");

    assertThat(tree.root().code()).isEqualTo("LDLD");
    assertThat(tree.root().level()).isEqualTo(UnitLevel.PROVINCE);
    OrgUnit grassroots = tree.byCode("tdg-01").orElseThrow();
    assertThat(grassroots.name()).isEqualTo("CĐCS Công ty Cổ phần Chè Tam Đường, chi nhánh 1");
    assertThat(grassroots.parent()).isEqualTo("TDG");
    assertThat(grassroots.level()).isEqualTo(UnitLevel.GRASSROOTS);
    assertThat(tree.byCode("TDG").orElseThrow().level()).isEqualTo(UnitLevel.UPPER);
    assertThat(tree.children(tree.root())).extracting(OrgUnit::code).containsExactly("TDG");
    assertThat(tree.depthFirst())
        .extracting(OrgUnit::code)
        .containsExactly("LDLD", "TDG", "TDG-01");
  }

  @Test
  void a_unit_is_open_from_its_opening_day_to_its_closing_day() {
    OrgUnit unit = UnitTreeReader.read(TREE, "units.csv").byCode("TDG-01").orElseThrow();

    assertThat(unit.isOpenOn(LocalDate.of(2006, 4, 30))).isFalse();
    assertThat(unit.isOpenOn(LocalDate.of(2006, 5, 1))).isTrue();
    assertThat(unit.isOpenOn(LocalDate.of(2024, 6, 30))).isTrue();
    assertThat(unit.isOpenOn(LocalDate.of(2024, 7, 1))).isFalse();
  }

  @Test
  void the_bundled_sample_is_the_lai_chau_tree() {
    UnitTree tree = UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");

    assertThat(tree.root().name()).isEqualTo("Liên đoàn Lao động tỉnh Lai Châu");
    assertThat(tree.children(tree.root()))
        .extracting(OrgUnit::name)
        .contains(
            "Liên đoàn Lao động thành phố Lai Châu",
            "Liên đoàn Lao động huyện Tam Đường",
            "Liên đoàn Lao động huyện Phong Thổ",
            "Liên đoàn Lao động huyện Sìn Hồ",
            "Liên đoàn Lao động huyện Mường Tè",
            "Liên đoàn Lao động huyện Than Uyên",
            "Liên đoàn Lao động huyện Tân Uyên",
            "Liên đoàn Lao động huyện Nậm Nhùn");
    assertThat(tree.depthFirst())
        .filteredOn(unit -> unit.level() == UnitLevel.GRASSROOTS)
        .hasSizeBetween(35, 45);
  }

  @Test
  void refuses_a_bad_line_naming_the_file_the_line_and_the_problem() {
    assertProblem(TREE.replace("code,name", "ma,name"), 2, "dòng tiêu đề phải là");
    assertProblem(
        TREE.replace(",TDG,2006-05-01", ",TDX,2006-05-01"), 5, "\"TDX\" của TDG-01 chưa có");
    assertProblem(TREE.replace("TDG-01,", "TDG,"), 5, "mã đơn vị TDG đã dùng ở dòng 4");
    assertProblem(TREE.replace("TDG-01,", "tdg 01,"), 5, "mã đơn vị \"tdg 01\" phải gồm");
    assertProblem(TREE.replace("2006-05-01", "01/05/2006"), 5, "ngày opened \"01/05/2006\"");
    assertProblem(TREE.replace("2024-06-30", "2001-01-01"), 5, "không sau ngày giải thể");
    assertProblem(TREE.replace(",LDLD,2004", ",,2004"), 4, "TDG cần đơn vị cấp trên");
    assertProblem(TREE.replace(",,2004-01-01", ",TDG,2004-01-01"), 3, "đơn vị đầu tiên là gốc");
    assertProblem(TREE.replace(",2004-01-01,\nTDG", ",2004-01-01\nTDG"), 3, "cần 5 cột");
    assertProblem(
        TREE + "TDG-01-A,Tổ công đoàn,TDG-01,2010-01-01,\n", 6, "dưới một CĐCS: cây chỉ có 3 cấp");
    assertProblem("# nothing\ncode,name,parent,opened,closed\n", 0, "tệp không có đơn vị nào");
  }

  @Test
  void refuses_csv_that_does_not_parse() {
    assertThatThrownBy(() -> UnitTreeReader.read(TREE + "X,\"unclosed,LDLD,2004-01-01,\n", "u.csv"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("u.csv");
  }

  private static void assertProblem(String csv, int line, String problem) {
    assertThatThrownBy(() -> UnitTreeReader.read(csv, "/etc/troly/units.csv"))
        .isInstanceOfSatisfying(
            ConfigFileException.class,
            e -> {
              assertThat(e.line()).as(e.vietnameseMessage()).isEqualTo(line);
              assertThat(e.vietnameseMessage())
                  .startsWith("Tệp cấu hình sai: /etc/troly/units.csv")
                  .contains(problem);
            });
  }
}
