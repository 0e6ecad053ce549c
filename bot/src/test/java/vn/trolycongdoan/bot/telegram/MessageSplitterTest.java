package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.FormattedText.Run;
import vn.trolycongdoan.bot.chat.FormattedText.Style;

class MessageSplitterTest {

  @Test
  void a_text_that_fits_is_sent_whole_and_a_blank_one_not_at_all() {
    FormattedText text = FormattedText.builder().bold("Điều 1").plain(" Phạm vi").build();

    assertThat(new MessageSplitter(20).split(text)).containsExactly(text);
    assertThat(new MessageSplitter(20).split(FormattedText.plain(" \n "))).isEmpty();
  }

  @Test
  void cuts_at_the_last_paragraph_break_that_fits() {
    String text = "Đoạn một dài.\n\nĐoạn hai.\nDòng ba. Câu bốn\n\nĐoạn năm";

    assertThat(plain(new MessageSplitter(45).split(FormattedText.plain(text))))
        .containsExactly("Đoạn một dài.\n\nĐoạn hai.\nDòng ba. Câu bốn", "Đoạn năm");
  }

  @Test
  void prefers_a_line_break_then_a_sentence_end_then_a_space() {
    assertThat(
            plain(
                new MessageSplitter(20)
                    .split(FormattedText.plain("Dòng một khá dài\nhai. Ba bốn năm"))))
        .containsExactly("Dòng một khá dài", "hai. Ba bốn năm");
    assertThat(
            plain(
                new MessageSplitter(20)
                    .split(FormattedText.plain("Câu một rất dài? Câu hai tiếp"))))
        .containsExactly("Câu một rất dài?", "Câu hai tiếp");
    assertThat(
            plain(new MessageSplitter(20).split(FormattedText.plain("không dấu câu nào cả ở đây"))))
        .containsExactly("không dấu câu nào cả", "ở đây");
  }

  @Test
  void a_break_too_early_in_the_window_loses_to_a_later_weaker_one() {
    String text = "Ngắn.\n\nrồi một câu rất dài không ngắt đoạn nào. Rồi tiếp tục";

    List<String> parts = plain(new MessageSplitter(50).split(FormattedText.plain(text)));

    assertThat(parts.get(0)).isEqualTo("Ngắn.\n\nrồi một câu rất dài không ngắt đoạn nào.");
  }

  @Test
  void a_word_longer_than_the_limit_is_cut_but_never_inside_a_surrogate_pair_or_before_a_mark() {
    assertThat(plain(new MessageSplitter(5).split(FormattedText.plain("abcd😀efgh"))))
        .containsExactly("abcd", "😀efg", "h");
    assertThat(plain(new MessageSplitter(4).split(FormattedText.plain("abca\u0301bc"))))
        .containsExactly("abc", "a\u0301bc");
  }

  @Test
  void formatting_continues_across_a_cut() {
    FormattedText text =
        FormattedText.builder()
            .plain("Xem ")
            .bold("Điều 113 Bộ luật Lao động")
            .plain(" nhé")
            .build();

    List<FormattedText> parts = new MessageSplitter(16).split(text);

    assertThat(parts).hasSize(3);
    assertThat(parts.get(0).runs())
        .containsExactly(new Run("Xem ", Style.PLAIN), new Run("Điều 113 Bộ", Style.BOLD));
    assertThat(parts.get(1).runs()).containsExactly(new Run("luật Lao động", Style.BOLD));
    assertThat(parts.get(2).runs()).containsExactly(new Run("nhé", Style.PLAIN));
  }

  @Test
  void a_long_answer_fits_telegrams_limit_in_few_parts() {
    String paragraph =
        "Người lao động làm việc đủ 12 tháng thì được nghỉ hằng năm, hưởng nguyên lương. "
            .repeat(8);
    FormattedText text = FormattedText.plain((paragraph.strip() + "\n\n").repeat(30));

    List<FormattedText> parts = new MessageSplitter().split(text);

    assertThat(parts).hasSizeBetween(5, 6);
    assertThat(parts)
        .allSatisfy(
            part -> {
              assertThat(part.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
              assertThat(part.plainText()).startsWith("Người lao động").endsWith("nguyên lương.");
            });
  }

  @Test
  void random_texts_split_into_valid_parts_that_put_back_together_give_the_text() {
    Random random = new Random(7);
    String[] pieces = {
      "a", "bc", "ư", " ", "  ", "\n", "\n\n", ". ", "? ", "; ", "😀", "\u0301", "xyzxyzxyz"
    };
    for (int round = 0; round < 3000; round++) {
      int limit = 2 + random.nextInt(60);
      FormattedText text = randomText(random, pieces);

      List<FormattedText> parts = new MessageSplitter(limit).split(text);

      assertValidSplit(text, parts, limit);
    }
  }

  private static FormattedText randomText(Random random, String[] pieces) {
    FormattedText.Builder builder = FormattedText.builder();
    for (int run = random.nextInt(8); run >= 0; run--) {
      StringBuilder piece = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        piece.append(pieces[random.nextInt(pieces.length)]);
      }
      builder.add(piece.toString(), Style.values()[random.nextInt(3)]);
    }
    return builder.build();
  }

  /**
   * Parts are non-blank, fit, keep surrogate pairs whole, and are the text in order with only
   * whitespace between.
   */
  private static void assertValidSplit(FormattedText text, List<FormattedText> parts, int limit) {
    String plain = text.plainText();
    if (plain.isBlank()) {
      assertThat(parts).isEmpty();
      return;
    }
    if (plain.length() <= limit) {
      assertThat(parts).containsExactly(text);
      return;
    }
    List<Style> styles = styles(text);
    int position = 0;
    for (FormattedText part : parts) {
      String piece = part.plainText();
      assertThat(piece).as("part of %s", plain).isNotBlank();
      assertThat(piece.length()).isLessThanOrEqualTo(limit);
      assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1))).isFalse();
      int at = plain.indexOf(piece, position);
      assertThat(at)
          .as("%s found in %s after %d", piece, plain, position)
          .isGreaterThanOrEqualTo(position);
      assertThat(plain.substring(position, at)).isBlank();
      assertThat(styles(part)).isEqualTo(styles.subList(at, at + piece.length()));
      position = at + piece.length();
    }
    assertThat(plain.substring(position)).isBlank();
  }

  private static List<Style> styles(FormattedText text) {
    List<Style> styles = new ArrayList<>();
    text.runs().forEach(run -> run.text().chars().forEach(c -> styles.add(run.style())));
    return styles;
  }

  private static List<String> plain(List<FormattedText> parts) {
    return parts.stream().map(FormattedText::plainText).toList();
  }
}
