package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.analyze;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.terms;

import java.text.Normalizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class VietnameseAnalysisTest {
  private static final VietnameseAnalysis ANALYSIS =
      VietnameseAnalysis.create("NLĐ, người lao động");

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  @Test
  void folded_gives_one_token_per_syllable_without_diacritics() {
    assertThat(terms(ANALYSIS.folded(), "Thoả ước lao động tập thể"))
        .containsExactly("thoa", "uoc", "lao", "dong", "tap", "the");
    assertThat(terms(ANALYSIS.folded(), "Quỹ Xã hội Công đoàn tỉnh"))
        .containsExactly("quy", "xa", "hoi", "cong", "doan", "tinh");
    assertThat(terms(ANALYSIS.folded(), "Đại hội XIII Công đoàn Việt Nam"))
        .containsExactly("dai", "hoi", "xiii", "cong", "doan", "viet", "nam");
  }

  @Test
  void unaccented_questions_meet_accented_text_in_the_folded_field() {
    String document = "công nhân lao động tại các doanh nghiệp tham gia học tập";
    String question = "cong nhan lao dong tai cac doanh nghiep tham gia hoc tap";

    assertThat(terms(ANALYSIS.folded(), question)).isEqualTo(terms(ANALYSIS.folded(), document));
    assertThat(terms(ANALYSIS.bigrams(), question)).isEqualTo(terms(ANALYSIS.bigrams(), document));
  }

  @Test
  void typing_styles_give_the_same_tokens() {
    String standard = "Hòa giải viên lao động, Ủy ban Kiểm tra, thỏa ước, sức khỏe";
    String oldStyle = "HOÀ GIẢI VIÊN LAO ĐỘNG, Uỷ ban Kiểm tra, thoả ước, sức khoẻ";
    String phone = Normalizer.normalize(oldStyle, Normalizer.Form.NFD);

    for (String typed : new String[] {oldStyle, phone}) {
      assertThat(VietnameseText.normalize(typed)).isEqualTo(VietnameseText.normalize(standard));
      assertThat(terms(ANALYSIS.folded(), typed)).isEqualTo(terms(ANALYSIS.folded(), standard));
    }
  }

  @Test
  void offsets_point_into_the_original_decomposed_text() {
    String phone = Normalizer.normalize("Người lao động", Normalizer.Form.NFD);

    assertThat(analyze(ANALYSIS.folded(), phone))
        .extracting(TokenStreams.Token::term, token -> phone.substring(token.start(), token.end()))
        .containsExactly(
            tuple("nguoi", phone.substring(0, phone.indexOf(' '))),
            tuple("lao", "lao"),
            tuple("dong", phone.substring(phone.lastIndexOf(' ') + 1)));
  }

  @Test
  void normalizes_single_query_terms_such_as_wildcards_the_same_way() {
    assertThat(ANALYSIS.folded().normalize("field", "THOẢ").utf8ToString()).isEqualTo("thoa");
  }

  @Test
  void index_analyzers_do_not_expand_synonyms() {
    assertThat(terms(ANALYSIS.folded(), "NLĐ")).containsExactly("nld");
  }

  @Test
  void bigrams_pair_adjacent_syllables_only() {
    assertThat(terms(ANALYSIS.bigrams(), "người lao động"))
        .containsExactly("nguoi lao", "lao dong");
    assertThat(terms(ANALYSIS.bigrams(), "Thỏa ước")).containsExactly("thoa uoc");
    assertThat(terms(ANALYSIS.bigrams(), "đoàn")).isEmpty();
  }

  @Test
  void bigrams_do_not_cross_clause_punctuation_or_lines() {
    String text = "An toàn, vệ sinh lao động. Mục tiêu\nChỉ tiêu (cụ thể)";

    assertThat(terms(ANALYSIS.bigrams(), text))
        .containsExactly(
            "an toan", "ve sinh", "sinh lao", "lao dong", "muc tieu", "chi tieu", "cu the");
  }

  @Test
  void bigrams_sit_at_the_position_of_their_first_syllable() {
    assertThat(analyze(ANALYSIS.bigrams(), "an toàn, vệ sinh lao"))
        .extracting(
            TokenStreams.Token::term,
            TokenStreams.Token::increment,
            TokenStreams.Token::start,
            TokenStreams.Token::end)
        .containsExactly(
            tuple("an toan", 1, 0, 7), tuple("ve sinh", 2, 9, 16), tuple("sinh lao", 1, 12, 20));
  }
}
