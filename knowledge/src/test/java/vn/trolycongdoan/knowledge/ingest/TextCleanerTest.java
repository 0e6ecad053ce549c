package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        Corpus.PLAN_000,
        Corpus.PLAN_001,
        Corpus.PLAN_002,
        Corpus.PLAN_003,
        Corpus.PLAN_004,
        Corpus.LABOUR_CODE,
        Corpus.SOCIAL_INSURANCE_LAW
      })
  void writes_one_trimmed_paragraph_per_line_without_markup(String file) {
    String text = Corpus.cleaned(file);

    assertThat(text).doesNotContain("\n\n", "**", "[bookmark:", "[footnoteRef:", "  ", "\r");
    assertThat(text.lines())
        .allSatisfy(
            line -> assertThat(line).isNotBlank().isEqualTo(line.strip()).doesNotStartWith("#"));
  }

  @Test
  void keeps_every_line_of_a_law_as_it_is() {
    String raw = Corpus.raw(Corpus.LABOUR_CODE);

    List<String> lines = Corpus.cleaned(Corpus.LABOUR_CODE).lines().toList();

    assertThat(lines)
        .containsExactlyElementsOf(
            raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  @Test
  void joins_the_hard_wrapped_lines_of_a_pdf_conversion() {
    List<String> lines = Corpus.cleaned(Corpus.PLAN_002).lines().toList();

    assertThat(lines)
        .contains(
            "KẾ HOẠCH",
            "Thực hiện Chương trình hành động số 01-CTHĐ/ĐĐTLĐ của Đảng đoàn Tổng Liên đoàn về thực hiện Nghị quyết số"
                + " 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền"
                + " thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc",
            "- Giao chỉ tiêu phát triển đoàn viên, thành lập công đoàn cơ sở cho các cấp Công đoàn.",
            "3. Tham gia đào tạo, bồi dưỡng nâng cao trình độ học vấn, chuyên môn, kỹ năng nghề nghiệp, tác phong công"
                + " nghiệp, kỷ luật lao động cho người lao động",
            "- Ban hành kế hoạch thực hiện Chương trình hành động số 01-CTHĐ/ĐĐTLĐ ngày 30/01/2024 của Đảng đoàn Tổng"
                + " Liên đoàn Lao động Việt Nam về thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành"
                + " Trung ương Đảng khóa XIII.");
  }

  @Test
  void starts_new_paragraphs_at_headings_and_list_items_of_a_pdf_conversion() {
    List<String> lines = Corpus.cleaned(Corpus.PLAN_002).lines().toList();

    assertThat(lines)
        .contains(
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "II. MỤC TIÊU",
            "1. Liên đoàn Lao động tỉnh",
            "Nơi nhận:",
            "- Tỉnh ủy, UBND tỉnh;",
            "TM. BAN THƯỜNG VỤ",
            "PHÓ CHỦ TỊCH",
            "Hoàng Văn Trinh");
    assertThat(lines.subList(0, 7))
        .containsExactly(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU",
            "Số: 47/KH-LĐLĐ",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lai Châu, ngày 07 tháng 3 năm 2024",
            "KẾ HOẠCH");
  }

  @Test
  void mends_a_line_wrapped_inside_a_word_in_a_docx_conversion() {
    assertThat(Corpus.cleaned(Corpus.PLAN_001))
        .contains("định kỳ tham mưu báo cáo kết quả thực hiện Kế hoạch")
        .doesNotContain("(*");
    assertThat(Corpus.cleaned(Corpus.PLAN_000))
        .contains("Tổng LĐLĐ Việt Nam ban hành trong nhiệm kỳ 2023-2028");
  }

  @Test
  void joins_markdown_line_breaks_of_a_title_but_not_of_the_header() {
    List<String> lines = Corpus.cleaned(Corpus.PLAN_004).lines().toList();

    assertThat(lines.subList(0, 8))
        .containsExactly(
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC",
            "LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG",
            "Số: 27 /KH-LĐLD",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Phú Riềng, ngày 08 tháng 8 năm 2024",
            "KẾ HOẠCH",
            "Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng khóa XIII về tiếp tục phát huy"
                + " truyền thống, sức mạnh đại đoàn kết dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc");
  }

  @Test
  void drops_stamp_debris_and_page_markers_between_paragraphs() {
    List<String> lines = Corpus.cleaned(Corpus.PLAN_004).lines().toList();

    assertThat(lines).doesNotContain("BỘ", "AN CHUYỂN", "LIÊN", "LAO", "HỘ", "PHỦ", "3/7");
    int debrisAt =
        lines.indexOf(
            "3. Tham gia đào tạo, bồi dưỡng nâng cao trình độ học vấn, chuyên môn, kỹ năng"
                + " nghề nghiệp, tác phong công nghiệp, kỷ luật lao động cho công nhân");
    assertThat(lines.get(debrisAt - 1))
        .startsWith("- Phối hợp thực hiện và giám sát việc thực hiện dân chủ");
  }

  @Test
  void keeps_short_all_caps_headings_that_stand_alone() {
    String text =
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\n\nVề việc tổ chức hội thao.\n\nTM. BAN THƯỜNG VỤ\n"
            + "CHỦ TỊCH\n\nNguyễn Văn An";

    assertThat(TextCleaner.clean(text))
        .isEqualTo(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\n"
                + "Về việc tổ chức hội thao.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An");
  }

  @Test
  void puts_footnote_text_in_parentheses_after_the_referring_word() {
    String line =
        Corpus.cleaned(Corpus.PLAN_003)
            .lines()
            .filter(l -> l.startsWith("- Phấn đấu có 70%"))
            .findFirst()
            .orElseThrow();

    assertThat(line)
        .startsWith(
            "- Phấn đấu có 70% trở lên đoàn viên, CCVCLĐ (Công chức, viên chức, người lao"
                + " động) được tham gia học tập")
        .endsWith("cơ quan, đơn vị, doanh nghiệp.");
  }

  @Test
  void leaves_a_footnote_nobody_refers_to_and_drops_a_dangling_reference() {
    assertThat(TextCleaner.clean("Xem [2: ghi chú] và A[footnoteRef:9] B."))
        .isEqualTo("Xem [2: ghi chú] và A B.");
  }

  @Test
  void removes_bookmarks_and_joins_title_lines_continuing_in_lower_case() {
    List<String> lines = Corpus.cleaned(Corpus.PLAN_003).lines().toList();

    assertThat(lines.get(1))
        .isEqualTo(
            "Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và"
                + " Nghị quyết số 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị về “Đổi mới tổ chức và hoạt động của Công đoàn"
                + " Việt Nam trong tình hình mới”");
    assertThat(lines)
        .anySatisfy(
            line -> assertThat(line).startsWith("5.6. Tổng Liên đoàn Lao động Việt Nam chủ"));
  }

  @Test
  void normalises_to_nfc_and_drops_a_byte_order_mark() {
    String decomposed = "\uFEFFHoa\u0300ng Tho\u0323 Trung";

    assertThat(TextCleaner.clean(decomposed)).isEqualTo("Hoàng Thọ Trung");
  }

  @Test
  void composes_a_combining_mark_left_next_to_a_letter_by_removed_markup() {
    String raw = "I. MỤC ĐÍCH, YÊU CẦU**\u0300";

    assertThat(TextCleaner.clean(raw)).isEqualTo("I. MỤC ĐÍCH, YÊU CẦ\u00D9");
  }

  @Test
  void strips_markdown_heading_marks_emphasis_and_collapses_spaces() {
    String markdown =
        "## **II. MỤC TIÊU**\r\n\r\n- báo cáo 06 tháng (*trước ngày 20/6*)   và   năm  \r\n";

    assertThat(TextCleaner.clean(markdown))
        .isEqualTo("II. MỤC TIÊU\n- báo cáo 06 tháng (trước ngày 20/6) và năm");
  }

  @Test
  void gives_empty_text_for_blank_input() {
    assertThat(TextCleaner.clean(" \n\n\t\n")).isEmpty();
  }
}
