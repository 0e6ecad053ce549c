package vn.trolycongdoan.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.answer.AnalysedTexts.Token;

class AnalysedTextsTest {

  private final AnalysedTexts texts = new AnalysedTexts(VietnameseAnalysis.create("").folded());

  @Test
  void gives_the_folded_tokens_with_their_offsets_and_the_clauses() {
    String text = "Nghỉ ốm; nghỉ thai sản.\nĐoàn viên";

    AnalysedTexts.Analysed analysed = texts.of(text);

    assertThat(analysed.tokens())
        .containsExactly(
            new Token("nghi", 0, 4),
            new Token("om", 5, 7),
            new Token("nghi", 9, 13),
            new Token("thai", 14, 18),
            new Token("san", 19, 22),
            new Token("doan", 24, 28),
            new Token("vien", 29, 33));
    assertThat(analysed.clauses())
        .containsExactly(
            new AnswerHit.Span(0, 8), new AnswerHit.Span(9, 23), new AnswerHit.Span(24, 33));
  }

  @Test
  void an_empty_text_has_no_tokens_and_no_clauses() {
    assertThat(texts.of("").tokens()).isEmpty();
    assertThat(texts.of("").clauses()).isEmpty();
  }

  @Test
  void a_text_asked_again_gets_what_it_got_before_also_after_the_texts_kept_started_afresh() {
    AnalysedTexts.Analysed first = texts.of("nghỉ hằng năm");

    for (int i = 0; i <= AnalysedTexts.MAX_TEXTS; i++) {
      texts.of("văn bản " + i);
    }

    AnalysedTexts.Analysed again = texts.of("nghỉ hằng năm");
    assertThat(again.tokens()).isEqualTo(first.tokens());
    assertThat(again.clauses()).isEqualTo(first.clauses());
    assertThat(texts.of("văn bản 7").tokens())
        .extracting(Token::term)
        .containsExactly("van", "ban", "7");
  }
}
