package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
  void cuts_a_long_article_into_overlapping_pieces_by_sentence() {
    List<Passage> annualLeave =
        PassageSplitter.split("bllđ", Corpus.cleaned(Corpus.LABOUR_CODE)).stream()
            .filter(passage -> passage.section().equals("Chương VII › Mục 2 › Điều 113"))
            .toList();

    assertThat(annualLeave)
        .hasSizeGreaterThan(1)
        .allSatisfy(
            passage -> {
              assertThat(passage.heading()).isEqualTo("Điều 113. Nghỉ hằng năm");
              assertThat(passage.headingTitles())
                  .containsExactly(
                      "THỜI GIỜ LÀM VIỆC, THỜI GIỜ NGHỈ NGƠI",
                      "THỜI GIỜ NGHỈ NGƠI",
                      "Nghỉ hằng năm");
              assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_PIECE);
            });
    assertThat(annualLeave.get(0).text()).startsWith("1. Người lao động làm việc đủ 12 tháng");
    for (int i = 1; i < annualLeave.size(); i++) {
      assertThat(annualLeave.get(i).start()).isLessThan(annualLeave.get(i - 1).end());
    }
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
    assertThat(closing.section()).isEqualTo("Nơi nhận");
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
