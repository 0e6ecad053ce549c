package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;
import vn.trolycongdoan.knowledge.index.PassageRole;

class QuestionIntentTest {

  @Test
  void who_signed_asks_for_the_signature_and_its_words_are_blanked() {
    QuestionIntent.Reading reading = QuestionIntent.read("Kế hoạch 47/KH-LĐLĐ do ai ký?");

    assertThat(reading.roles()).containsExactly(PassageRole.SIGNATURE);
    assertThat(reading.words()).startsWith("kế hoạch 47/kh-lđlđ").doesNotContain("ai", "ký");
    assertThat(reading.words())
        .hasSameSizeAs(VietnameseText.normalize("Kế hoạch 47/KH-LĐLĐ do ai ký?"));
  }

  @Test
  void when_issued_asks_for_the_date_of_issue() {
    assertThat(QuestionIntent.read("Kế hoạch 38 ban hành ngày nào?").roles())
        .containsExactly(PassageRole.ISSUE_DATE);
    assertThat(QuestionIntent.read("ngày ban hành của kế hoạch").roles())
        .containsExactly(PassageRole.ISSUE_DATE);
    assertThat(QuestionIntent.read("ke hoach ban hanh bao gio").roles())
        .containsExactly(PassageRole.ISSUE_DATE);
  }

  @Test
  void how_many_percent_asks_for_a_percentage_typed_with_or_without_diacritics() {
    QuestionIntent.Reading accented =
        QuestionIntent.read("Đóng bảo hiểm bao nhiêu phần trăm lương");
    QuestionIntent.Reading bare = QuestionIntent.read("dong bao hiem may phan tram luong");

    assertThat(accented.roles()).containsExactly(PassageRole.PERCENTAGE);
    assertThat(accented.words().trim().split("\\s+"))
        .containsExactly("đóng", "bảo", "hiểm", "lương");
    assertThat(bare.roles()).containsExactly(PassageRole.PERCENTAGE);
    assertThat(bare.words().trim().split("\\s+")).containsExactly("dong", "bao", "hiem", "luong");
  }

  @Test
  void several_roles_may_be_asked_at_once() {
    assertThat(QuestionIntent.read("kế hoạch do ai ký và ban hành ngày nào").roles())
        .containsExactlyInAnyOrder(PassageRole.SIGNATURE, PassageRole.ISSUE_DATE);
  }

  @Test
  void the_phrases_match_only_at_word_boundaries() {
    assertThat(QuestionIntent.read("được nghỉ hai kỳ trong năm").roles()).isEmpty();
    assertThat(QuestionIntent.read("người lao động ký hợp đồng").roles()).isEmpty();
  }

  @Test
  void a_question_asking_for_nothing_of_the_kind_is_only_normalized() {
    QuestionIntent.Reading reading = QuestionIntent.read("Nghỉ Thai Sản bao lâu");

    assertThat(reading.roles()).isEmpty();
    assertThat(reading.words()).isEqualTo("nghỉ thai sản bao lâu");
  }

  @Property
  void the_words_keep_the_length_of_the_normalized_question(@ForAll("questions") String question) {
    QuestionIntent.Reading reading = QuestionIntent.read(question);

    assertThat(reading.words()).hasSameSizeAs(VietnameseText.normalize(question));
  }

  @Provide
  Arbitrary<String> questions() {
    return SearchText.questions();
  }
}
