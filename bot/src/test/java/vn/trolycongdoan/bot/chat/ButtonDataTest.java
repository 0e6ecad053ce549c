package vn.trolycongdoan.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonDataTest {

  @Test
  void encodes_and_decodes_prefix_and_fields() {
    ButtonData data = ButtonData.of("v", 42L, 0, "u");

    assertThat(data.encode()).isEqualTo("v:42:0:u");
    assertThat(ButtonData.decode("v:42:0:u"))
        .isEqualTo(new ButtonData("v", List.of("42", "0", "u")));
  }

  @Test
  void the_largest_answer_button_fits_telegrams_64_bytes() {
    Button vote = ButtonData.of("v", Long.MAX_VALUE, Integer.MAX_VALUE, "d").button("👎");

    assertThat(vote.data().getBytes(StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(Button.MAX_DATA_BYTES);
  }

  @Test
  void refuses_data_longer_than_64_bytes_and_fields_with_the_separator() {
    assertThatThrownBy(() -> ButtonData.of("x", "đ".repeat(32)).button("x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ButtonData.of("x", "a:b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ButtonData.decode(":x")).isInstanceOf(IllegalArgumentException.class);
  }
}
