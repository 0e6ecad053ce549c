package vn.trolycongdoan.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.Figures;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;

class AnswerExtractorTest {

  private static final AnswerExtractor.Asked FIGURE =
      new AnswerExtractor.Asked(true, Set.of(), List.of(), Set.of());

  private static final AnswerExtractor EXTRACTOR =
      new AnswerExtractor(VietnameseAnalysis.create("").folded());

  /** As the shipped synonyms make it: "người sử dụng lao động" is also read as "nsdld". */
  private static final AnswerExtractor WITH_SYNONYM =
      new AnswerExtractor(
          VietnameseAnalysis.create("NSDLĐ, NSDLD, người sử dụng lao động").folded());

  private static final String GIFTS =
      "Công đoàn cơ sở tổ chức thăm hỏi đoàn viên trong tháng công nhân hằng năm. "
          + "Mỗi suất quà trị giá 500.000 đồng dành cho người có hoàn cảnh khó khăn. "
          + "Thời gian thực hiện xong trước ngày 30 tháng 5 theo kế hoạch đã ban hành.";

  /** Sums of the same weights in another order may differ in the last bit. */
  private static final double ROUNDING = 1e-12;

  @Test
  void picks_the_sentence_with_the_rarest_question_words_over_one_with_more_common_ones() {
    Map<String, Double> weights = Map.of("cong", 0.4, "doan", 0.4, "thang", 0.4, "qua", 2.0);

    String answer = EXTRACTOR.extract(GIFTS, "", weights, List.of()).answer();

    assertThat(answer).startsWith("Mỗi suất quà").endsWith("khó khăn.");
  }

  @Test
  void words_that_follow_each_other_as_in_the_question_win_a_tie() {
    String passage =
        "Người lao động được nghỉ theo phép tắc của đơn vị cho đến hết năm nay. "
            + "Người lao động được nghỉ phép khi có lý do chính đáng tại cơ quan mình.";

    AnswerExtractor.Asked asked =
        new AnswerExtractor.Asked(
            false, Set.of(), List.of(), EXTRACTOR.pairs("được nghỉ phép không"));

    String answer =
        EXTRACTOR.extract(passage, "", Map.of("nghi", 1.0, "phep", 1.0), List.of(), asked).answer();

    assertThat(answer).contains("nghỉ phép khi");
  }

  @Test
  void question_words_next_to_each_other_win_nothing_when_the_question_has_them_apart() {
    String passage =
        "Hợp đồng không xác định thời hạn phải báo trước ít nhất 45 ngày.\n"
            + "Ngành đặc thù có thời hạn báo trước theo hợp đồng riêng.";
    Map<String, Double> weights =
        Map.of("hop", 1.0, "thoi", 1.0, "han", 1.0, "bao", 1.0, "truoc", 1.0);
    AnswerExtractor.Asked asked =
        new AnswerExtractor.Asked(
            false,
            Set.of(),
            List.of(),
            EXTRACTOR.pairs("hợp đồng không thời hạn thì báo trước bao lâu"));

    String answer = EXTRACTOR.extract(passage, "", weights, List.of(), asked).answer();

    assertThat(answer).startsWith("Hợp đồng không xác định thời hạn");
  }

  @Test
  void a_list_no_item_of_which_the_question_sets_apart_is_shown_whole() {
    String passage =
        "1. Người lao động làm việc đủ 12 tháng thì được nghỉ hằng năm như sau:\n"
            + "a) 12 ngày làm việc đối với người làm công việc bình thường;\n"
            + "b) 14 ngày làm việc đối với người lao động chưa thành niên;\n"
            + "c) 16 ngày làm việc đối với người làm nghề đặc biệt nặng nhọc.";
    String question = "Người lao động làm việc đủ 12 tháng được nghỉ hằng năm bao nhiêu ngày?";
    Map<String, Double> weights =
        Map.of("nguoi", 0.5, "lao", 0.5, "dong", 0.5, "nghi", 1.0, "hang", 1.0, "ngay", 1.0);
    AnswerExtractor.Asked asked =
        new AnswerExtractor.Asked(true, Set.of(), List.of(), EXTRACTOR.pairs(question));

    String answer = EXTRACTOR.extract(passage, "", weights, List.of(), asked).answer();

    assertThat(answer).isEqualTo(passage);
  }

