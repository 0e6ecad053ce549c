package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.FormattedText.Style;

class TelegramHtmlTest {

  @Test
  void escapes_markup_characters_in_every_run() {
    FormattedText text =
        FormattedText.builder()
            .plain("Lương < 5 triệu & phụ cấp > 0 ")
            .bold("<b>không in đậm</b>")
            .italic(" a&amp;b")
            .build();

    assertThat(TelegramHtml.render(text))
        .isEqualTo(
            "Lương &lt; 5 triệu &amp; phụ cấp &gt; 0 <b>&lt;b&gt;không in đậm&lt;/b&gt;</b><i> a&amp;amp;b</i>");
  }

  @Test
  void bold_and_italic_runs_become_b_and_i_tags_and_plain_text_stays_as_is() {
    FormattedText text =
        FormattedText.builder()
            .bold("Điều 113")
            .plain(" Nghỉ hằng năm\n")
            .italic("(trích)")
            .build();

    assertThat(TelegramHtml.render(text))
        .isEqualTo("<b>Điều 113</b> Nghỉ hằng năm\n<i>(trích)</i>");
  }

  @Test
  void rendered_random_text_parses_back_to_the_same_text_and_formatting() throws Exception {
    Random random = new Random(42);
    String[] pieces = {"a", "ắ", " ", "\n", "<", ">", "&", "&lt;", "\"", "😀", "</b>", ";"};
    for (int round = 0; round < 500; round++) {
      FormattedText.Builder builder = FormattedText.builder();
      for (int run = random.nextInt(6); run >= 0; run--) {
        StringBuilder piece = new StringBuilder();
        for (int i = random.nextInt(8); i >= 0; i--) {
          piece.append(pieces[random.nextInt(pieces.length)]);
        }
        builder.add(piece.toString(), Style.values()[random.nextInt(3)]);
      }
      FormattedText text = builder.build();

      BotApiHtml.Parsed parsed = BotApiHtml.parse(TelegramHtml.render(text));

      assertThat(parsed.text()).isEqualTo(text.plainText());
      int position = 0;
      for (FormattedText.Run run : text.runs()) {
        int start = position;
        String type =
            run.style() == Style.BOLD ? "bold" : run.style() == Style.ITALIC ? "italic" : null;
        assertThat(
                parsed.entities().stream()
                    .anyMatch(
                        entity ->
                            entity.type().equals(type)
                                && entity.offset() == start
                                && entity.length() == run.text().length()))
            .as("%s in %s", run, parsed)
            .isEqualTo(type != null);
        position += run.text().length();
      }
    }
  }
}
