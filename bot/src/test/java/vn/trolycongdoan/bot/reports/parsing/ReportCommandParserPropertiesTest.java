package vn.trolycongdoan.bot.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;

/**
 * Whatever is typed, the parser answers: a draft whose values fit their indicators, or a non-empty
 * list of problems, each with a message; never an exception.
 */
class ReportCommandParserPropertiesTest {

  private static final List<String> FRAGMENTS =
      List.of(
          "/baocao",
          "/baocao ",
          "DVM",
          "dvm",
          "DVTONG",
          "QXH",
          "QXHTL",
          "QCDC",
          "BUAAN",
          "MAXAY",
          "=",
          ":",
          " ",
          " ",
          " ",
          ",",
          ";",
          "\n",
          "-",
          "%",
          "15",
          "-5",
          "3.500.000",
          "3,5",
          "2,300,000",
          "1.5",
          "0",
          "99999999999999999999",
          "triệu",
          "tr",
          "nghìn",
          "k",
          "tỷ",
          "người",
          "đồng",
          "đ/bữa",
          "có",
          "không",
          "mười",
          "lăm",
          "hai",
          "mươi",
          "mốt",
          "trăm",
          "linh",
          "năm",
          "tháng",
          "quý",
          "kỳ",
          "đơn vị",
          "T6/2024",
          "06/2024",
          "Q2/2024",
          "QIV/2024",
          "6T/2024",
          "H1/2024",
          "2024",
          "N2024",
          "T13/2024",
          "H9/2024",
          "T99999999999/2024",
          "2030",
          "TDG-01",
          "tdg-01",
          "XYZ-01",
          "LDLD",
          "đoàn viên mới",
          "doan vien moi",
          "tổng số đoàn viên",
          "mái ấm",
          "xây mới",
          "thỏa ước",
          "có lợi hơn",
          "xin chào",
          "😀",
          "\u0301",
          "\uD800",
          "Ý",
          "đ",
          "ĐOÀN",
          "phần trăm",
          "0x1F",
          "1e9",
          "..",
          ",,",
          "=-");

  private ReportCommandParser parser;

  @BeforeProperty
  void parser() {
    parser = BundledReporting.parser();
  }

  @Property(tries = 10_000)
  void every_message_of_report_like_words_gets_a_result(@ForAll("messages") String message) {
    check(message);
  }

  @Property(tries = 2_000)
  void every_string_gets_a_result(@ForAll String message) {
    check(message);
  }

  @Provide
  Arbitrary<String> messages() {
    return Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(14).map(f -> String.join("", f));
  }

  private void check(String message) {
    ParseResult result = parser.parse(message);

    assertThat(result).isNotNull();
    if (result instanceof ParseResult.Draft draft) {
      Set<String> codes = new HashSet<>();
      for (DraftValue value : draft.values()) {
        Indicator indicator = value.indicator();
        assertThat(indicator.accepts(value.value())).as(message).isTrue();
        assertThat(codes.add(indicator.code())).as(message).isTrue();
        assertThat(value.shown()).isNotBlank();
      }
    } else if (result instanceof ParseResult.Problems problems) {
      assertThat(problems.problems()).isNotEmpty();
      problems.problems().forEach(p -> assertThat(p.message()).as(message).isNotBlank());
    }
  }
}