  @Test
  void items_that_tie_on_the_figure_asked_for_are_shown_whole_with_their_introduction() {
    String passage =
        "2. Mức hưởng bảo hiểm xã hội một lần được tính theo số năm đã đóng, cứ mỗi năm được tính"
            + " như sau:\n"
            + "a) Bằng 1,5 lần mức bình quân thu nhập tháng đối với năm đóng trước năm 2014;\n"
            + "b) Bằng 02 lần mức bình quân thu nhập tháng đối với năm đóng từ năm 2014 trở đi.";
    String question = "rút bảo hiểm một lần thì mỗi năm đóng được tính bao nhiêu";
    Map<String, Double> weights =
        Map.of("moi", 1.0, "nam", 1.0, "dong", 0.5, "tinh", 1.0, "lan", 1.0, "hiem", 0.5);
    AnswerExtractor.Asked asked =
        new AnswerExtractor.Asked(true, Set.of(), List.of(), EXTRACTOR.pairs(question));

    assertThat(EXTRACTOR.extract(passage, "", weights, List.of(), asked).answer())
        .isEqualTo(passage);
  }

  @Test
  void items_the_question_sets_only_a_little_apart_are_shown_whole_with_their_introduction() {
    String passage =
        "2. Quấy rối tình dục tại nơi làm việc bao gồm:\n"
            + "a) Hành vi mang tính thể chất gồm cử chỉ, tiếp xúc vào cơ thể;\n"
            + "b) Quấy rối tình dục bằng lời nói trực tiếp, qua điện thoại hoặc qua phương tiện"
            + " điện tử;\n"
            + "c) Quấy rối tình dục phi ngôn từ gồm ngôn ngữ cơ thể qua phương tiện điện tử.";
    // b) holds "thoại" of "gọi điện thoại gạ gẫm" beyond c), which sets it apart only a little.
    Map<String, Double> weights =
        Map.of("quay", 2.0, "roi", 2.0, "tinh", 1.0, "duc", 1.0, "thoai", 0.3, "dien", 1.0);

    assertThat(EXTRACTOR.extract(passage, "", weights, List.of(), FIGURE).answer())
        .isEqualTo(passage);
  }

  @Test
  void a_line_going_on_with_an_item_keeps_the_items_after_it_in_the_list() {
    String passage =
        "1. Người lao động được hưởng bảo hiểm xã hội một lần nếu thuộc trường hợp sau đây:\n"
            + "a) Đủ tuổi nghỉ hưu mà chưa đủ 15 năm đóng bảo hiểm xã hội.\n"
            + "Trường hợp người lao động không hưởng một lần thì hưởng trợ cấp hằng tháng;\n"
            + "b) Ra nước ngoài để định cư;";
    Map<String, Double> weights =
        Map.of("dinh", 2.0, "cu", 2.0, "nuoc", 1.0, "ngoai", 1.0, "mot", 0.5, "lan", 0.5);

    assertThat(EXTRACTOR.extract(passage, "", weights, List.of(), FIGURE).answer())
        .isEqualTo(
            "1. Người lao động được hưởng bảo hiểm xã hội một lần nếu thuộc trường hợp sau đây:\n"
                + "b) Ra nước ngoài để định cư;");
  }

