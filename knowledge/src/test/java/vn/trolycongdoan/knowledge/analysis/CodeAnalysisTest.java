package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.analyze;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.terms;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeAnalysisTest {
  private static final Analyzer CODES = new CodeAnalyzer();

  @AfterAll
  static void close() {
    CODES.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số: 38/KH-LĐLĐ                          | 38/kh-ldld 38/kh/ldld 38/kh",
        "Nghị quyết số 43-NQ/TW                  | 43-nq/tw 43/nq/tw 43/nq",
        "Bộ luật số 45/2019/QH14                 | 45/2019/qh14 45/qh14",
        "Chỉ thị 05-CT/TW                        | 05-ct/tw 5/ct/tw 5/ct",
        "Nghị quyết 6a/NQ-TLĐ, 1268/QĐ-TTg       | 6a/nq-tld 6a/nq/tld 6a/nq 1268/qd-ttg 1268/qd/ttg 1268/qd",
        "01-CTHĐ/ĐĐTLĐ                           | 01-cthd/ddtld 1/cthd/ddtld 1/cthd",
        "12/CP ngày 26 tháng 01 năm 1995         | 12/cp 26/1/1995",
        "Kế hoạch 47 yêu cầu                     | 47/kh",
        "theo Chỉ thị số 05 của Bộ Chính trị     | 5/ct",
        "bữa ăn 18.000đ/bữa                      | 18000d 18000",
        "đóng góp 70.000đ/người/năm              | 70000d 70000",
        "2.000.000 đồng cho mỗi con              | 2000000d 2000000",
        "16,5 triệu đoàn viên                    | 16500000",
        "650 nghìn đoàn viên                     | 650000",
        "có 24.500 đoàn viên                     | 24500",
        "100% cán bộ                             | 100%",
        "bằng 2,25% và 0,03%/ngày                | 2,25% 0,03%",
        "ngày 20/6                               | 20/6",
        "ngày 12/6/2021 của Bộ Chính trị         | 12/6/2021",
        "Phú Riềng, ngày 08 tháng 8 năm 2024     | 8/8/2024",
        "tháng 7/2024                            | 7/2024",
        "nhiệm kỳ 2023 - 2028                    | 2023-2028",
        "đến năm 2025                            | 2025",
      })
  void turns_codes_into_single_folded_tokens(String text, String expected) {
    assertThat(String.join(" ", terms(CODES, text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} meets {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "18.000đ/bữa          | 18.000 đồng",
        "18.000đ              | 18000đ",
        "18.000đ              | 18000 VNĐ",
        "18.000 đồng          | 18.000",
        "18.000đ              | 18k",
        "2.000.000 đồng       | 2 triệu đồng",
        "16,5 triệu           | 16.500.000",
        "Số: 38/KH-LĐLĐ       | 38/kh-ldld",
        "43-NQ/TW             | 43-nq/tw",
        "43-NQ/TW             | 43/NQ-TW",
        "Số: 47/KH-LĐLĐ       | Kế hoạch 47",
        "Số: 47/KH-LĐLĐ       | ke hoach so 47",
        "06/CTr-LĐLĐ          | Chương trình số 06",
        "05-CT/TW             | 5-CT/TW",
        "12/06/2021           | 12/6/2021",
        "ngày 12 tháng 6 năm 2021 | 12-6-2021",
        "100%                 | 100 phần trăm",
        "95%                  | 95 %",
        "2023 - 2028          | 2023–2028",
      })
  void typical_variants_meet(String indexed, String asked) {
    assertThat(terms(CODES, asked)).containsAnyElementsOf(terms(CODES, indexed));
  }

  @Test
  void reads_codes_however_they_are_typed() {
    String typed = Normalizer.normalize("SỐ: ３８／KH-LĐLĐ, 18.000 ĐỒNG", Normalizer.Form.NFD);

    assertThat(terms(CODES, typed))
        .containsExactly("38/kh-ldld", "38/kh/ldld", "38/kh", "18000d", "18000");
  }

  @Test
  void a_reference_in_words_next_to_the_number_leaves_the_number_whole() {
    assertThat(terms(CODES, "Kế hoạch số 38/KH-LĐLĐ"))
        .containsExactly("38/kh-ldld", "38/kh/ldld", "38/kh");
  }

  @Test
  void ignores_plain_words_and_small_numbers() {
    assertThat(terms(CODES, "Người lao động được nghỉ 01 ngày, khoản 2 Điều 5")).isEmpty();
  }

  @Test
  void does_not_read_look_alike_words_as_units() {
    assertThat(terms(CODES, "5 ngân hàng, 3 ngắn hạn, năm 2025 tỷ lệ đạt")).containsExactly("2025");
    assertThat(terms(CODES, "điểm đ khoản 1, mục 1.2.3")).isEmpty();
  }

  @Test
  void offsets_cover_the_whole_code_and_variants_share_a_position() {
    String text = "Số: 05-CT/TW, 18.000 đồng";

    assertThat(analyze(CODES, text))
        .extracting(
            TokenStreams.Token::term,
            TokenStreams.Token::increment,
            token -> text.substring(token.start(), token.end()))
        .containsExactly(
            tuple("05-ct/tw", 1, "05-CT/TW"),
            tuple("5/ct/tw", 0, "05-CT/TW"),
            tuple("5/ct", 0, "05-CT/TW"),
            tuple("18000d", 1, "18.000 đồng"),
            tuple("18000", 0, "18.000 đồng"));
  }
}
