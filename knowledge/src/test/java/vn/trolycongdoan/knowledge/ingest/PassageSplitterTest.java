package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassageSplitterTest {

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
  void points_every_passage_at_its_own_text(String file) {
    String text = Corpus.cleaned(file);

    List<Passage> passages = PassageSplitter.split("doc", text);

    assertThat(passages).isNotEmpty();
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      assertThat(passage.ordinal()).isEqualTo(i);
      assertThat(text.substring(passage.start(), passage.end())).isEqualTo(passage.text());
      assertThat(passage.text()).isNotBlank().isEqualTo(passage.text().strip());
      assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.SPLIT_ABOVE);
      if (i > 0) {
        assertThat(passage.start()).isGreaterThan(passages.get(i - 1).start());
      }
    }
  }

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
  void loses_no_text_but_the_heading_lines(String file) {
    String text = Corpus.cleaned(file);
    List<OutlineEntry> outline = SectionParser.outline(text);
    boolean[] covered = new boolean[text.length()];
    for (Passage passage : PassageSplitter.split("doc", text, outline)) {
      Arrays.fill(covered, passage.start(), passage.end(), true);
    }
    for (OutlineEntry entry : outline) {
      Arrays.fill(covered, entry.section().start(), entry.bodyStart(), true);
    }

    for (int i = 0; i < text.length(); i++) {
      if (!covered[i] && !Character.isWhitespace(text.charAt(i))) {
        String lost = text.substring(i, Math.min(text.length(), i + 40));
        throw new AssertionError(file + ": lost text at " + i + ": " + lost);
      }
    }
  }

  @Test
  void cuts_an_article_into_one_passage_per_khoan_with_its_diem() {
    List<Passage> annualLeave =
        PassageSplitter.split("bllđ", Corpus.cleaned(Corpus.LABOUR_CODE)).stream()
            .filter(passage -> passage.section().equals("Chương VII › Mục 2 › Điều 113"))
            .toList();

    assertThat(annualLeave)
        .extracting(Passage::clause)
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(annualLeave)
        .allSatisfy(
            passage -> {
              assertThat(passage.heading()).isEqualTo("Điều 113. Nghỉ hằng năm");
              assertThat(passage.headingTitles())
                  .containsExactly(
                      "THỜI GIỜ LÀM VIỆC, THỜI GIỜ NGHỈ NGƠI",
                      "THỜI GIỜ NGHỈ NGƠI",
                      "Nghỉ hằng năm");
              assertThat(passage.text()).startsWith(passage.clause() + ". ");
            });
    assertThat(annualLeave.get(0).text())
        .startsWith("1. Người lao động làm việc đủ 12 tháng")
        .contains("\na) 12 ngày làm việc")
        .endsWith("đặc biệt nặng nhọc, độc hại, nguy hiểm.");
    assertThat(annualLeave.get(6).text()).isEqualTo("7. Chính phủ quy định chi tiết điều này.");
  }

  @Test
  void gives_the_lead_text_of_an_article_a_passage_without_clause() {
    String text =
        TextCleaner.clean(
            """
            Điều 1. Phạm vi điều chỉnh
            Luật này quy định về công đoàn.
            Điều 2. Quyền của người lao động
            Người lao động có các quyền sau đây:
            1. Thành lập, gia nhập công đoàn;
            a) Tham gia hoạt động công đoàn;
            b) Được bảo vệ;
            Trường hợp khác do Chính phủ quy định.
            2. Được tư vấn pháp luật.
            2a. Được hỗ trợ pháp lý.
            """);

    List<Passage> passages = PassageSplitter.split("luat", text);

    assertThat(passages)
        .extracting(Passage::section, Passage::clause, Passage::text)
        .containsExactly(
            tuple("Điều 1", "", "Luật này quy định về công đoàn."),
            tuple("Điều 2", "", "Người lao động có các quyền sau đây:"),
            tuple(
                "Điều 2",
                "1",
                "1. Thành lập, gia nhập công đoàn;\na) Tham gia hoạt động công đoàn;\nb) Được bảo"
                    + " vệ;\nTrường hợp khác do Chính phủ quy định."),
            tuple("Điều 2", "2", "2. Được tư vấn pháp luật."),
            tuple("Điều 2", "2a", "2a. Được hỗ trợ pháp lý."));
  }

  @Test
  void cuts_a_long_khoan_by_sentence_and_keeps_its_number_on_every_piece() {
    String sentence =
        "Người sử dụng lao động phải bảo đảm điều kiện làm việc an toàn cho người lao động. ";
    String text =
        TextCleaner.clean(
            "Điều 1. Phạm vi\nLuật này quy định.\nĐiều 2. Trách nhiệm\n1. "
                + sentence.repeat(20)
                + "\n2. Hết.");

    List<Passage> passages = PassageSplitter.split("luat", text);

    List<Passage> first = passages.stream().filter(p -> p.clause().equals("1")).toList();
    assertThat(first).hasSizeGreaterThan(1);
    assertThat(first)
        .allSatisfy(
            p -> assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_PIECE));
    assertThat(passages.get(passages.size() - 1).clause()).isEqualTo("2");
  }

  @Test
  void gives_a_one_sentence_article_on_its_heading_line_a_passage() {
    String text =
        TextCleaner.clean(
            "Điều 1. Phạm vi\nLuật này quy định.\n"
                + "Điều 2. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.\n"
                + "Điều 3. Hiệu lực\nCó hiệu lực.");

    List<Passage> passages = PassageSplitter.split("luat", text);

    assertThat(passages)
        .extracting(Passage::section, Passage::heading, Passage::text)
        .containsExactly(
            tuple("Điều 1", "Điều 1. Phạm vi", "Luật này quy định."),
            tuple(
                "Điều 2",
                "Điều 2. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025",
                "Điều 2. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025."),
            tuple("Điều 3", "Điều 3. Hiệu lực", "Có hiệu lực."));
  }

  @Test
  void cites_the_areas_by_region_as_the_appendix_one_passage_per_province() {
    List<Passage> passages =
        PassageSplitter.split("nd293", Corpus.cleaned("laws/nghi-dinh-293-2025-nd-cp.txt"));

    Passage article5 =
        passages.stream()
            .filter(p -> p.section().endsWith("Điều 5"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(article5.text()).doesNotContain("Thành phố Hà Nội").doesNotContain("PHỤ LỤC");
    Passage hanoi =
        passages.stream()
            .filter(p -> p.text().startsWith("1. Thành phố Hà Nội"))
            .findFirst()
            .orElseThrow();
    assertThat(hanoi.section()).isEqualTo("Phụ lục");
    assertThat(hanoi.clause()).isEmpty();
    assertThat(hanoi.heading()).startsWith("Phụ lục. DANH MỤC ĐỊA BÀN ÁP DỤNG MỨC LƯƠNG TỐI THIỂU");
    assertThat(hanoi.text())
        .contains("Vùng I, gồm các phường Hoàn Kiếm")
        .doesNotContain("Cao Bằng");
  }

  @Test
  void gives_plan_passages_no_clause() {
    assertThat(PassageSplitter.split("kh38", Corpus.cleaned(Corpus.PLAN_001)))
        .extracting(Passage::clause)
        .containsOnly("");
  }

  @Test
  void keeps_a_short_section_whole_without_its_heading_line() {
    Passage nightWork =
        PassageSplitter.split("bllđ", Corpus.cleaned(Corpus.LABOUR_CODE)).stream()
            .filter(passage -> passage.section().equals("Chương VII › Mục 1 › Điều 106"))
            .findFirst()
            .orElseThrow();

    assertThat(nightWork.heading()).isEqualTo("Điều 106. Giờ làm việc ban đêm");
    assertThat(nightWork.text())
        .isEqualTo("Giờ làm việc ban đêm được tính từ 22 giờ đến 06 giờ sáng ngày hôm sau.");
  }

  @Test
  void makes_no_passage_of_a_heading_without_text() {
    List<String> sections =
        PassageSplitter.split("kh38", Corpus.cleaned(Corpus.PLAN_001)).stream()
            .map(Passage::section)
            .toList();

    assertThat(sections)
        .doesNotContain("I", "II", "II › 1")
        .contains("II › 1 › 1.1", "II › 2 › 2.4");
  }

  @Test
  void keeps_the_text_of_a_numbered_target_under_its_short_heading() {
    Passage target =
        PassageSplitter.split("kh38", Corpus.cleaned(Corpus.PLAN_001)).stream()
            .filter(passage -> passage.section().equals("II › 2 › 2.4"))
            .findFirst()
            .orElseThrow();

    assertThat(target.heading()).startsWith("2.4. Vận động 100% đoàn viên").endsWith("…");
    assertThat(target.text())
        .startsWith("2.4. Vận động 100% đoàn viên")
        .contains("sửa chữa 10 nhà Mái ấm Công đoàn");
    assertThat(target.headingTitles()).hasSize(3).first().isEqualTo("NHỮNG CHỈ TIÊU CHỦ YẾU");
  }

  @Test
  void makes_the_header_a_preamble_passage_and_keeps_the_signature() {
    List<Passage> passages = PassageSplitter.split("kh38", Corpus.cleaned(Corpus.PLAN_001));

    Passage preamble = passages.get(0);
    Passage closing = passages.get(passages.size() - 1);

    assertThat(preamble.section()).isEmpty();
    assertThat(preamble.heading()).isEmpty();
    assertThat(preamble.headingTitles()).isEmpty();
    assertThat(preamble.text())
        .startsWith("Số: 38/KH-LĐLĐ\nLai Châu, ngày 23 tháng 02 năm 2024\nKẾ HOẠCH")
        .contains("Căn cứ Nghị quyết Đại hội Công đoàn tỉnh Lai Châu lần thứ XIII");
    assertThat(closing.section()).isEmpty();
    assertThat(closing.heading()).isEmpty();
    assertThat(closing.text()).endsWith("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nHoàng Thọ Trung");
  }

  @ParameterizedTest
  @ValueSource(strings = {Corpus.PLAN_000, Corpus.PLAN_002, Corpus.PLAN_004})
  void puts_the_signer_in_a_passage(String file) {
    String text = Corpus.cleaned(file);
    String signer = MetadataExtractor.extract(text).signer();

    assertThat(PassageSplitter.split("doc", text))
        .anySatisfy(passage -> assertThat(passage.text()).contains(signer));
  }

  @Test
  void cuts_a_sentence_longer_than_a_piece_at_spaces() {
    String sentence = "từ ".repeat(700).strip();

    List<Passage> passages = PassageSplitter.split("doc", "I. DÀI\n" + sentence);

    assertThat(passages)
        .hasSizeGreaterThan(1)
        .allSatisfy(
            passage ->
                assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_PIECE));
    assertThat(String.join(" ", passages.stream().map(Passage::text).toList())).isEqualTo(sentence);
  }

  @Test
  void gives_no_passages_for_empty_text() {
    assertThat(PassageSplitter.split("doc", "")).isEmpty();
  }
}