  @Test
  void a_list_too_long_to_show_whole_is_shown_by_its_items_first_sentences() {
    String further =
        " Trường hợp thời gian đóng có cả trước và sau năm 2014 mà có tháng lẻ thì tháng lẻ được"
            + " tính vào năm đóng trước, cho đến khi đủ số tháng theo quy định của cơ quan bảo"
            + " hiểm xã hội, kể cả những tháng đóng bù, đóng truy thu và đóng cho thời gian"
            + " còn thiếu theo quy định của pháp luật về bảo hiểm xã hội.";
    String intro =
        "2. Mức hưởng bảo hiểm xã hội một lần được tính theo số năm đã đóng, cứ mỗi năm được tính"
            + " như sau:";
    String a = "a) Bằng 1,5 lần mức bình quân thu nhập tháng đối với năm đóng trước năm 2014.";
    String b = "b) Bằng 02 lần mức bình quân thu nhập tháng đối với năm đóng từ năm 2014 trở đi.";
    String passage = intro + "\n" + a + further + further + "\n" + b + further;
    Map<String, Double> weights =
        Map.of("moi", 1.0, "nam", 1.0, "dong", 0.5, "tinh", 1.0, "lan", 1.0, "hiem", 0.5);

    assertThat(passage).hasSizeGreaterThan(700);
    assertThat(EXTRACTOR.extract(passage, "", weights, List.of(), FIGURE).answer())
        .isEqualTo(intro + "\n" + a + "\n" + b);
  }

  @Test
  void the_item_the_question_names_is_shown_from_a_list_too_long_to_show_whole() {
    String passage =
        "6. Thời hạn điều tra vụ tai nạn lao động thuộc thẩm quyền của Đoàn điều tra tai nạn lao động cấp cơ sở, cấp tỉnh và cấp trung ương quy định tại các khoản 1, 2 và 3 Điều này được tính từ thời điểm nhận tin báo, khai báo tai nạn lao động đến khi công bố biên bản điều tra tai nạn lao động như sau:\n"
            + "a) Không quá 04 ngày đối với tai nạn lao động làm bị thương nhẹ người lao động;\n"
            + "b) Không quá 07 ngày đối với tai nạn lao động làm bị thương nặng một người lao động;\n"
            + "c) Không quá 20 ngày đối với tai nạn lao động làm bị thương nặng từ hai người lao động trở lên;\n"
            + "d) Không quá 30 ngày đối với tai nạn lao động chết người; không quá 60 ngày đối với tai nạn lao động cần phải giám định kỹ thuật hoặc giám định pháp y. Trường hợp các vụ tai nạn có dấu hiệu tội phạm do cơ quan điều tra tiến hành điều tra nhưng sau đó ra quyết định không khởi tố vụ án hình sự thì thời hạn điều tra được tính từ khi Đoàn điều tra tai nạn lao động nhận được đầy đủ tài liệu, đồ vật, phương tiện có liên quan đến vụ tai nạn.";
    String question = "vụ tai nạn chết người thì điều tra tối đa bao nhiêu ngày";
    Map<String, Double> weights =
        Map.of(
            "tai", 1.5, "nan", 1.5, "chet", 2.5, "nguoi", 0.5, "dieu", 1.0, "tra", 1.5, "ngay",
            1.0);
    AnswerExtractor.Asked asked = figureAsked(question);

    assertThat(EXTRACTOR.extract(passage, "", weights, List.of(), asked).answer())
        .contains("d) Không quá 30 ngày đối với tai nạn lao động chết người;");
  }

  @Test
  void a_list_item_stating_the_kind_of_figure_asked_for_wins_over_one_with_a_few_more_words() {
    assertThat(noticeAnswer("1. Người lao động có quyền đơn phương chấm dứt hợp đồng"))
        .endsWith(NOTICE_ITEM);
  }

  @Test
  void a_reference_to_an_article_in_the_introduction_is_no_figure() {
    assertThat(
            noticeAnswer(
                "1. Người lao động quy định tại khoản 1 Điều 31 của Luật này có quyền đơn phương"
                    + " chấm dứt hợp đồng"))
        .endsWith(NOTICE_ITEM);
  }

  private static final String NOTICE_ITEM =
      "a) Ít nhất 45 ngày nếu làm việc theo hợp đồng không xác định thời hạn;";

