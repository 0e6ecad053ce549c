package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.Figures.Fit;
import vn.trolycongdoan.knowledge.analysis.Figures.Kind;

class FiguresTest {

  @Test
  void a_question_asks_for_the_kind_of_figure_its_words_name_with_or_without_diacritics() {
    assertThat(Figures.asked("làm ca đêm được cộng thêm bao nhiêu phần trăm lương"))
        .containsExactly(Kind.PERCENT);
    assertThat(Figures.asked("bhyt tra bao nhieu %")).containsExactly(Kind.PERCENT);
    assertThat(Figures.asked("làm ca đêm được nghỉ giữa ca mấy phút")).containsExactly(Kind.HOURS);
    assertThat(Figures.asked("sinh mo duoc nghi duong suc bao nhieu ngay"))
        .containsExactly(Kind.DAYS);
    assertThat(Figures.asked("đàn ông bao nhiêu tuổi thì về hưu")).containsExactly(Kind.AGE);
    assertThat(Figures.asked("thử việc tối đa mấy tháng")).containsExactly(Kind.MONTHS);
  }

  @Test
  void how_long_asks_for_any_length_of_time() {
    assertThat(Figures.asked("nghỉ thai sản bao lâu"))
        .containsExactlyInAnyOrder(Kind.DAYS, Kind.WEEKS, Kind.MONTHS, Kind.YEARS, Kind.HOURS);
  }

  @Test
  void a_question_that_states_a_figure_without_asking_for_one_asks_for_none() {
    assertThat(Figures.asked("con em 16 tuổi có được ký hợp đồng không")).isEmpty();
    assertThat(Figures.asked("công ty có phải đóng bhxh cho em không")).isEmpty();
  }

  @Test
  void a_text_states_the_kinds_of_its_figures() {
    assertThat(Figures.stated("được trả thêm ít nhất bằng 30% tiền lương"))
        .containsExactly(Kind.PERCENT);
    assertThat(Figures.stated("không được quá 04 giờ trong 01 ngày và 20 giờ trong 01 tuần"))
        .containsExactlyInAnyOrder(Kind.HOURS, Kind.DAYS, Kind.WEEKS);
    assertThat(Figures.stated("nghỉ thai sản 06 tháng")).containsExactly(Kind.MONTHS);
    assertThat(Figures.stated("Người lao động có quyền gia nhập công đoàn.")).isEmpty();
  }

  @Test
  void a_date_states_a_date_and_no_length_of_time() {
    assertThat(Figures.stated("Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025."))
        .containsExactly(Kind.DATE);
    assertThat(Figures.stated("báo cáo trước tháng 12 năm 2024, trong 15 ngày"))
        .containsExactlyInAnyOrder(Kind.DATE, Kind.DAYS);
    assertThat(Figures.stated("báo cáo 06 tháng (trước ngày 20/6)"))
        .containsExactlyInAnyOrder(Kind.DATE, Kind.MONTHS);
    assertThat(Figures.stated("chậm nhất là ngày cuối cùng của tháng tiếp theo"))
        .containsExactly(Kind.DATE);
    assertThat(Figures.stated("Nghị định số 74/2024/NĐ-CP")).isEmpty();
  }

  @Test
  void which_day_asks_for_a_date_and_leaves_how_long_alone() {
    assertThat(Figures.asked("bo luat lao dong 2019 co hieu luc tu ngay nao"))
        .containsExactly(Kind.DATE);
    assertThat(Figures.asked("hạn chót đóng kinh phí là ngày mấy")).containsExactly(Kind.DATE);
    assertThat(Figures.asked("ko cho nghỉ ngày nào thì một tuần được nghỉ ít nhất bao lâu"))
        .contains(Kind.DATE, Kind.DAYS, Kind.HOURS);
  }

  @Test
  void by_when_asks_for_a_date_or_any_length_of_time() {
    assertThat(Figures.asked("het tam dung thi dong bu kinh phi cong doan cham nhat khi nao"))
        .contains(Kind.DATE, Kind.DAYS, Kind.MONTHS);
    assertThat(Figures.asked("hồ sơ thai sản nộp cho công ty trễ nhất là bao giờ"))
        .contains(Kind.DATE, Kind.DAYS);
    assertThat(Figures.asked("hạn chót nộp là mấy ngày")).containsExactly(Kind.DAYS, Kind.DATE);
  }

  @Test
  void a_text_holds_or_lacks_the_figure_asked_for() {
    assertThat(Figures.fit(Figures.asked("mấy phần trăm"), Figures.stated("bằng 75% mức lương")))
        .isEqualTo(Fit.HOLDS);
    assertThat(Figures.fit(Figures.asked("mấy phần trăm"), Figures.stated("trong 30 ngày")))
        .isEqualTo(Fit.LACKS);
    assertThat(Figures.fit(Figures.asked("có được không"), Figures.stated("trong 30 ngày")))
        .isEqualTo(Fit.NONE);
  }
}
