package vn.trolycongdoan.bot.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

class CitationTest {

  @Test
  void cites_a_law_answer_by_its_article_and_the_khoan_it_quotes() {
    assertThat(Citation.of(law("Chương X › Điều 139", "khoản 1")))
        .isEqualTo(
            "Bộ luật Lao động, số 45/2019/QH14, ngày 20/11/2019, Chương X › Điều 139, khoản 1");
    assertThat(Citation.of(law("Chương VII › Mục 2 › Điều 113", "điểm a khoản 1")))
        .endsWith(", Chương VII › Mục 2 › Điều 113, điểm a khoản 1");
  }

  @Test
  void cites_a_law_answer_without_a_khoan_by_its_article_alone() {
    assertThat(Citation.of(law("Chương X › Điều 139", "")))
        .isEqualTo("Bộ luật Lao động, số 45/2019/QH14, ngày 20/11/2019, Chương X › Điều 139");
  }

  @Test
  void cites_a_law_appendix_by_its_own_name() {
    assertThat(Citation.of(law("Phụ lục", ""))).endsWith(", ngày 20/11/2019, Phụ lục");
  }

  @Test
  void cites_a_plan_section_as_a_muc() {
    assertThat(Citation.of(plan("II › 2 › 2.4")))
        .isEqualTo("Kế hoạch Mái ấm Công đoàn, số 38/KH-LĐLĐ, ngày 23/02/2024, mục II › 2 › 2.4");
  }

  @Test
  void cites_an_answer_without_a_section_or_from_the_recipients_by_its_document_alone() {
    String document = "Kế hoạch Mái ấm Công đoàn, số 38/KH-LĐLĐ, ngày 23/02/2024";

    assertThat(Citation.of(plan(""))).isEqualTo(document);
    assertThat(Citation.of(plan(null))).isEqualTo(document);
    assertThat(Citation.of(plan("Nơi nhận"))).isEqualTo(document).doesNotContain("mục");
  }

  @Test
  void cites_a_document_by_title_number_and_date_and_leaves_out_what_it_lacks() {
    DocumentSummary numbered =
        new DocumentSummary(
            "plans/001",
            "001.txt",
            "KẾ HOẠCH",
            "38/KH-LĐLĐ",
            "Mái ấm",
            "2024-02-23",
            null,
            null,
            null,
            3);
    DocumentSummary bare =
        new DocumentSummary(
            "plans/000",
            "000.txt",
            "Chương trình hành động",
            null,
            "Thực hiện Nghị quyết",
            null,
            "Liên đoàn Lao động tỉnh Lai Châu",
            null,
            null,
            3);

    assertThat(Citation.of(numbered)).isEqualTo("Mái ấm, số 38/KH-LĐLĐ, ngày 23/02/2024");
    assertThat(Citation.of(bare)).isEqualTo("Thực hiện Nghị quyết");
  }

  private static AnswerHit law(String section, String clause) {
    return new AnswerHit(
        "bo-luat-lao-dong-2019.txt",
        "laws/bo-luat-lao-dong-2019",
        "Bộ luật Lao động",
        "45/2019/QH14",
        "2019-11-20",
        section,
        clause,
        "Điều 139. Nghỉ thai sản",
        "1. Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng.",
        "Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng.",
        List.of(),
        1.0);
  }

  private static AnswerHit plan(String section) {
    return new AnswerHit(
        "001.txt",
        "plans/001",
        "Kế hoạch Mái ấm Công đoàn",
        "38/KH-LĐLĐ",
        "2024-02-23",
        section,
        "",
        "2.4.",
        "…",
        "Mỗi năm sửa chữa 10 nhà Mái ấm Công đoàn.",
        List.of(),
        1.0);
  }
}
