package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.Quantities.Fit;

class QuantitiesTest {

  private static final String SICK_LEAVE =
      "a) 30 ngày nếu đã đóng bảo hiểm xã hội bắt buộc dưới 15 năm; "
          + "b) 40 ngày nếu đã đóng từ đủ 15 năm đến dưới 30 năm; "
          + "c) 60 ngày nếu đã đóng từ đủ 30 năm trở lên.";

  @Test
  void a_question_states_lengths_in_days_with_or_without_diacritics() {
    assertThat(Quantities.stated("đóng bhxh 20 năm, con 2 tuổi")).containsExactly(7300.0, 730.0);
    assertThat(Quantities.stated("say thai luc 8 tuan")).containsExactly(56.0);
    assertThat(Quantities.stated("hợp đồng 6 tháng")).containsExactly(180.0);
    assertThat(Quantities.stated("nghỉ 5 ngày làm việc")).containsExactly(5.0);
  }

  @Test
  void numbers_written_as_words_before_a_unit_are_lengths_too() {
    assertThat(Quantities.stated("sảy thai lúc tám tuần")).containsExactly(56.0);
    assertThat(Quantities.stated("con mười sáu tuổi đi làm")).containsExactly(16 * 365.0);
    assertThat(Quantities.stated("đóng hai mươi lăm năm")).containsExactly(25 * 365.0);
    assertThat(Quantities.stated("bé nhà mình năm tuổi")).containsExactly(5 * 365.0);
    assertThat(Quantities.stated("mười năm")).containsExactly(10 * 365.0);
    assertThat(Quantities.stated("ba má mất, năm nay nghỉ mấy ngày")).isEmpty();
  }

  @Test
  void a_question_states_ages_in_digits_or_words() {
    assertThat(Quantities.ages("con em 16 tuổi, em gái mười bảy tuổi")).containsExactly(16, 17);
    assertThat(Quantities.ages("con tôi 14 tuoi di lam them")).containsExactly(14);
    assertThat(Quantities.ages("đóng bhxh 20 năm")).isEmpty();
  }

  @Test
  void more_than_a_length_is_a_little_more() {
    assertThat(Quantities.stated("sảy thai lúc hơn 22 tuần").get(0)).isGreaterThan(154.0);
  }

  @Test
  void a_question_without_a_length_states_none() {
    assertThat(Quantities.stated("nghỉ ốm được bao nhiêu ngày")).isEmpty();
    assertThat(Quantities.stated("lương vùng 2 là 4.730.000 đồng")).isEmpty();
  }

  @Test
  void a_from_to_range_holds_what_lies_between_and_not_its_end_when_below() {
    assertThat(fit("đóng bhxh 20 năm", "b) 40 ngày nếu đã đóng từ đủ 15 năm đến dưới 30 năm"))
        .isEqualTo(Fit.HOLDS);
    assertThat(fit("đóng 30 năm", "b) 40 ngày nếu đã đóng từ đủ 15 năm đến dưới 30 năm"))
        .isEqualTo(Fit.EXCLUDES);
    assertThat(fit("đóng 10 năm", "b) 40 ngày nếu đã đóng từ đủ 15 năm đến dưới 30 năm"))
        .isEqualTo(Fit.EXCLUDES);
    assertThat(fit("hợp đồng 2 năm", "hợp đồng có thời hạn từ 12 tháng đến 36 tháng"))
        .isEqualTo(Fit.HOLDS);
  }

  @Test
  void below_and_at_least_ranges_hold_their_side() {
    assertThat(fit("con 2 tuổi bị ốm", "tối đa là 20 ngày nếu con dưới 03 tuổi"))
        .isEqualTo(Fit.HOLDS);
    assertThat(fit("con 5 tuổi bị ốm", "tối đa là 20 ngày nếu con dưới 03 tuổi"))
        .isEqualTo(Fit.EXCLUDES);
    assertThat(fit("sảy thai lúc hơn 22 tuần", "50 ngày nếu thai từ đủ 22 tuần tuổi trở lên"))
        .isEqualTo(Fit.HOLDS);
    assertThat(fit("ông 76 tuổi", "Từ đủ 75 tuổi trở lên")).isEqualTo(Fit.HOLDS);
    assertThat(fit("ông 70 tuổi", "Từ đủ 75 tuổi trở lên")).isEqualTo(Fit.EXCLUDES);
    assertThat(fit("hợp đồng 2 tháng", "trên 01 tháng")).isEqualTo(Fit.HOLDS);
  }

  @Test
  void any_range_of_the_text_may_hold_the_length() {
    assertThat(fit("đóng 35 năm", SICK_LEAVE)).isEqualTo(Fit.HOLDS);
    assertThat(fit("đóng 5 năm", SICK_LEAVE)).isEqualTo(Fit.HOLDS);
  }

  @Test
  void no_length_asked_or_no_range_set_is_no_fit() {
    assertThat(fit("nghỉ ốm bao lâu", SICK_LEAVE)).isEqualTo(Fit.NONE);
    assertThat(fit("đóng 20 năm", "Người lao động được nghỉ 12 ngày làm việc."))
        .isEqualTo(Fit.NONE);
  }

  private static Fit fit(String question, String text) {
    List<Double> stated = Quantities.stated(question);
    return Quantities.fit(stated, text);
  }
}