  /**
   * The answer to "báo trước bao lâu" from a list of notice periods introduced by {@code
   * introduction}, whose item d) holds a few more of the question's words than item a) but no
   * figure.
   */
  private static String noticeAnswer(String introduction) {
    String passage =
        introduction
            + " nhưng phải báo trước như sau:\n"
            + NOTICE_ITEM
            + "\nd) Đối với ngành đặc thù thì thời hạn báo trước do hai bên thỏa thuận khi nghỉ.";
    String question = "hợp đồng không thời hạn muốn nghỉ thì báo trước bao lâu";
    Map<String, Double> weights =
        Map.of(
            "hop", 1.0, "dong", 1.0, "thoi", 1.0, "han", 1.0, "bao", 1.0, "truoc", 1.0, "nghi",
            0.5);
    AnswerExtractor.Asked asked = figureAsked(question);
    return EXTRACTOR.extract(passage, "", weights, List.of(), asked).answer();
  }

  @Test
  void a_list_item_with_a_figure_of_another_kind_earns_nothing_for_it() {
    String passage =
        "1. Nguồn tài chính công đoàn bao gồm:\n"
            + "a) Đoàn phí công đoàn do đoàn viên công đoàn đóng theo quy định của Điều lệ;\n"
            + "b) Kinh phí công đoàn do doanh nghiệp đóng bằng 2% quỹ tiền lương;";
    String question = "đoàn phí công đoàn mỗi tháng đoàn viên phải đóng bao nhiêu tiền";
    Map<String, Double> weights =
        Map.of("doan", 1.0, "phi", 1.0, "cong", 0.5, "vien", 1.0, "dong", 0.5);
    AnswerExtractor.Asked asked = figureAsked(question);

    String answer = EXTRACTOR.extract(passage, "", weights, List.of(), asked).answer();

    assertThat(answer).contains("a) Đoàn phí").doesNotContain("2%");
  }

  @Test
  void a_list_item_is_read_and_shown_with_the_sentence_introducing_it() {
    String passage =
        "7. Trường hợp không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc bao gồm:\n"
            + "a) Người đang hưởng lương hưu;\n"
            + "b) Lao động là người giúp việc gia đình;\n"
            + "Chính phủ quy định đối tượng không thuộc đối tượng tham gia bảo hiểm bắt buộc.";
    Map<String, Double> weights =
        Map.of("giup", 3.0, "viec", 1.0, "bat", 1.5, "buoc", 1.5, "bao", 0.5, "hiem", 0.5);

    String answer = EXTRACTOR.extract(passage, "", weights, List.of(), FIGURE).answer();

    assertThat(answer)
        .isEqualTo(
            "7. Trường hợp không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc bao gồm:\n"
                + "b) Lao động là người giúp việc gia đình;");
  }

  @Test
  void the_sentence_showing_the_evidence_is_the_answer_whatever_the_words() {
    String passage =
        "Kế hoạch phát triển đoàn viên được gửi đến các công đoàn cơ sở trực thuộc.\n"
            + "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\nNguyễn Văn An";
    Map<String, Double> weights = Map.of("ke", 2.0, "hoach", 2.0, "doan", 1.0, "vien", 1.0);

    AnswerExtractor.Extract extract =
        EXTRACTOR.extract(passage, "", weights, List.of("Nguyễn Văn An"));

    assertThat(extract.answer()).contains("Nguyễn Văn An");
    assertThat(extract.concentration()).isEqualTo(1);
  }

  @Test
  void a_sentence_ending_in_a_colon_brings_the_list_it_introduces() {
    String passage =
        "Người lao động được nghỉ việc riêng mà vẫn hưởng nguyên lương trong trường hợp sau đây:\n"
            + "a) Kết hôn: nghỉ 03 ngày;\n"
            + "b) Con đẻ, con nuôi kết hôn: nghỉ 01 ngày;\n"
            + "c) Cha đẻ, mẹ đẻ chết: nghỉ 03 ngày.";

    String answer =
        EXTRACTOR
            .extract(passage, "", Map.of("viec", 1.0, "rieng", 2.0, "luong", 1.0), List.of())
            .answer();

    assertThat(answer).isEqualTo(passage);
  }

