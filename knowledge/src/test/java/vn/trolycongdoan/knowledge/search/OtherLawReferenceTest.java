package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OtherLawReferenceTest {

  @Test
  void a_decree_citing_an_article_of_the_labour_code_refers() {
    assertThat(
            OtherLawReference.in(
                "Người lao động làm thêm giờ được trả lương theo quy định tại khoản 1 Điều 98 của"
                    + " Bộ luật Lao động."))
        .isTrue();
  }

  @Test
  void an_article_of_a_named_law_without_của_refers() {
    assertThat(OtherLawReference.in("thực hiện theo Điều 5 Luật Công đoàn")).isTrue();
  }

  @Test
  void a_citation_of_the_passage_s_own_law_does_not_refer() {
    assertThat(OtherLawReference.in("trừ trường hợp quy định tại khoản 2 Điều 20 của Luật này"))
        .isFalse();
    assertThat(OtherLawReference.in("theo quy định tại Điều 35 của Bộ luật này")).isFalse();
  }

  @Test
  void a_passage_without_an_article_number_does_not_refer() {
    assertThat(OtherLawReference.in("Lao động nữ được nghỉ thai sản trước và sau khi sinh con"))
        .isFalse();
    assertThat(OtherLawReference.in("Luật này quy định về bảo hiểm xã hội")).isFalse();
    assertThat(OtherLawReference.in("")).isFalse();
  }

  @Property
  void a_text_without_a_digit_never_refers(@ForAll String text) {
    String noDigits = text.replaceAll("\\d", "");

    assertThat(OtherLawReference.in(noDigits + " Điều của Bộ luật Lao động")).isFalse();
  }

  @Property
  void a_citation_anywhere_in_a_text_refers(@ForAll String before) {
    assertThat(OtherLawReference.in(before + ". Theo Điều 98 của Bộ luật Lao động")).isTrue();
  }
}
