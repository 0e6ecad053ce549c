package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VietnameseTextPropertiesTest {
  /** Syllables without tone, in decomposed spelling, with the vowels a tone could be typed on. */
  private static final String[] SYLLABLES = {
    "hoa", "thoa", "khoe", "uy", "tuy", "quy", "gia", "giu\u031ba", "ngu\u031bo\u031bi",
    "huye\u0302n", "thu\u031bo\u031bng", "hoai", "khuyu", "qua", "mua", "mia", "hoan",
        "quye\u0302t",
    "khuya", "ngoeo", "thua\u0302n", "xoa\u0306n", "chie\u0302u"
  };

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  @Property
  void normalize_is_idempotent(@ForAll("texts") String text) {
    String once = VietnameseText.normalize(text);

    assertThat(VietnameseText.normalize(once)).isEqualTo(once);
  }

  @Property
  void fold_is_idempotent_and_leaves_no_diacritic(@ForAll("texts") String text) {
    String once = VietnameseText.fold(text);

    assertThat(VietnameseText.fold(once)).isEqualTo(once);
    assertThat(once).doesNotContain("đ").doesNotContainPattern("\\p{Mn}");
  }

  @Property
  void decomposition_changes_nothing(@ForAll("texts") String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);

    assertThat(VietnameseText.normalize(decomposed)).isEqualTo(VietnameseText.normalize(text));
    assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(text));
  }

  @Property
  void fold_is_the_normalized_form_without_diacritics(@ForAll("texts") String text) {
    assertThat(VietnameseText.fold(VietnameseText.normalize(text)))
        .isEqualTo(VietnameseText.fold(text));
  }

  @Property
  void case_does_not_matter_in_vietnamese(@ForAll("vietnamese") String text) {
    assertThat(VietnameseText.normalize(text.toUpperCase(Locale.ROOT)))
        .isEqualTo(VietnameseText.normalize(text));
  }

  @Property
  void the_vowel_a_tone_was_typed_on_does_not_matter(@ForAll("tonePlacements") String[] pair) {
    assertThat(VietnameseText.normalize(pair[0])).isEqualTo(VietnameseText.normalize(pair[1]));
  }

  @Provide
  Arbitrary<String> texts() {
    return RandomText.texts();
  }

  @Provide
  Arbitrary<String> vietnamese() {
    return RandomText.vietnamese();
  }

  @Provide
  Arbitrary<String[]> tonePlacements() {
    return Combinators.combine(
            Arbitraries.of(SYLLABLES), Arbitraries.of(TONES.toCharArray()),
            Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9))
        .as(
            (syllable, tone, first, second) ->
                new String[] {
                  withToneOnVowel(syllable, tone, first), withToneOnVowel(syllable, tone, second)
                });
  }

  /** Puts {@code tone} after the n-th vowel (counted modulo the vowels) and its shape marks. */
  private static String withToneOnVowel(String syllable, char tone, int n) {
    int vowels = syllable.replaceAll("[^aeiouy]", "").length();
    int target = n % vowels;
    StringBuilder out = new StringBuilder();
    int seen = -1;
    for (int i = 0; i < syllable.length(); i++) {
      char c = syllable.charAt(i);
      out.append(c);
      if ("aeiouy".indexOf(c) >= 0) {
        seen++;
      }
      boolean lastMarkOfLetter = i + 1 == syllable.length() || syllable.charAt(i + 1) < 0x300;
      if (seen == target && lastMarkOfLetter && (seen >= 0)) {
        out.append(tone);
        seen = Integer.MIN_VALUE;
      }
    }
    return out.toString();
  }
}
