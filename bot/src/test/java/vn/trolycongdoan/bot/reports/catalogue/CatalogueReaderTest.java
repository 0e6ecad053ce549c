package vn.trolycongdoan.bot.reports.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.reports.ConfigFileException;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.UnitLevel;

class CatalogueReaderTest {

  private static final String MEMBERS =
      """
      indicators:
        - code: DVTONG
          name: Tổng số đoàn viên
          aliases: [tổng đoàn viên, tong doan vien]
          unit: người
          type: count
          range: [0, 500000]
          rollup: sum
          cadence: half-year
          targets:
            - level: province
              period: "2028"
              value: 24500
              written: 24.500 đoàn viên
              document: plans/000
              section: II › 2 › 2.2
      """;

  @Test
  void reads_an_indicator_with_its_targets() {
    Catalogue catalogue = CatalogueReader.read(MEMBERS, "indicators.yaml");

    Indicator members = catalogue.byCode("dvtong").orElseThrow();
    assertThat(members.name()).isEqualTo("Tổng số đoàn viên");
    assertThat(members.aliases()).containsExactly("tổng đoàn viên", "tong doan vien");
    assertThat(members.type()).isEqualTo(IndicatorType.COUNT);
    assertThat(members.rollUp()).isEqualTo(RollUp.SUM);
    assertThat(members.cadence()).isEqualTo(Cadence.HALF_YEAR);
    assertThat(members.accepts(BigDecimal.valueOf(500_000))).isTrue();
    assertThat(members.accepts(BigDecimal.valueOf(500_001))).isFalse();
    Target target = members.targets().get(0);
    assertThat(target.level()).isEqualTo(UnitLevel.PROVINCE);
    assertThat(target.when().appliesTo(Period.parse("2028"))).isTrue();
    assertThat(target.when().appliesTo(Period.parse("2027"))).isFalse();
    assertThat(target.when().label()).isEqualTo("năm 2028");
    assertThat(target.source()).isEqualTo(new PlanPassage("plans/000", "II › 2 › 2.2"));
  }

  @Test
  void a_target_set_for_every_year_applies_to_each_year() {
    Catalogue catalogue =
        CatalogueReader.read(MEMBERS.replace("period: \"2028\"", "each: year"), "indicators.yaml");

    TargetPeriod when = catalogue.indicators().get(0).targets().get(0).when();
    assertThat(when.appliesTo(Period.parse("2026"))).isTrue();
    assertThat(when.appliesTo(Period.parse("2026-H1"))).isFalse();
    assertThat(when.label()).isEqualTo("mỗi năm");
  }

  @Test
  void a_yes_no_indicator_takes_0_or_1_without_a_range() {
    Catalogue catalogue =
        CatalogueReader.read(
            """
            indicators:
              - code: QCDC
                name: Quy chế dân chủ
                unit: có/không
                type: yes-no
                rollup: sum
                cadence: year
            """,
            "indicators.yaml");

    Indicator indicator = catalogue.byCode("QCDC").orElseThrow();
    assertThat(indicator.aliases()).isEmpty();
    assertThat(indicator.accepts(BigDecimal.ONE)).isTrue();
    assertThat(indicator.accepts(BigDecimal.TEN)).isFalse();
  }

  @Test
  void an_indicator_names_its_group_or_falls_in_the_other_indicators() {
    Catalogue grouped =
        CatalogueReader.read(
            MEMBERS.replace("    unit: người\n", "    group: Đoàn viên\n    unit: người\n"),
            "indicators.yaml");
    Catalogue ungrouped = CatalogueReader.read(MEMBERS, "indicators.yaml");

    assertThat(grouped.indicators().get(0).group()).isEqualTo("Đoàn viên");
    assertThat(ungrouped.indicators().get(0).group()).isEqualTo("Chỉ tiêu khác");
  }

  @Test
  void refuses_a_group_that_cannot_name_a_spreadsheet_sheet() {
    assertProblem(
        MEMBERS.replace(
            "    unit: người\n", "    group: %s\n    unit: người\n".formatted("x".repeat(32))),
        2,
        "dài quá 31 ký tự");
    assertProblem(
        MEMBERS.replace("    unit: người\n", "    group: Đoàn viên/Tổ chức\n    unit: người\n"),
        2,
        "nhóm \"Đoàn viên/Tổ chức\" của chỉ tiêu DVTONG");
  }

  @Test
  void refuses_a_bad_value_naming_the_file_the_line_and_the_problem() {
    assertProblem(
        MEMBERS.replace("type: count", "type: number"),
        2,
        "\"type\" không nhận giá trị \"number\"; dùng một trong [count, money, percent, yes-no]");
    assertProblem(MEMBERS.replace("    name: Tổng số đoàn viên\n", ""), 2, "thiếu \"name\"");
    assertProblem(
        MEMBERS.replace("code: DVTONG", "code: dv tong"), 2, "mã \"dv tong\" phải gồm 2–16");
    assertProblem(
        MEMBERS.replace("range: [0, 500000]", "range: [10, 5]"), 2, "cần \"range: [nhỏ nhất");
    assertProblem(
        MEMBERS.replace("value: 24500", "value: 600000"),
        2,
        "chỉ tiêu DVTONG, mục tiêu thứ 1: \"value\" phải là số trong khoảng 0–500000");
    assertProblem(
        MEMBERS.replace("period: \"2028\"", "period: \"2028-13\""),
        2,
        "kỳ \"2028-13\" không hợp lệ");
    assertProblem(
        MEMBERS.replace("period: \"2028\"", "each: year\n        period: \"2028\""),
        2,
        "cần đúng một trong \"each\"");
  }