  @Test
  void a_short_sentence_ending_in_a_colon_brings_its_whole_list_too() {
    String passage = "Các chế độ gồm:\na) Ốm đau;\nb) Thai sản;\nc) Hưu trí;\nd) Tử tuất.";

    String answer =
        EXTRACTOR.extract(passage, "", Map.of("che", 1.0, "do", 1.0), List.of()).answer();

    assertThat(answer).isEqualTo(passage);
  }

  @Test
  void the_list_is_cut_after_the_last_item_that_fits_the_limit() {
    StringBuilder passage =
        new StringBuilder("Công đoàn cơ sở chi thăm hỏi đoàn viên trong các trường hợp sau đây:");
    List<String> items = new ArrayList<>();
    for (char item = 'a'; item <= 't'; item++) {
      String line = item + ") Đoàn viên hoặc thân nhân của đoàn viên bị ốm đau nằm viện dài ngày;";
      items.add(line);
      passage.append('\n').append(line);
    }

    String answer =
        EXTRACTOR
            .extract(passage.toString(), "", Map.of("tham", 2.0, "hoi", 2.0), List.of())
            .answer();

    assertThat(answer.length()).isLessThanOrEqualTo(700).isGreaterThan(600);
    assertThat(answer).startsWith("Công đoàn cơ sở chi").contains(items.get(0));
    assertThat(items).anySatisfy(line -> assertThat(answer).endsWith(line));
    assertThat(answer).doesNotContain(items.get(items.size() - 1));
  }

  @Test
  void a_sentence_with_a_figure_is_preferred_when_a_figure_is_asked() {
    String passage =
        "Lao động nữ được nghỉ thai sản theo quy định của pháp luật về bảo hiểm xã hội. "
            + "Thời gian nghỉ thai sản trước và sau khi sinh con là 06 tháng theo quy định.";
    Map<String, Double> weights = Map.of("nu", 1.0, "nghi", 1.0, "thai", 1.0, "san", 1.0);

    assertThat(
            EXTRACTOR
                .extract(passage, "", weights, List.of(), AnswerExtractor.Asked.NOTHING)
                .answer())
        .startsWith("Lao động nữ");
    assertThat(EXTRACTOR.extract(passage, "", weights, List.of(), FIGURE).answer())
        .contains("06 tháng");
  }

  @Test
  void the_figure_asked_for_outweighs_a_clause_holding_a_few_more_of_the_question_words() {
    String passage =
        "2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần nhưng"
            + " phải thông báo cho người lao động biết; trường hợp theo tuần thì thời giờ làm việc"
            + " bình thường không quá 10 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.";
    String question = "cty tính giờ làm theo tuần thì 1 ngày được bắt làm tối đa mấy tiếng";
    String rewording =
        "người sử dụng lao động tính thời giờ làm việc theo tuần thì 01 ngày được bắt làm tối đa"
            + " mấy giờ";
    // The weights of the question's words, as asked and as the paraphrases reword it: many words,
    // so a fixed bonus for the figure would be lost among them.
    Map<String, Double> weights =
        Map.ofEntries(
            Map.entry("thoi", 1.37),
            Map.entry("viec", 0.87),
            Map.entry("gio", 3.34),
            Map.entry("nguoi", 0.68),
            Map.entry("bat", 2.7),
            Map.entry("cty", 8.87),
            Map.entry("theo", 0.9),
            Map.entry("dung", 0.9),
            Map.entry("su", 1.26),
            Map.entry("toi", 3.38),
            Map.entry("thi", 1.52),
            Map.entry("lao", 0.49),
            Map.entry("dong", 0.29),
            Map.entry("lam", 1.27),
            Map.entry("duoc", 1.05),
            Map.entry("nsdld", 8.87),
            Map.entry("ngay", 1.86),
            Map.entry("tuan", 3.72),
            Map.entry("tieng", 5.83),
            Map.entry("da", 2.26),
            Map.entry("tinh", 1.74));
    AnswerExtractor.Asked asked = figureAsked(question, rewording);

    assertThat(WITH_SYNONYM.extract(passage, "", weights, List.of(), asked).answer())
        .startsWith("trường hợp theo tuần")
        .contains("không quá 10 giờ trong 01 ngày");
  }

