package vn.trolycongdoan.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void splits_name_and_argument_and_drops_the_bot_name() {
    assertThat(Command.parse("/hoi@TroLyCongDoanBot   Mức đoàn phí?  "))
        .contains(new Command("hoi", "Mức đoàn phí?"));
  }

  @Test
  void folds_case_and_diacritics_of_the_name_only() {
    assertThat(Command.parse("/Hỏi Mức ĐOÀN phí")).contains(new Command("hoi", "Mức ĐOÀN phí"));
    assertThat(Command.parse("/KIẾNNGHỊ")).contains(new Command("kiennghi", ""));
  }

  @Test
  void keeps_line_breaks_inside_the_argument() {
    assertThat(Command.parse("/kiennghi\nDòng một\nDòng hai"))
        .contains(new Command("kiennghi", "Dòng một\nDòng hai"));
  }

  @Test
  void text_without_a_leading_slash_is_not_a_command() {
    assertThat(Command.parse("Đoàn phí 1/2 lương?")).isEmpty();
    assertThat(Command.parse("   /start")).contains(new Command("start", ""));
    assertThat(Command.parse("/")).contains(new Command("", ""));
  }

  @Property
  void never_fails_on_any_text(@ForAll String text) {
    Command.parse(text)
        .ifPresent(command -> assertThat(command.argument()).isEqualTo(command.argument().strip()));
  }
}
