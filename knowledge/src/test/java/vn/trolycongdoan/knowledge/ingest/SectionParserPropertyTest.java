package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SectionParserPropertyTest {

  @Property(tries = 500)
  void tiles_any_text_with_ordered_sections(@ForAll("documents") String text) {
    assertTiled(text, SectionParser.parse(text));
  }

  @Property(tries = 500)
  void tiles_any_cleaned_text_with_ordered_sections(@ForAll("documents") String raw) {
    String text = TextCleaner.clean(raw);

    assertTiled(text, SectionParser.parse(text));
  }

  private static void assertTiled(String text, List<Section> sections) {
    assertThat(sections.isEmpty()).isEqualTo(text.isEmpty());
    if (sections.isEmpty()) {
      return;
    }
    assertThat(sections.get(0).start()).isZero();
    assertThat(sections.get(sections.size() - 1).end()).isEqualTo(text.length());
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      assertThat(section.start()).isLessThan(section.end());
      if (i > 0) {
        assertThat(section.start()).isEqualTo(sections.get(i - 1).end());
      }
      assertThat(section.path())
          .extracting(Heading::level)
          .containsExactlyElementsOf(IntStream.range(0, section.path().size()).boxed().toList());
    }
  }

  @Provide
  Arbitrary<String> documents() {
    return DocumentText.any();
  }
}
