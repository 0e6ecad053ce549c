package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PassageSplitterPropertyTest {

  @Property(tries = 500)
  void points_passages_of_any_text_at_their_own_text_within_the_size_limit(
      @ForAll("documents") String raw) {
    String text = TextCleaner.clean(raw);

    assertThat(PassageSplitter.split("doc", text))
        .allSatisfy(
            passage -> {
              assertThat(text.substring(passage.start(), passage.end())).isEqualTo(passage.text());
              assertThat(passage.text()).isNotBlank();
              assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.SPLIT_ABOVE);
            });
  }

  @Provide
  Arbitrary<String> documents() {
    return DocumentText.any();
  }
}
