package vn.trolycongdoan.bot.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.ConfigFileException;

class TagListReaderTest {

  @Test
  void the_bundled_list_reads_in_its_order_with_vietnamese_labels() {
    TagList tags = TagListReader.read(BundledDefaults.tags().orElseThrow(), "tags.txt");

    assertThat(tags.tags())
        .extracting(Tag::key)
        .containsExactly("tin-tuc", "phap-luat", "cham-lo", "viec-lam");
    assertThat(tags.byKey("phap-luat")).contains(new Tag("phap-luat", "Pháp luật"));
    assertThat(tags.byKey("Phap-luat")).isEmpty();
  }

  @Test
  void comments_blank_lines_and_spaces_around_the_bar_are_ignored() {
    TagList tags = TagListReader.read("# chủ đề\n\n  cham-lo |  Chăm lo  \r\nx1|Y\n", "tags.txt");

    assertThat(tags.tags()).containsExactly(new Tag("cham-lo", "Chăm lo"), new Tag("x1", "Y"));
  }

  @Test
  void a_mistake_is_refused_naming_the_file_the_line_and_the_problem() {
    assertRefused("# đầu\nphap-luat Pháp luật\n", "tags.txt, dòng 2: cần dạng \"mã | tên chủ đề\"");
    assertRefused("a | A | B\n", "tags.txt, dòng 1: cần dạng");
    assertRefused("tin-tuc | Tin\nPhap_Luat | Pháp luật\n", "dòng 2: mã chủ đề \"Phap_Luat\"");
    assertRefused("-a | A\n", "dòng 1: mã chủ đề \"-a\"");
    assertRefused("a".repeat(21) + " | A\n", "dòng 1: mã chủ đề");
    assertRefused("a | \n", "dòng 1: tên chủ đề a phải dài 1–40 ký tự");
    assertRefused("a | " + "ư".repeat(41) + "\n", "dòng 1: tên chủ đề a phải dài 1–40");
    assertRefused("a | A\nb | B\n\na | Lại A\n", "dòng 4: chủ đề a trùng với dòng 1");
    assertRefused("# không có gì\n\n", "tags.txt: tệp không có chủ đề nào");
  }

  @Test
  void random_text_either_reads_or_is_refused_as_a_config_file_mistake() {
    Random random = new Random(42);
    String alphabet = "ab-|# \n\u0103Z9_";
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(40); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        TagList tags = TagListReader.read(text.toString(), "tags.txt");
        assertThat(tags.tags()).isNotEmpty();
      } catch (ConfigFileException expected) {
        assertThat(expected.vietnameseMessage()).startsWith("Tệp cấu hình sai: tags.txt");
      }
    }
  }

  private static void assertRefused(String text, String message) {
    assertThatThrownBy(() -> TagListReader.read(text, "tags.txt"))
        .isInstanceOfSatisfying(
            ConfigFileException.class, e -> assertThat(e.vietnameseMessage()).contains(message));
  }
}
