package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextCleanerPropertyTest {

  @Property(tries = 500)
  void cleans_any_input_into_trimmed_lines_without_blank_ones(@ForAll("documents") String raw) {
    String text = TextCleaner.clean(raw);

    assertThat(text).doesNotContain("\n\n", "\r", "\uFEFF", "**");
    assertThat(text.split("\n", -1)).allSatisfy(line -> assertThat(line).isEqualTo(line.strip()));
    assertThat(text.isEmpty() || !text.lines().anyMatch(String::isEmpty)).isTrue();
  }

  @Property(tries = 300)
  void writes_unicode_nfc(@ForAll("documents") String raw) {
    String text = TextCleaner.clean(raw);

    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
  }

  @Provide
  Arbitrary<String> documents() {
    return DocumentText.any();
  }
}