  @Test
  void a_question_asking_which_day_is_answered_by_the_sentence_with_the_date() {
    String passage =
        "1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021. Bộ luật Lao động số"
            + " 10/2012/QH13 hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực.";
    String question = "bo luat lao dong 2019 co hieu luc tu ngay nao";
    Map<String, Double> weights =
        Map.of(
            "bo", 1.0, "luat", 1.2, "lao", 0.3, "dong", 0.3, "hieu", 2.0, "luc", 2.0, "ngay", 0.4);

    assertThat(EXTRACTOR.extract(passage, "", weights, List.of(), figureAsked(question)).answer())
        .contains("từ ngày 01 tháng 01 năm 2021");
  }

  @Test
  void the_rule_outweighs_a_special_case_the_question_does_not_name() {
    String passage =
        "1. Thời hiệu xử lý kỷ luật lao động là 06 tháng kể từ ngày xảy ra hành vi vi phạm;"
            + " trường hợp hành vi vi phạm liên quan trực tiếp đến tài chính, tài sản, tiết lộ bí"
            + " mật công nghệ, bí mật kinh doanh của người sử dụng lao động thì thời hiệu xử lý kỷ"
            + " luật lao động là 12 tháng.";
    String question = "vi phạm từ lâu rồi, sau bao lâu thì cty hết quyền kỷ luật";
    String rewording =
        "vi phạm từ lâu rồi, sau bao lâu thì người sử dụng lao động thời hiệu xử lý kỷ luật lao"
            + " động";
    // The weights of the question's words, as asked and reworded.
    Map<String, Double> weights =
        Map.ofEntries(
            Map.entry("dung", 0.9),
            Map.entry("dong", 0.29),
            Map.entry("thoi", 1.37),
            Map.entry("pham", 2.39),
            Map.entry("ly", 1.78),
            Map.entry("lau", 6.17),
            Map.entry("nsdld", 8.87),
            Map.entry("lao", 0.49),
            Map.entry("luat", 0.92),
            Map.entry("cty", 8.87),
            Map.entry("sau", 1.8),
            Map.entry("su", 1.26),
            Map.entry("vi", 1.84),
            Map.entry("nguoi", 0.68),
            Map.entry("roi", 4.7),
            Map.entry("tu", 1.25),
            Map.entry("xu", 2.84),
            Map.entry("het", 3.44),
            Map.entry("thi", 1.52),
            Map.entry("quyen", 1.56),
            Map.entry("hieu", 2.63),
            Map.entry("ky", 1.76));
    AnswerExtractor.Asked asked = figureAsked(question, rewording);

    assertThat(WITH_SYNONYM.extract(passage, "", weights, List.of(), asked).answer())
        .startsWith("1. Thời hiệu xử lý kỷ luật lao động là 06 tháng");
  }

  private static final String WAGES =
      "1. Mức lương tối thiểu theo vùng như sau:\n"
          + "Vùng | Mức lương tối thiểu tháng (Đơn vị: đồng/tháng) | Mức lương tối thiểu giờ\n"
          + "Vùng I | 5.310.000 | 25.500\n"
          + "Vùng II | 4.730.000 | 22.700\n"
          + "Vùng III | 4.140.000 | 20.000\n"
          + "2. Danh mục địa bàn vùng được quy định tại Phụ lục.";

  @Test
  void a_table_row_the_question_names_comes_with_the_table_header_and_what_introduces_it() {
    Map<String, Double> weights =
        Map.of("muc", 0.5, "luong", 0.5, "toi", 0.8, "thieu", 0.8, "vung", 1.0, "ii", 2.0);

    AnswerExtractor.Extract extract = EXTRACTOR.extract(WAGES, "", weights, List.of(), FIGURE);

    assertThat(extract.answer())
        .isEqualTo(
            "1. Mức lương tối thiểu theo vùng như sau:\n"
                + "Vùng | Mức lương tối thiểu tháng (Đơn vị: đồng/tháng) | Mức lương tối thiểu giờ\n"
                + "Vùng II | 4.730.000 | 22.700");
    assertThat(marked(extract)).contains("Vùng II");
  }

