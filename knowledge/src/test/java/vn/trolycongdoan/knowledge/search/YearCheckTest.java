package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class YearCheckTest {

  @Test
  void a_passage_naming_only_other_years_conflicts() {
    YearCheck check = new YearCheck("chỉ tiêu kết nạp đoàn viên đến năm 2025");

    assertThat(check.conflicts(YearCheck.years("Phấn đấu đến năm 2028 kết nạp 5.000 đoàn viên")))
        .isTrue();
  }

  @Test
  void a_passage_naming_the_asked_year_among_others_does_not_conflict() {
    YearCheck check = new YearCheck("chỉ tiêu năm 2025");

    assertThat(check.conflicts(YearCheck.years("Giai đoạn 2023 - 2028, riêng năm 2025 đạt 80%")))
        .isFalse();
  }

  @Test
  void a_passage_naming_no_year_does_not_conflict() {
    assertThat(new YearCheck("năm 2025").conflicts(YearCheck.years("Thăm hỏi đoàn viên ốm đau")))
        .isFalse();
  }

  @Test
  void a_question_naming_no_year_conflicts_with_nothing() {
    assertThat(new YearCheck("chỉ tiêu kết nạp").conflicts(YearCheck.years("đến năm 2028")))
        .isFalse();
  }

  @Test
  void numbers_that_are_not_years_are_ignored() {
    YearCheck check = new YearCheck("năm 2025");

    assertThat(check.conflicts(YearCheck.years("trị giá 1.2030.000 đồng"))).isFalse();
    assertThat(check.conflicts(YearCheck.years("Số 45/2019/QH14"))).isFalse();
    assertThat(check.conflicts(YearCheck.years("tăng 2030% so với trước"))).isFalse();
    assertThat(check.conflicts(YearCheck.years("mã 120305"))).isFalse();
    assertThat(check.conflicts(YearCheck.years("năm 1850 và 2150"))).isFalse();
  }

  @Property
  void a_passage_always_agrees_with_the_question_it_is(@ForAll("texts") String text) {
    assertThat(new YearCheck(text).conflicts(YearCheck.years(text))).isFalse();
  }

  @Provide
  Arbitrary<String> texts() {
    return SearchText.questions();
  }
}