  @Test
  void refuses_an_unknown_field_naming_it_at_the_line_of_its_entry() {
    assertProblem(
        MEMBERS.replace("rollup: sum", "rolup: sum"), 2, "chỉ tiêu không có trường \"rolup\"");
    assertProblem(
        MEMBERS.replace("aliases: [tổng đoàn viên, tong doan vien]", "aliases: [[tổng]]"),
        2,
        "giá trị của \"aliases\" sai kiểu");
  }

  @Test
  void refuses_yaml_that_does_not_parse_at_its_line() {
    assertProblem(
        MEMBERS.replace("name: Tổng số đoàn viên", "name: Tổng: số đoàn viên"),
        3,
        "không đọc được YAML");
  }

  @Test
  void refuses_a_file_without_the_indicators_list() {
    assertProblem("chi_tieu:\n  - code: DVM\n", 1, "tệp phải bắt đầu bằng danh sách");
  }

  @Test
  void refuses_a_code_used_twice_naming_both_lines() {
    String twice = MEMBERS + MEMBERS.substring(MEMBERS.indexOf("  - code"));

    assertProblem(twice, 17, "mã DVTONG đã dùng ở dòng 2");
  }

  @Test
  void refuses_a_name_that_also_names_another_indicator_ignoring_case_and_diacritics() {
    String other =
        """
          - code: DVM
            name: Đoàn viên mới
            aliases: [Tổng Đoàn Viên]
            unit: người
            type: count
            range: [0, 100]
            rollup: sum
            cadence: half-year
        """;

    assertProblem(MEMBERS + other, 17, "tên \"Tổng Đoàn Viên\" của DVM trùng với chỉ tiêu DVTONG");
  }

  @Test
  void a_weighted_average_needs_a_count_of_members_to_weigh_it() {
    String share =
        """
          - code: QXHTL
            name: Tỷ lệ ủng hộ quỹ
            unit: "%%"
            type: percent
            range: [0, 100]
            rollup: member-weighted-average
            weight: %s
            cadence: year
        """;

    assertThat(
            CatalogueReader.read(MEMBERS + share.formatted("DVTONG"), "indicators.yaml")
                .byCode("QXHTL")
                .orElseThrow()
                .weight())
        .isEqualTo("DVTONG");
    assertProblem(
        MEMBERS + share.formatted("QXH"), 17, "\"weight\" của QXHTL phải là mã một chỉ tiêu");
    assertProblem(MEMBERS + share.replace("    weight: %s\n", ""), 17, "QXHTL cần \"weight\"");
    assertProblem(
        MEMBERS + share.formatted("DVTONG").replace("range: [0, 100]", "range: [0, 120]"),
        17,
        "không quá 100");
  }

  @Test
  void figures_combine_over_time_as_written_or_summed_when_a_count_is_summed_over_units() {
    String more =
        """
          - code: DVM
            name: Đoàn viên mới
            unit: người
            type: count
            range: [0, 100]
            rollup: sum
            cadence: month
          - code: QXHTL
            name: Tỷ lệ ủng hộ quỹ
            unit: "%"
            type: percent
            range: [0, 100]
            rollup: member-weighted-average
            weight: DVTONG
            cadence: year
        """;
    Catalogue catalogue =
        CatalogueReader.read(
            MEMBERS.replace("cadence: half-year", "cadence: half-year\n    over-time: latest")
                + more,
            "indicators.yaml");

    assertThat(catalogue.byCode("DVTONG").orElseThrow().overTime()).isEqualTo(RollUp.LATEST);
    assertThat(catalogue.byCode("DVM").orElseThrow().overTime()).isEqualTo(RollUp.SUM);
    assertThat(catalogue.byCode("QXHTL").orElseThrow().overTime()).isEqualTo(RollUp.LATEST);
    assertProblem(
        MEMBERS.replace("cadence: half-year", "cadence: half-year\n    over-time: average"),
        2,
        "\"over-time\" không nhận giá trị \"average\"");
    assertProblem(
        MEMBERS + more.replace("cadence: year", "cadence: year\n    over-time: sum"),
        24,
        "QXHTL: \"over-time\" là sum, latest hoặc max");
  }

  private static void assertProblem(String yaml, int line, String problem) {
    assertThatThrownBy(() -> CatalogueReader.read(yaml, "/etc/troly/indicators.yaml"))
        .isInstanceOfSatisfying(
            ConfigFileException.class,
            e -> {
              assertThat(e.line()).as(e.vietnameseMessage()).isEqualTo(line);
              assertThat(e.vietnameseMessage())
                  .startsWith("Tệp cấu hình sai: /etc/troly/indicators.yaml, dòng " + line + ": ")
                  .contains(problem);
            });
  }
}