  @Test
  void a_table_whose_rows_the_question_does_not_tell_apart_is_shown_whole() {
    Map<String, Double> weights =
        Map.of("muc", 0.5, "luong", 0.5, "toi", 0.8, "thieu", 0.8, "thang", 1.0, "gio", 1.0);

    String answer = EXTRACTOR.extract(WAGES, "", weights, List.of(), FIGURE).answer();

    assertThat(answer)
        .startsWith("1. Mức lương tối thiểu theo vùng như sau:\nVùng | Mức lương")
        .endsWith("Vùng III | 4.140.000 | 20.000");
  }

  @Test
  void the_clause_whose_range_holds_the_length_the_question_states_is_preferred() {
    String passage =
        "1. Thời gian hưởng chế độ khi con ốm đau trong một năm cho mỗi con tối đa là 20 ngày nếu "
            + "con dưới 03 tuổi; tối đa là 15 ngày nếu con từ đủ 03 tuổi đến dưới 07 tuổi, theo chỉ "
            + "định của cơ sở khám bệnh, chữa bệnh.";
    Map<String, Double> weights = Map.of("con", 1.0, "om", 1.0, "toi", 0.5, "da", 0.5);
    AnswerExtractor.Asked fiveYearsOld =
        new AnswerExtractor.Asked(true, Set.of(), List.of(5 * 365.0), Set.of());

    String answer = EXTRACTOR.extract(passage, "", weights, List.of(), fiveYearsOld).answer();

    assertThat(answer).startsWith("tối đa là 15 ngày");
  }

  @Test
  void an_item_whose_first_clause_excludes_the_length_stated_brings_the_clause_that_holds_it() {
    String passage =
        "1. Thời gian tối đa hưởng chế độ ốm đau trong một năm được quy định như sau:\n"
            + "a) Làm việc trong điều kiện bình thường thì được hưởng 30 ngày nếu đã đóng dưới 15"
            + " năm;\n"
            + "b) Làm nghề, công việc nặng nhọc, độc hại thì được hưởng 40 ngày nếu đã đóng dưới 15"
            + " năm; 50 ngày nếu đã đóng từ đủ 15 năm đến dưới 30 năm; 70 ngày nếu đã đóng từ đủ"
            + " 30 năm trở lên.";
    Map<String, Double> weights =
        Map.of("nang", 2.0, "nhoc", 2.0, "doc", 1.5, "hai", 1.5, "om", 1.0, "ngay", 0.5);
    AnswerExtractor.Asked twentyYears =
        new AnswerExtractor.Asked(true, Set.of(), List.of(20 * 365.0), Set.of());

    String answer = EXTRACTOR.extract(passage, "", weights, List.of(), twentyYears).answer();

    assertThat(answer)
        .startsWith("1. Thời gian tối đa")
        .contains("b) Làm nghề")
        .contains("50 ngày nếu đã đóng từ đủ 15 năm đến dưới 30 năm");
  }

  @Test
  void a_very_short_best_sentence_is_joined_by_the_next() {
    String passage = "Mức chi là 500.000 đồng. Khoản chi này lấy từ nguồn kinh phí công đoàn.";

    String answer =
        EXTRACTOR.extract(passage, "", Map.of("muc", 1.0, "chi", 0.5), List.of()).answer();

    assertThat(answer).isEqualTo(passage);
  }

  @Test
  void marks_the_rarer_question_words_in_the_answer_merging_neighbours() {
    String passage = "Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng.";
    Map<String, Double> weights =
        Map.of("nghi", 1.0, "thai", 2.0, "san", 2.0, "con", 1.0, "la", 0.1);

    AnswerExtractor.Extract extract = EXTRACTOR.extract(passage, "", weights, List.of());

    assertThat(marked(extract)).containsExactly("nghỉ thai sản", "con");
  }

