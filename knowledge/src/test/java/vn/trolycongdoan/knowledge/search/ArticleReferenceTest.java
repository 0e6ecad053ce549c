package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

class ArticleReferenceTest {

  private static Optional<ArticleReference> in(String question) {
    return ArticleReference.in(question);
  }

  @Test
  void reads_an_article_alone_with_or_without_diacritics_and_abbreviated() {
    assertThat(in("Điều 35")).get().extracting(ArticleReference::article).isEqualTo("35");
    assertThat(in("dieu 35")).get().extracting(ArticleReference::article).isEqualTo("35");
    assertThat(in("ĐIỀU 35 BLLĐ")).get().extracting(ArticleReference::article).isEqualTo("35");
    assertThat(in("Đ.35 nói gì")).get().extracting(ArticleReference::article).isEqualTo("35");
    assertThat(in("Nội dung Điều 139?")).get().extracting(ArticleReference::clause).isEqualTo("");
  }

  @Test
  void reads_a_khoan_before_or_after_the_article() {
    ArticleReference before = in("khoản 2 Điều 113 Bộ luật Lao động").orElseThrow();
    assertThat(before.article()).isEqualTo("113");
    assertThat(before.clause()).isEqualTo("2");
    assertThat(before.start()).isZero();
    assertThat(in("luật bhxh điều 70 khoản 3").orElseThrow().clause()).isEqualTo("3");
    assertThat(in("dieu 35 k2").orElseThrow().clause()).isEqualTo("2");
    assertThat(in("điều 70, khoản 3 luật bhxh").orElseThrow().clause()).isEqualTo("3");
    assertThat(in("khoan 1 cua dieu 101").orElseThrow().article()).isEqualTo("101");
  }

  @Test
  void finds_the_article_after_a_document_number() {
    ArticleReference reference = in("nghị định 145 điều 8").orElseThrow();
    assertThat(reference.article()).isEqualTo("8");
    assertThat("nghị định 145 điều 8".substring(reference.start(), reference.end()))
        .isEqualTo("điều 8");
  }

  @Test
  void is_empty_for_conditions_dates_and_amounts() {
    assertThat(in("điều kiện hưởng lương hưu là gì")).isEmpty();
    assertThat(in("Dieu kien nghi thai san 6 thang")).isEmpty();
    assertThat(in("nghỉ từ ngày 01/01/2021 đến 30 ngày")).isEmpty();
    assertThat(in("đóng 70.000đ/người/năm, điều chỉnh 2%")).isEmpty();
    assertThat(in("khoản 2 trợ cấp bao nhiêu")).isEmpty();
  }

  @Property
  void reads_any_article_number_inside_any_words(
      @ForAll @IntRange(min = 1, max = 999) int article,
      @ForAll("words") String before,
      @ForAll("words") String after) {
    String question = before + " Điều " + article + " " + after;
    ArticleReference reference = in(question).orElseThrow();
    assertThat(reference.article()).isEqualTo(String.valueOf(article));
    assertThat(question.substring(reference.start(), reference.end())).isEqualTo("Điều " + article);
  }

  @Property
  void reads_the_same_typed_without_diacritics_or_in_capitals(
      @ForAll @IntRange(min = 1, max = 999) int article,
      @ForAll @IntRange(min = 1, max = 30) int clause,
      @ForAll("words") String after) {
    String question = "khoản " + clause + " điều " + article + " " + after;
    Optional<ArticleReference> asTyped = in(question);
    assertThat(asTyped).isPresent();
    assertThat(in(VietnameseText.fold(question))).isEqualTo(asTyped);
    assertThat(in(question.toUpperCase(Locale.ROOT))).isEqualTo(asTyped);
  }

  @Property
  void words_without_an_article_number_name_no_article(@ForAll("words") String words) {
    assertThat(in(words)).isEmpty();
  }

  /** Vietnamese words, "điều" and "khoản" among them, never followed by a number. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(
            "điều", "kiện", "khoản", "tiền", "lương", "Bộ", "luật", "Lao", "động", "nghỉ", "thai",
            "sản", "ngày", "bao", "nhiêu", "có", "được", "không", "BLLĐ", "đoàn", "phí", "?", ":")
        .list()
        .ofMaxSize(8)
        .map(list -> String.join(" ", list));
  }
}
