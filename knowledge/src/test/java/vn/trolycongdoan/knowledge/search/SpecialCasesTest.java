package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.index.IndexFields;

class SpecialCasesTest {

  @Test
  void a_question_naming_no_case_gets_a_heading_phrase_for_every_case() {
    List<String> phrases = phrases("Lao động nữ được nghỉ thai sản bao lâu");

    assertThat(phrases)
        .contains(
            "tu nguyen",
            "mang thai ho",
            "giup viec gia dinh",
            "chua thanh nien",
            "chua du 15 tuoi",
            "nhiem vu quyen han",
            "xu phat")
        .doesNotHaveDuplicates();
  }

  @Test
  void a_case_the_question_names_is_not_among_those_not_asked() {
    List<String> all = phrases("nghỉ thai sản");
    List<String> voluntary = phrases("Bảo hiểm xã hội tự nguyện đóng bao nhiêu");

    assertThat(voluntary).doesNotContain("tu nguyen").hasSize(all.size() - 1);
    assertThat(phrases("bao hiem xa hoi tu nguyen")).doesNotContain("tu nguyen");
  }

  @Test
  void naming_any_phrase_of_a_case_drops_the_whole_case() {
    List<String> all = phrases("nghỉ thai sản");
    List<String> soldiers = phrases("quân nhân có được nghỉ thai sản không");

    assertThat(soldiers)
        .doesNotContain("quan doi", "quan nhan", "cong an nhan dan")
        .hasSize(all.size() - 3);
    assertThat(phrases("Nhiệm vụ, quyền hạn của công đoàn"))
        .doesNotContain("trach nhiem cua", "nhiem vu quyen han", "quan ly nha nuoc");
  }

  @Test
  void a_worker_aged_under_18_names_the_case_of_minors() {
    assertThat(phrases("con tôi 14 tuổi đi làm thêm hè thì làm mấy tiếng một ngày"))
        .doesNotContain("chua thanh nien", "chua du 15 tuoi");
    assertThat(phrases("con em mười sáu tuổi có tự ký hợp đồng được không"))
        .doesNotContain("chua thanh nien");
    assertThat(phrases("con em 2 tuổi bị ốm")).contains("chua thanh nien");
    assertThat(phrases("nữ 60 tuổi về hưu")).contains("chua thanh nien");
  }

  @Test
  void a_law_s_definitions_are_a_case_only_a_question_asking_what_a_word_means_names() {
    assertThat(phrases("lúc tuyển dụng công ty có phải nói rõ lương cho mình biết không"))
        .contains("giai thich tu ngu");
    assertThat(phrases("người sử dụng lao động là gì")).doesNotContain("giai thich tu ngu");
    assertThat(phrases("the nao la cuong buc lao dong")).doesNotContain("giai thich tu ngu");
  }

  @Test
  void a_case_is_named_only_by_whole_words() {
    assertThat(phrases("thu tục hồ sơn")).contains("ho so");
    assertThat(phrases("người dưới 15 tuổi")).doesNotContain("duoi 15 tuoi", "chua thanh nien");
  }

  @Test
  void an_article_amending_other_laws_is_a_case_found_by_its_headings_alone() {
    List<String> amendments =
        List.of(
            "sua doi bo sung mot so dieu cua cac luat",
            "sua doi bo sung mot so luat",
            "sua doi bo sung luat");

    assertThat(phrases("đàn ông bao nhiêu tuổi thì về hưu")).containsAll(amendments);
    assertThat(phrases("đàn ông bao nhiêu tuổi thì về hưu", IndexFields.TEXT_FOLDED))
        .doesNotContainAnyElementsOf(amendments);
    assertThat(phrases("bộ luật lao động sửa đổi luật bảo hiểm xã hội thế nào"))
        .doesNotContainAnyElementsOf(amendments);
  }

  @Test
  void every_other_case_phrase_is_queried_on_the_folded_headings_and_the_folded_text() {
    List<String> fields =
        SpecialCases.notAskedIn("đoàn phí").stream()
            .map(query -> ((PhraseQuery) query).getTerms()[0].field())
            .toList();
    List<String> headings = new ArrayList<>(phrases("đoàn phí", IndexFields.HEAD_FOLDED));
    headings.removeIf(phrase -> phrase.startsWith("sua doi bo sung"));

    assertThat(fields).containsOnly(IndexFields.HEAD_FOLDED, IndexFields.TEXT_FOLDED);
    assertThat(phrases("đoàn phí", IndexFields.TEXT_FOLDED)).isEqualTo(headings);
    assertThat(SpecialCases.notAskedIn("đoàn phí"))
        .allSatisfy(
            query ->
                assertThat(((PhraseQuery) query).getTerms())
                    .extracting(Term::field)
                    .containsOnly(((PhraseQuery) query).getTerms()[0].field()));
  }

  @Property
  void never_fails_and_gives_at_most_every_case(@ForAll("questions") String question) {
    assertThat(SpecialCases.notAskedIn(question))
        .hasSizeLessThanOrEqualTo(SpecialCases.notAskedIn("").size());
  }

  @Provide
  Arbitrary<String> questions() {
    return SearchText.questions();
  }

  /** The phrases queried on the folded headings. */
  private static List<String> phrases(String question) {
    return phrases(question, IndexFields.HEAD_FOLDED);
  }

  private static List<String> phrases(String question, String field) {
    return SpecialCases.notAskedIn(question).stream()
        .filter(query -> ((PhraseQuery) query).getTerms()[0].field().equals(field))
        .map(
            query ->
                Arrays.stream(((PhraseQuery) query).getTerms())
                    .map(Term::text)
                    .collect(Collectors.joining(" ")))
        .toList();
  }
}
