package vn.trolycongdoan.bot.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

class ReportCommandParserTest {

  private final ReportCommandParser parser = BundledReporting.parser();

  @Test
  void reads_code_value_pairs_in_every_tolerated_form() {
    for (String message :
        List.of(
            "/baocao DVM=15",
            "/baocao DVM 15",
            "/baocao dvm: 15",
            "/baocao DVM = 15",
            "/baocao@TroLyCongDoanBot DVM=15",
            "DVM=15",
            "/BaoCao đoàn viên mới 15",
            "/baocao doan vien moi 15",
            "/baocao Đoàn Viên Mới: 15 người",
            "/baocao kết nạp mới 15",
            "/baocao DVM mười lăm",
            "/baocao DVM muoi lam nguoi")) {
      assertThat(values(message)).as(message).containsExactly(Map.entry("DVM", "15"));
    }
  }

  @Test
  void reads_several_pairs_separated_by_spaces_commas_semicolons_or_lines() {
    Map.Entry<String, String> members = Map.entry("DVM", "15");
    Map.Entry<String, String> total = Map.entry("DVTONG", "2300");
    for (String message :
        List.of(
            "/baocao DVM=15 DVTONG=2.300",
            "/baocao DVM=15, DVTONG=2.300",
            "/baocao DVM 15; tổng số đoàn viên 2.300 người",
            "/baocao\nđoàn viên mới: 15\ntong doan vien: 2300\n",
            "/baocao DVM=15,DVTONG=2300")) {
      assertThat(values(message)).as(message).containsExactly(members, total);
    }
  }

  @Test
  void reads_numbers_as_vietnamese_reporters_write_them() {
    Map<String, String> written =
        Map.ofEntries(
            Map.entry("QXH 3.500.000", "3500000"),
            Map.entry("QXH 3.500.000 đồng", "3500000"),
            Map.entry("QXH 3,5 triệu", "3500000"),
            Map.entry("QXH 3,5tr", "3500000"),
            Map.entry("QXH 200 nghìn", "200000"),
            Map.entry("QXH 200k", "200000"),
            Map.entry("QXH 1,2 tỷ đồng", "1200000000"),
            Map.entry("QXH 3500000đ", "3500000"),
            Map.entry("QXH hai triệu ba trăm nghìn", "2300000"),
            Map.entry("BUAAN 18.000đ/bữa", "18000"),
            Map.entry("BUAAN 25.000 đ/bữa", "25000"),
            Map.entry("QXHTL 85%", "85"),
            Map.entry("QXHTL 85 %", "85"),
            Map.entry("QXHTL 85,5%", "85.5"),
            Map.entry("QXHTL 85 phần trăm", "85"),
            Map.entry("QXHTL 85", "85"),
            Map.entry("QXH 2,300,000", "2300000"),
            Map.entry("DVM hai mươi mốt", "21"),
            Map.entry("DVM một trăm linh năm", "105"),
            Map.entry("DVM 0", "0"));

    written.forEach(
        (message, value) ->
            assertThat(values("/baocao " + message))
                .as(message)
                .containsExactly(Map.entry(message.split(" ")[0], value)));
  }

  @Test
  void reads_yes_and_no_answers() {
    assertThat(values("/baocao QCDC có, BANNC không"))
        .containsExactly(Map.entry("QCDC", "1"), Map.entry("BANNC", "0"));
    assertThat(values("/baocao quy che dan chu co")).containsExactly(Map.entry("QCDC", "1"));
    assertThat(values("/baocao QCDC 1")).containsExactly(Map.entry("QCDC", "1"));
  }

  @Test
  void reads_the_period_in_every_form_people_write() {
    Map<String, String> periods =
        Map.ofEntries(
            Map.entry("T6/2024", "2024-06"),
            Map.entry("06/2024", "2024-06"),
            Map.entry("tháng 6/2024", "2024-06"),
            Map.entry("Q2/2024", "2024-Q2"),
            Map.entry("quý II/2024", "2024-Q2"),
            Map.entry("kỳ Q2/2024", "2024-Q2"),
            Map.entry("6T/2024", "2024-H1"),
            Map.entry("H1/2024", "2024-H1"),
            Map.entry("2024", "2024"),
            Map.entry("N2024", "2024"),
            Map.entry("năm 2024", "2024"),
            Map.entry("2024-H1", "2024-H1"),
            Map.entry("T8/2024", "2024-08"));

    periods.forEach(
        (written, api) -> {
          ParseResult.Draft draft = draft("/baocao " + written + " DVM=15");
          assertThat(draft.period()).as(written).map(Period::toString).hasValue(api);
          assertThat(draft.values()).as(written).hasSize(1);
        });
  }

