package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SectionParserTest {

  @Test
  void finds_all_220_articles_of_the_labour_code_in_order() {
    List<String> articles = articles(Corpus.LABOUR_CODE);

    assertThat(articles)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 220).mapToObj(n -> "Điều " + n).toList());
  }

  @Test
  void finds_all_141_articles_of_the_social_insurance_law() {
    assertThat(articles(Corpus.SOCIAL_INSURANCE_LAW))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 141).mapToObj(n -> "Điều " + n).toList());
  }

  @Test
  void places_annual_leave_under_its_chapter_and_part() {
    String text = Corpus.cleaned(Corpus.LABOUR_CODE);

    Section article = section(text, "Chương VII › Mục 2 › Điều 113");

    assertThat(article.path())
        .containsExactly(
            new Heading("Chương VII", "THỜI GIỜ LÀM VIỆC, THỜI GIỜ NGHỈ NGƠI", 0),
            new Heading("Mục 2", "THỜI GIỜ NGHỈ NGƠI", 1),
            new Heading("Điều 113", "Nghỉ hằng năm", 2));
    assertThat(text.substring(article.start(), article.end()))
        .startsWith("Điều 113. Nghỉ hằng năm\n1. Người lao")
        .contains("\na) 12 ngày làm việc đối với người làm công việc trong điều kiện bình thường;")
        .doesNotContain("Điều 114");
  }

  @Test
  void keeps_khoan_and_diem_inside_their_article() {
    List<Section> sections = SectionParser.parse(Corpus.cleaned(Corpus.LABOUR_CODE));

    assertThat(sections)
        .allSatisfy(section -> assertThat(section.label()).doesNotContain("› 1", "› a"));
    assertThat(sections.get(0).path()).isEmpty();
    assertThat(sections.get(1).label()).isEqualTo("Chương I");
  }

  @Test
  void nests_plan_38_targets_under_roman_and_group_numbers() {
    String text = Corpus.cleaned(Corpus.PLAN_001);

    Section target = section(text, "II › 2 › 2.4");

    assertThat(target.path()).extracting(Heading::level).containsExactly(0, 1, 2);
    assertThat(target.path().get(1).title())
        .isEqualTo("Nhóm 2: Công tác chăm lo cho đoàn viên, NLD");
    assertThat(target.path().get(2).title()).startsWith("Vận động 100% đoàn viên").endsWith("…");
    assertThat(text.substring(target.start(), target.end()))
        .contains("sửa chữa 10 nhà Mái ấm Công đoàn");
  }

  @Test
  void reads_sub_headings_of_the_lai_chau_programme() {
    List<String> labels = labels(Corpus.PLAN_000);

    assertThat(labels)
        .contains(
            "II › 2 › 2.1",
            "II › 2 › 2.2",
            "IV › 3 › 3.1",
            "IV › 3 › 3.2",
            "IV › 3 › 3.8",
            "V › 2",
            "VI");
    assertThat(labels.get(0)).isEmpty();
  }

  @Test
  void reads_roman_and_decimal_structure_through_markdown_heading_levels() {
    assertThat(labels(Corpus.PLAN_004))
        .containsExactly(
            "", "I", "II", "II › 1", "II › 2", "II › 3", "II › 4", "II › 5", "II › 6", "III",
            "III › 1", "III › 2", "");
  }

  @Test
  void reads_the_pdf_conversion_with_wrapped_headings() {
    String text = Corpus.cleaned(Corpus.PLAN_002);

    assertThat(labels(Corpus.PLAN_002))
        .containsExactly(
            "", "I", "I › 1", "II", "III", "III › 1", "III › 2", "III › 3", "III › 4", "III › 5",
            "III › 6", "IV", "IV › 1", "IV › 2", "");
    assertThat(section(text, "III › 3").path().get(1).title())
        .isEqualTo(
            "Tham gia đào tạo, bồi dưỡng nâng cao"
                + " trình độ học vấn, chuyên môn, kỹ năng nghề nghiệp, tác phong công nghiệp, kỷ luật lao động cho người lao"
                + " động");
  }

  @Test
  void never_makes_bullets_or_starred_sentences_headings() {
    String text =
        "I. MỤC TIÊU\n- 1. không phải tiêu đề\n* Phấn đấu có 13,5 triệu đoàn viên.\n- Đến năm 2025:";

    assertThat(SectionParser.parse(text)).singleElement().extracting(Section::label).isEqualTo("I");
  }

  @Test
  void makes_a_starred_lead_in_the_heading_of_the_bullets_below_it() {
    String text =
        "I. MỤC TIÊU\n* Đến năm 2023:\n- Có 12 triệu đoàn viên.\n* Đến năm 2025:\n- Có 13,5 triệu.";

    assertThat(SectionParser.parse(text))
        .extracting(Section::label)
        .containsExactly("I", "I › Đến năm 2023", "I › Đến năm 2025");
  }

  @Test
  void reads_a_long_numbered_sentence_as_a_heading_with_its_first_clause() {
    String text =
        "1. Nhóm 1: Công tác đại diện\n1.1. Hằng năm, phấn đấu 100% cơ quan ban hành quy chế; tổ chức hội"
            + " nghị.\n1.2. Ban Tuyên giáo";

    List<Section> sections = SectionParser.parse(text);

    assertThat(sections).extracting(Section::label).containsExactly("1", "1 › 1.1", "1 › 1.2");
    assertThat(sections.get(1).path().get(1))
        .isEqualTo(new Heading("1.1", "Hằng năm, phấn đấu 100% cơ quan ban hành quy chế", 1));
    assertThat(sections.get(2).path().get(1)).isEqualTo(new Heading("1.2", "Ban Tuyên giáo", 1));
  }

  @Test
  void reads_spaced_decimals_group_numbers_and_letters() {
    String text =
        "I. NỘI DUNG\nNhóm 1: Đại diện\n3. 2. Tuyên truyền\na) Trong doanh nghiệp\nb) Ngoài doanh nghiệp\n"
            + "II. TỔ CHỨC";

    assertThat(SectionParser.parse(text))
        .extracting(Section::label)
        .containsExactly(
            "I",
            "I › Nhóm 1",
            "I › Nhóm 1 › 3.2",
            "I › Nhóm 1 › 3.2 › a",
            "I › Nhóm 1 › 3.2 › b",
            "II");
  }

  @Test
  void gives_out_of_order_numbering_a_path_anyway() {
    String text = "2.1. Chỉ tiêu\nII. NHIỆM VỤ\n1.1. Trước\n1. Sau";

    assertThat(SectionParser.parse(text))
        .extracting(Section::label)
        .containsExactly("2.1", "II", "II › 1.1", "II › 1");
  }

  @Test
  void keeps_recipients_and_signature_in_a_closing_block_outside_the_outline() {
    String text = Corpus.cleaned(Corpus.PLAN_002);

    Section closing = SectionParser.parse(text).get(SectionParser.parse(text).size() - 1);

    assertThat(closing.path()).isEmpty();
    assertThat(text.substring(closing.start(), closing.end()))
        .endsWith("TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\n" + "Hoàng Văn Trinh");
  }

  @Test
  void runs_in_an_article_whose_line_is_a_sentence_of_content() {
    String text =
        "Điều 1. Phạm vi\nLuật này quy định.\n"
            + "Điều 2. Người lao động có quyền thành lập, gia nhập công đoàn; được bảo vệ.\n"
            + "Điều 3. Hiệu lực\nCó hiệu lực.";

    assertThat(SectionParser.parse(text))
        .extracting(section -> section.path().get(0))
        .containsExactly(
            new Heading("Điều 1", "Phạm vi", 0),
            new Heading("Điều 2", "Người lao động có quyền thành lập, gia nhập công đoàn", 0),
            new Heading("Điều 3", "Hiệu lực", 0));
  }

  @Test
  void makes_a_law_appendix_a_top_level_section_even_after_the_signature() {
    String text =
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNghị định này quy định.\n"
            + "Điều 2. Hiệu lực\nCó hiệu lực.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n"
            + "Phụ lục II\nDANH MỤC ĐỊA BÀN\n1. Thành phố Hà Nội\n- Vùng I.";

    assertThat(SectionParser.parse(text))
        .extracting(Section::label)
        .containsExactly("Chương I", "Chương I › Điều 1", "Chương I › Điều 2", "", "Phụ lục II");
    assertThat(labels("laws/nghi-dinh-293-2025-nd-cp.txt")).endsWith("Điều 5", "Phụ lục");
  }

  @Test
  void reads_quoted_articles_of_an_amending_article_as_its_text() {
    String text = Corpus.cleaned(Corpus.LABOUR_CODE);
    int quoted = text.indexOf("“Điều 54. Điều kiện hưởng lương hưu");

    Section holder =
        SectionParser.parse(text).stream()
            .filter(s -> s.start() <= quoted && quoted < s.end())
            .findFirst()
            .orElseThrow();

    assertThat(quoted).isPositive();
    assertThat(holder.label()).isEqualTo("Chương XVII › Điều 219");
  }

  @Test
  void tiles_every_corpus_document_from_start_to_end() {
    for (String file :
        List.of(
            Corpus.PLAN_000,
            Corpus.PLAN_001,
            Corpus.PLAN_002,
            Corpus.PLAN_003,
            Corpus.PLAN_004,
            Corpus.LABOUR_CODE,
            Corpus.SOCIAL_INSURANCE_LAW)) {
      String text = Corpus.cleaned(file);
      List<Section> sections = SectionParser.parse(text);

      assertThat(sections.get(0).start()).as(file).isZero();
      assertThat(sections.get(sections.size() - 1).end()).as(file).isEqualTo(text.length());
      for (int i = 1; i < sections.size(); i++) {
        assertThat(sections.get(i).start()).as(file).isEqualTo(sections.get(i - 1).end());
      }
    }
  }

  @Test
  void makes_one_preamble_of_text_without_headings_and_nothing_of_empty_text() {
    String paragraph = "Chỉ một đoạn văn.";

    assertThat(SectionParser.parse(paragraph))
        .containsExactly(new Section(List.of(), 0, paragraph.length()));
    assertThat(SectionParser.parse("")).isEmpty();
  }

  private static List<String> articles(String file) {
    return SectionParser.parse(Corpus.cleaned(file)).stream()
        .map(
            section ->
                section.path().isEmpty()
                    ? ""
                    : section.path().get(section.path().size() - 1).label())
        .filter(label -> label.startsWith("Điều"))
        .toList();
  }

  private static List<String> labels(String file) {
    return SectionParser.parse(Corpus.cleaned(file)).stream().map(Section::label).toList();
  }

  private static Section section(String text, String label) {
    return SectionParser.parse(text).stream()
        .filter(s -> s.label().equals(label))
        .findFirst()
        .orElseThrow();
  }
}