  @Test
  void the_concentration_is_the_share_of_the_question_words_the_answer_holds() {
    Map<String, Double> weights = Map.of("qua", 3.0, "thoi", 1.0, "gian", 1.0);

    AnswerExtractor.Extract extract = EXTRACTOR.extract(GIFTS, "", weights, List.of());

    assertThat(extract.answer()).startsWith("Mỗi suất quà");
    assertThat(extract.concentration()).isEqualTo(3.0 / 5.0);
  }

  @Test
  void words_in_the_headings_count_for_every_sentence() {
    Map<String, Double> weights = Map.of("qua", 3.0, "thoi", 1.0, "gian", 1.0);

    AnswerExtractor.Extract extract =
        EXTRACTOR.extract(GIFTS, "II › Thời gian thực hiện", weights, List.of());

    assertThat(extract.concentration()).isEqualTo(1);
  }

  @Test
  void a_passage_without_question_words_is_fully_concentrated() {
    AnswerExtractor.Extract extract = EXTRACTOR.extract(GIFTS, "", Map.of("xyz", 1.0), List.of());

    assertThat(extract.answer()).isNotEmpty();
    assertThat(extract.highlights()).isEmpty();
    assertThat(extract.concentration()).isEqualTo(1);
  }

  @Test
  void a_blank_passage_is_its_own_answer() {
    AnswerExtractor.Extract extract = EXTRACTOR.extract("  \n ", "", Map.of("a", 1.0), List.of());

    assertThat(extract.answer()).isEqualTo("  \n ");
    assertThat(extract.highlights()).isEmpty();
    assertThat(extract.concentration()).isEqualTo(1);
  }

  @Property
  void never_fails_and_keeps_answer_and_highlights_within_bounds(
      @ForAll("passages") String passage,
      @ForAll("headings") String headings,
      @ForAll("weights") Map<String, Double> weights,
      @ForAll boolean figureAsked) {
    AnswerExtractor.Extract extract =
        EXTRACTOR.extract(
            passage,
            headings,
            weights,
            List.of("Nguyễn Văn An"),
            new AnswerExtractor.Asked(figureAsked, Set.of(), List.of(365.0 * 20), Set.of()));

    assertThat(extract.answer().split("\n")).allSatisfy(line -> assertThat(passage).contains(line));
    assertThat(extract.concentration()).isBetween(0.0, 1.0 + ROUNDING);
    int end = 0;
    for (AnswerHit.Span span : extract.highlights()) {
      assertThat(span.start()).isGreaterThanOrEqualTo(end);
      assertThat(span.end()).isGreaterThan(span.start());
      end = span.end();
    }
    assertThat(end).isLessThanOrEqualTo(extract.answer().length());
  }

  @Provide
  Arbitrary<String> passages() {
    return AnswerText.passages();
  }

  @Provide
  Arbitrary<String> headings() {
    return Arbitraries.of("", "Chương I › Điều 1", "II › 1 › 1.4", "Điều 139. Nghỉ thai sản");
  }

  @Provide
  Arbitrary<Map<String, Double>> weights() {
    return Arbitraries.maps(AnswerText.foldedWords(), Arbitraries.doubles().between(0, 5))
        .ofMaxSize(6);
  }

  private static List<String> marked(AnswerExtractor.Extract extract) {
    return extract.highlights().stream()
        .map(span -> extract.answer().substring(span.start(), span.end()))
        .toList();
  }

  /**
   * What a question asking for a figure wants beside its words, as the answerer reads it from the
   * question and its rewordings: the kinds of figure any of them asks for, and their word pairs.
   */
  private static AnswerExtractor.Asked figureAsked(String... questions) {
    Set<Figures.Kind> kinds = new HashSet<>();
    for (String question : questions) {
      kinds.addAll(Figures.asked(question));
    }
    return new AnswerExtractor.Asked(true, kinds, List.of(), EXTRACTOR.pairs(questions));
  }
}
