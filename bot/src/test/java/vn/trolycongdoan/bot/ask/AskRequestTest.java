package vn.trolycongdoan.bot.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.Settings;

class AskRequestTest {

  private final Settings settings = TestSettings.inFolder(Path.of("data"));

  @Test
  void takes_the_default_number_of_results_when_k_is_not_given() {
    assertThat(AskRequest.parse("  Mái ấm Công đoàn? ", null, settings))
        .isEqualTo(new AskRequest("Mái ấm Công đoàn?", 5));
    assertThat(AskRequest.parse("Mái ấm", "", settings).k()).isEqualTo(5);
  }

  @Test
  void accepts_k_from_one_to_the_maximum() {
    assertThat(AskRequest.parse("Mái ấm", "1", settings).k()).isEqualTo(1);
    assertThat(AskRequest.parse("Mái ấm", "20", settings).k()).isEqualTo(20);
  }

  @Test
  void rejects_a_missing_or_blank_question_naming_q() {
    assertThatThrownBy(() -> AskRequest.parse(null, null, settings))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("tham số q");
    assertThatThrownBy(() -> AskRequest.parse(" \t", null, settings))
        .hasMessage("Thiếu câu hỏi (tham số q): hãy nhập điều bạn muốn hỏi.");
  }

  @Test
  void accepts_500_characters_and_rejects_501() {
    assertThat(AskRequest.parse("ấ".repeat(500), null, settings).question()).hasSize(500);
    assertThatThrownBy(() -> AskRequest.parse("ấ".repeat(501), null, settings))
        .hasMessageContaining("tham số q")
        .hasMessageContaining("500 ký tự");
  }

  @Test
  void rejects_k_that_is_not_a_whole_number_in_range_naming_k() {
    for (String k : new String[] {"abc", "0", "21", "2.5", "-1"}) {
      assertThatThrownBy(() -> AskRequest.parse("Mái ấm", k, settings))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage(
              "Số kết quả (tham số k) phải là số nguyên từ 1 đến 20, không phải \"" + k + "\".");
    }
  }
}
