package vn.trolycongdoan.bot.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.library.FakeLibrary;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;

/** Members' questions against a fake library and a real SQLite question log. */
class QuestionAnsweringTest {

  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "42", "42", "Lan");
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  private static final String QUESTION = "Lao động nữ được nghỉ thai sản bao lâu?";
  private static final int MAX_RESULTS = 20;

  @TempDir Path folder;

  private final FakeLibrary library = new FakeLibrary();
  private boolean indexing;
  private Database database;
  private QuestionAnswering questions;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    questions =
        new QuestionAnswering(
            library,
            () -> indexing,
            new SqliteQuestionLog(database, Clock.fixed(NOW, ZoneOffset.UTC)),
            Clock.fixed(NOW, ZoneOffset.UTC),
            MAX_RESULTS);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void an_answer_cites_its_khoan_and_offers_more_only_when_there_are_more() {
    library.answer = result(hit("Chương X › Điều 139", "khoản 1", "06 tháng"));

    Reply reply = only(questions.ask(LAN, QUESTION));

    assertThat(reply.text().plainText())
        .isEqualTo(
            "06 tháng\n\n📄 Bộ luật Lao động, số 45/2019/QH14, ngày 20/11/2019,"
                + " Chương X › Điều 139, khoản 1");
    assertThat(labels(reply)).containsExactly("📖 Xem toàn văn mục", "👍 Hữu ích", "👎 Chưa đúng");
    assertThat(library.counts).containsExactly(MAX_RESULTS);
  }

  @Test
  void other_results_never_repeat_a_passage_and_the_last_one_offers_no_more() {
    AnswerHit first = hit("Chương X › Điều 139", "khoản 1", "06 tháng");
    AnswerHit second = hit("Chương X › Điều 139", "khoản 4", "ít nhất được 04 tháng");
    library.answer = result(first, first, second, second, first);

    Reply answer = only(questions.ask(LAN, QUESTION));
    assertThat(labels(answer)).contains("🔎 Kết quả khác");

    Reply next = only(press(answer, "🔎 Kết quả khác"));
    assertThat(next.text().plainText())
        .startsWith("Kết quả 2: ít nhất được 04 tháng")
        .endsWith(", khoản 4");
    assertThat(labels(next)).doesNotContain("🔎 Kết quả khác");

    ChatResponse beyond =
        questions.buttons().get("m").press(LAN, List.of(fields(answer, 0, 0, 1).get(0), "1"));
    assertThat(beyond.replies()).isEmpty();
    assertThat(beyond.notice()).isEqualTo(QuestionTexts.NO_MORE);
  }

  @Test
  void a_vote_shows_the_answer_again_without_the_more_button_it_did_not_have() {
    library.answer = result(hit("Chương X › Điều 139", "khoản 1", "06 tháng"));
    Reply answer = only(questions.ask(LAN, QUESTION));

    ChatResponse voted = press(answer, "👍 Hữu ích");

    assertThat(voted.notice()).isEqualTo(QuestionTexts.THANKS);
    assertThat(labels(only(voted))).containsExactly("📖 Xem toàn văn mục");
  }

  @Test
  void a_vote_button_from_before_the_more_flag_still_counts_more_as_offered() {
    library.answer =
        result(
            hit("Chương X › Điều 139", "khoản 1", "06 tháng"),
            hit("Chương X › Điều 139", "khoản 4", "04 tháng"));
    Reply answer = only(questions.ask(LAN, QUESTION));
    List<String> fields = fields(answer, 1, 0, 3);

    ChatResponse voted = questions.buttons().get("v").press(LAN, fields);

    assertThat(labels(only(voted))).containsExactly("📖 Xem toàn văn mục", "🔎 Kết quả khác");
  }

  @Test
  void nothing_found_says_so_once_then_the_hint_and_kiennghi() {
    library.answer =
        new AskResult(QUESTION, List.of(), "Bạn có thể hỏi lại, ví dụ: “nghỉ hằng năm”.");

    Reply reply = only(questions.ask(LAN, "Thuế thu nhập cá nhân tính thế nào?"));

    assertThat(reply.text().plainText())
        .isEqualTo(
            "Các văn bản trợ lý đang dùng không có nội dung trả lời câu hỏi này.\n\n"
                + "Bạn có thể hỏi lại, ví dụ: “nghỉ hằng năm”.\n"
                + "Hoặc gửi /kiennghi <nội dung> để hỏi trực tiếp Công đoàn.");
    assertThat(reply.keyboard()).isEmpty();
    assertThat(database.jdbc().list("SELECT found FROM questions", row -> row.getBoolean(1)))
        .containsExactly(false);
  }

  @Test
  void nothing_found_without_a_hint_still_names_kiennghi_and_never_says_not_found_twice() {
    library.answer = new AskResult(QUESTION, List.of(), null);

    String text = only(questions.ask(LAN, QUESTION)).text().plainText();

    assertThat(text)
        .isEqualTo(
            "Các văn bản trợ lý đang dùng không có nội dung trả lời câu hỏi này.\n"
                + "Hoặc gửi /kiennghi <nội dung> để hỏi trực tiếp Công đoàn.");
    assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("tìm thấy");
  }

  @Test
  void while_the_first_index_is_built_the_member_is_told_to_wait_not_that_nothing_was_found() {
    indexing = true;

    Reply reply = only(questions.ask(LAN, QUESTION));

    assertThat(reply.text().plainText()).isEqualTo(QuestionTexts.NOT_READY);
    assertThat(library.questions).isEmpty();
  }

  @Test
  void while_the_index_is_refreshed_with_documents_in_it_questions_are_answered() {
    indexing = true;
    library.documents =
        List.of(
            new DocumentSummary(
                "laws/blld",
                "blld.txt",
                "BỘ LUẬT",
                "45/2019/QH14",
                "Bộ luật Lao động",
                "2019-11-20",
                "Quốc hội",
                null,
                null,
                900));
    library.answer = result(hit("Chương X › Điều 139", "khoản 1", "06 tháng"));

    assertThat(only(questions.ask(LAN, QUESTION)).text().plainText()).startsWith("06 tháng");
  }

  private ChatResponse press(Reply reply, String label) {
    Button button =
        reply.keyboard().stream()
            .flatMap(List::stream)
            .filter(b -> b.label().equals(label))
            .findFirst()
            .orElseThrow();
    ButtonData data = ButtonData.decode(button.data());
    Map<String, ButtonHandler> buttons = questions.buttons();
    return buttons.get(data.prefix()).press(LAN, data.fields());
  }

  /** The first {@code keep} fields of the data of a button of the reply. */
  private static List<String> fields(Reply reply, int row, int column, int keep) {
    List<String> fields = ButtonData.decode(reply.keyboard().get(row).get(column).data()).fields();
    return fields.subList(0, Math.min(keep, fields.size()));
  }

  private static Reply only(ChatResponse response) {
    assertThat(response.replies()).hasSize(1);
    return response.replies().get(0);
  }

  private static List<String> labels(Reply reply) {
    return reply.keyboard().stream().flatMap(List::stream).map(Button::label).toList();
  }

  private static AskResult result(AnswerHit... hits) {
    return new AskResult(QUESTION, List.of(hits), null);
  }

  private static AnswerHit hit(String section, String clause, String answer) {
    return new AnswerHit(
        "bo-luat-lao-dong-2019.txt",
        "laws/bo-luat-lao-dong-2019",
        "Bộ luật Lao động",
        "45/2019/QH14",
        "2019-11-20",
        section,
        clause,
        "Điều 139. Nghỉ thai sản",
        "…",
        answer,
        List.of(),
        1.0);
  }
}
