package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.DocumentSummary;

class LawMentionsTest {

  private static final LawMentions MENTIONS =
      LawMentions.of(
          List.of(
              law("laws/bo-luat-lao-dong-2019", "BỘ LUẬT", "Bộ luật Lao động", "45/2019/QH14"),
              law("laws/luat-bao-hiem-xa-hoi-2024", "LUẬT", "Luật Bảo hiểm xã hội", "41/2024/QH15"),
              law("laws/luat-cong-doan-2024", "LUẬT", "Luật Công đoàn", "50/2024/QH15"),
              law(
                  "laws/luat-an-toan-ve-sinh-lao-dong-2015",
                  "LUẬT",
                  "Luật An toàn, vệ sinh lao động",
                  "84/2015/QH13"),
              law(
                  "laws/nghi-dinh-145-2020-nd-cp",
                  "NGHỊ ĐỊNH",
                  "Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động",
                  "145/2020/NĐ-CP"),
              law(
                  "laws/nghi-dinh-105-2026-nd-cp",
                  "NGHỊ ĐỊNH",
                  "Quy định chi tiết một số điều của Luật Công đoàn về tài chính công đoàn",
                  "105/2026/NĐ-CP")));

  private static DocumentSummary law(String id, String kind, String title, String number) {
    return new DocumentSummary(id, id + ".txt", kind, number, title, null, null, null, null, 1);
  }

  private static Optional<String> named(String question) {
    ArticleReference reference = ArticleReference.in(question).orElseThrow();
    return MENTIONS.in(question, reference).map(LawMentions.Mention::docId);
  }

  @Test
  void knows_a_law_by_its_title_and_its_abbreviations() {
    assertThat(named("khoản 2 Điều 113 Bộ luật Lao động")).contains("laws/bo-luat-lao-dong-2019");
    assertThat(named("điều 35 BLLĐ")).contains("laws/bo-luat-lao-dong-2019");
    assertThat(named("dieu 35 blld")).contains("laws/bo-luat-lao-dong-2019");
    assertThat(named("điều 139 luật lao động")).contains("laws/bo-luat-lao-dong-2019");
    assertThat(named("luật bhxh điều 70 khoản 3")).contains("laws/luat-bao-hiem-xa-hoi-2024");
    assertThat(named("Điều 29 Luật Công đoàn")).contains("laws/luat-cong-doan-2024");
    assertThat(named("điều 35 luật an toàn vệ sinh lao động"))
        .contains("laws/luat-an-toan-ve-sinh-lao-dong-2015");
    assertThat(named("Điều 35 luật ATVSLĐ")).contains("laws/luat-an-toan-ve-sinh-lao-dong-2015");
  }

  @Test
  void knows_a_decree_by_its_kind_and_number() {
    assertThat(named("nghị định 145 điều 8")).contains("laws/nghi-dinh-145-2020-nd-cp");
    assertThat(named("Điều 8 NĐ 145")).contains("laws/nghi-dinh-145-2020-nd-cp");
    assertThat(named("điều 8 nghị định 145/2020/NĐ-CP")).contains("laws/nghi-dinh-145-2020-nd-cp");
    assertThat(named("Điều 12 nghị định số 105")).contains("laws/nghi-dinh-105-2026-nd-cp");
  }

  @Test
  void the_name_next_to_the_article_wins() {
    assertThat(named("Điều 8 nghị định 145 hướng dẫn Bộ luật Lao động"))
        .contains("laws/nghi-dinh-145-2020-nd-cp");
  }

  @Test
  void takes_a_year_after_the_name_as_part_of_it() {
    String question = "Điều 10 luật công đoàn 2024 cấm gì";
    LawMentions.Mention mention =
        MENTIONS.in(question, ArticleReference.in(question).orElseThrow()).orElseThrow();
    assertThat(question.substring(mention.start(), mention.end())).isEqualTo("luật công đoàn 2024");
  }

  @Test
  void is_empty_when_no_document_is_named() {
    assertThat(named("Điều 35")).isEmpty();
    assertThat(named("Điều 5 Luật Đất đai")).isEmpty();
  }
}