  @Test
  void a_message_without_a_period_says_none_was_given() {
    assertThat(draft("/baocao DVM=15").period()).isEmpty();
    assertThat(draft("/baocao DVM=15").unit()).isEmpty();
  }

  @Test
  void reads_the_unit_by_its_code_before_or_after_the_period() {
    for (String message :
        List.of(
            "/baocao TDG-01 T6/2024 DVM=15",
            "/baocao T6/2024 tdg-01 DVM=15",
            "/baocao đơn vị TDG-01 kỳ T6/2024 DVM=15")) {
      ParseResult.Draft draft = draft(message);
      assertThat(draft.unit()).as(message).map(OrgUnit::code).hasValue("TDG-01");
      assertThat(draft.period()).as(message).map(Period::toString).hasValue("2024-06");
    }
  }

  @Test
  void takes_a_period_or_a_unit_written_after_the_values_but_not_a_bare_year() {
    ParseResult.Draft draft = draft("/baocao DVM=15 T6/2024\nTDG-01");

    assertThat(draft.period()).map(Period::toString).hasValue("2024-06");
    assertThat(draft.unit()).map(OrgUnit::code).hasValue("TDG-01");
    assertThat(problems("/baocao DVM=15, 2024"))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.NOT_UNDERSTOOD);
  }

  @Test
  void baocao_alone_or_with_only_a_period_is_a_draft_without_values_for_the_guided_entry() {
    assertThat(draft("/baocao").values()).isEmpty();
    assertThat(draft("/baocao H1/2024").period()).map(Period::toString).hasValue("2024-H1");
    assertThat(draft("/baocao H1/2024").values()).isEmpty();
  }

  @Test
  void the_same_value_twice_is_kept_once() {
    assertThat(values("/baocao DVM=15, đoàn viên mới 15")).containsExactly(Map.entry("DVM", "15"));
  }

  @Test
  void shows_each_value_with_its_unit_of_measure() {
    List<DraftValue> values =
        draft("/baocao QXH 3,5 triệu, QXHTL 85%, QCDC có, DVM 15, QXHTL 85").values();

    assertThat(values)
        .extracting(DraftValue::shown)
        .containsExactly("3.500.000 đồng", "85 %", "có", "15 người");
  }

  @Test
  void an_unknown_code_is_refused_with_the_nearest_indicator() {
    assertThat(problems("/baocao DVN=15"))
        .containsExactly(
            new Problem(
                ProblemKind.UNKNOWN_CODE,
                "Không có chỉ tiêu \"DVN\". Ý bạn là DVM (Đoàn viên kết nạp mới)?"));
    assertThat(problems("/baocao doan vien mooi 15").get(0).message())
        .contains("Ý bạn là DVM (Đoàn viên kết nạp mới)?");
    assertThat(problems("/baocao mai am xay mooi 3").get(0).message())
        .contains("\"mai am xay mooi\"", "Ý bạn là MAXAY");
    assertThat(values("/baocao nhà mái ấm xây mới 3")).containsExactly(Map.entry("MAXAY", "3"));
  }

  @Test
  void an_unknown_code_far_from_every_name_is_refused_with_an_example() {
    assertThat(problems("/baocao QQQQQQ 15"))
        .containsExactly(
            new Problem(
                ProblemKind.UNKNOWN_CODE,
                "Không có chỉ tiêu \"QQQQQQ\". Hãy viết mã hoặc tên chỉ tiêu rồi đến số, ví dụ"
                    + " DVM=15."));
  }

  @Test
  void a_value_that_is_not_a_number_is_refused() {
    assertThat(problems("/baocao DVM=abc"))
        .containsExactly(
            new Problem(
                ProblemKind.NOT_A_NUMBER,
                "DVM (Đoàn viên kết nạp mới): \"abc\" không phải là số. Hãy viết một số, ví dụ"
                    + " DVM=15."));
    assertThat(problems("/baocao DVM"))
        .extracting(Problem::message)
        .containsExactly(
            "DVM (Đoàn viên kết nạp mới): chưa có giá trị. Hãy viết một số, ví dụ DVM=15.");
    assertThat(problems("/baocao QXH 3.50.0"))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.NOT_A_NUMBER);
    assertThat(problems("/baocao QCDC chắc là có").get(0).message())
        .contains("Hãy trả lời có hoặc không");
  }

  @Test
  void a_fraction_of_a_count_is_refused() {
    assertThat(problems("/baocao DVM 15,5"))
        .extracting(Problem::message)
        .containsExactly(
            "DVM (Đoàn viên kết nạp mới): 15,5 có phần lẻ; chỉ tiêu này là số nguyên (người).");
  }

  @Test
  void a_negative_count_is_refused() {
    assertThat(problems("/baocao DVM=-5"))
        .containsExactly(
            new Problem(
                ProblemKind.NEGATIVE_COUNT,
                "DVM (Đoàn viên kết nạp mới): -5 là số âm; số lượng không thể nhỏ hơn 0."));
  }

  @Test
  void a_value_out_of_range_is_refused_naming_the_range() {
    assertThat(problems("/baocao QXHTL 120%"))
        .extracting(Problem::message)
        .containsExactly(
            "QXHTL (Tỷ lệ đoàn viên, CNVCLĐ tham gia ủng hộ Quỹ Xã hội Công đoàn): 120 nằm ngoài"
                + " khoảng cho phép 0–100 %.");
    assertThat(problems("/baocao DVM 60.000"))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.OUT_OF_RANGE);
    assertThat(problems("/baocao QCDC 2"))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.OUT_OF_RANGE);
  }

  @Test
  void the_same_code_twice_with_different_values_is_refused() {
    assertThat(problems("/baocao DVM=15, doan vien moi 16"))
        .containsExactly(
            new Problem(
                ProblemKind.CONFLICTING_VALUES,
                "DVM (Đoàn viên kết nạp mới) được ghi hai lần với hai giá trị khác nhau (15 người"
                    + " và 16 người). Hãy giữ lại một giá trị."));
  }

  @Test
  void an_unknown_period_is_refused_with_the_forms_to_use() {
    for (String written : List.of("T13/2024", "Q5/2024", "H3/2024", "9T/2024", "00/2024")) {
      assertThat(problems("/baocao " + written + " DVM=15"))
          .as(written)
          .containsExactly(
              new Problem(
                  ProblemKind.UNKNOWN_PERIOD,
                  "Không có kỳ báo cáo \""
                      + written
                      + "\". Hãy viết kỳ như T6/2024 (tháng), Q2/2024 (quý), 6T/2024 hoặc H1/2024"
                      + " (6 tháng), 2024 (năm)."));
    }
    assertThat(problems("/baocao T6/2024 T7/2024 DVM=15").get(0).message())
        .isEqualTo(
            "Tin nhắn đã có kỳ tháng 6/2024; \"T7/2024\" là kỳ thứ hai. Mỗi báo cáo chỉ cho một kỳ.");
  }

  @Test
  void a_period_that_has_not_begun_is_refused() {
    assertThat(problems("/baocao T9/2024 DVM=15"))
        .containsExactly(
            new Problem(
                ProblemKind.FUTURE_PERIOD,
                "Kỳ tháng 9/2024 chưa bắt đầu (từ ngày 1/9/2024). Chỉ báo cáo được kỳ đang mở hoặc"
                    + " đã qua."));
    assertThat(problems("/baocao 2025 DVM=15"))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.FUTURE_PERIOD);
    assertThat(draft("/baocao H2/2024 DVM=15").period()).map(Period::toString).hasValue("2024-H2");
  }

  @Test
  void an_unknown_unit_code_is_refused() {
    assertThat(problems("/baocao XYZ-01 DVM=15"))
        .containsExactly(
            new Problem(
                ProblemKind.UNKNOWN_UNIT,
                "Không có đơn vị mã \"XYZ-01\". Hãy kiểm tra lại mã đơn vị của mình."));
  }

  @Test
  void words_that_are_no_report_are_refused() {
    assertThat(problems("/baocao xin chào"))
        .containsExactly(
            new Problem(
                ProblemKind.NOT_UNDERSTOOD,
                "Không hiểu \"xin chào\". Hãy viết mã hoặc tên chỉ tiêu rồi đến số, ví dụ DVM=15."));
    assertThat(problems("/baocao 15"))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.NOT_UNDERSTOOD);
  }

  @Test
  void every_problem_of_a_message_is_listed_in_order_and_nothing_is_kept() {
    assertThat(problems("/baocao T13/2024 DVN=15, DVTONG=abc, DVM=-2, QXHTL 150%"))
        .extracting(Problem::kind)
        .containsExactly(
            ProblemKind.UNKNOWN_PERIOD,
            ProblemKind.UNKNOWN_CODE,
            ProblemKind.NOT_A_NUMBER,
            ProblemKind.NEGATIVE_COUNT,
            ProblemKind.OUT_OF_RANGE);
  }

  private List<Map.Entry<String, String>> values(String message) {
    return draft(message).values().stream()
        .map(v -> Map.entry(v.indicator().code(), v.value().stripTrailingZeros().toPlainString()))
        .toList();
  }

  private ParseResult.Draft draft(String message) {
    ParseResult result = parser.parse(message);
    assertThat(result).as(message).isInstanceOf(ParseResult.Draft.class);
    return (ParseResult.Draft) result;
  }

  private List<Problem> problems(String message) {
    ParseResult result = parser.parse(message);
    assertThat(result).as(message).isInstanceOf(ParseResult.Problems.class);
    return ((ParseResult.Problems) result).problems();
  }
}
