package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionAskedTest {

  @Test
  void a_question_asking_what_a_term_means_names_the_term_folded() {
    assertThat(DefinitionAsked.term("Bệnh nghề nghiệp là gì?")).hasValue("benh nghe nghiep");
    assertThat(DefinitionAsked.term("thế nào là người lao động")).hasValue("nguoi lao dong");
    assertThat(DefinitionAsked.term("cho em hỏi cưỡng bức lao động nghĩa là gì"))
        .hasValue("cuong buc lao dong");
    assertThat(DefinitionAsked.term("lao dong chua thanh nien la ai"))
        .hasValue("lao dong chua thanh nien");
  }

  @Test
  void a_question_asking_anything_else_names_no_term() {
    assertThat(DefinitionAsked.term("nghỉ thai sản bao lâu")).isEmpty();
    assertThat(DefinitionAsked.term("nghỉ việc thì được trợ cấp gì")).isEmpty();
    assertThat(
            DefinitionAsked.term(
                "công ty bắt em làm thêm mỗi ngày bốn tiếng không trả lương thì là gì"))
        .isEmpty();
  }

  @Test
  void a_passage_defines_the_term_only_where_a_sentence_or_clause_opens_with_it() {
    assertThat(
            DefinitionAsked.defines(
                "9. Bệnh nghề nghiệp là bệnh phát sinh do điều kiện lao động có hại",
                "benh nghe nghiep"))
        .isTrue();
    assertThat(
            DefinitionAsked.defines(
                "Trong Luật này: a) Người lao động là người làm việc cho người sử dụng lao động",
                "nguoi lao dong"))
        .isTrue();
    assertThat(
            DefinitionAsked.defines(
                "1. Thời gian đóng bảo hiểm thất nghiệp để xét hưởng là tổng thời gian đã đóng",
                "bao hiem that nghiep"))
        .isFalse();
    assertThat(
            DefinitionAsked.defines("Người lao động làm việc không trọn thời gian là", "lao dong"))
        .isFalse();
  }
}
