package vn.trolycongdoan.bot.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;

/** {@code /vanban}, the outlines and their sections, against a fake library. */
class DocumentCatalogTest {

  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "42", "42", "Lan");
  private static final DocumentSummary LAW =
      new DocumentSummary(
          "laws/bo-luat-lao-dong-2019",
          "bo-luat-lao-dong-2019.txt",
          "BỘ LUẬT",
          "45/2019/QH14",
          "Bộ luật Lao động",
          "2019-11-20",
          "Quốc hội",
          "Hà Nội",
          null,
          900);
  private static final DocumentSummary PROVINCIAL_PLAN =
      plan("plans/000", "Liên đoàn Lao động tỉnh Lai Châu");
  private static final DocumentSummary NATIONAL_PLAN =
      plan("plans/003", "Tổng Liên đoàn Lao động Việt Nam");

  private final FakeLibrary library = new FakeLibrary();
  private final DocumentCatalog catalog = new DocumentCatalog(library);

  @Test
  void the_list_tells_documents_apart_by_kind_number_and_issuer() {
    library.documents = List.of(LAW, PROVINCIAL_PLAN, NATIONAL_PLAN);

    Reply list = only(catalog.command().handler().handle(LAN, ""));

    assertThat(list.text().plainText())
        .contains("1. Bộ luật số 45/2019/QH14, ngày 20/11/2019 — Quốc hội\nBộ luật Lao động")
        .contains(
            "2. Chương trình hành động — Liên đoàn Lao động tỉnh Lai Châu\n"
                + "Thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam")
        .contains("3. Chương trình hành động — Tổng Liên đoàn Lao động Việt Nam");
    assertThat(labels(list))
        .containsExactly(
            "1. Bộ luật Lao động",
            "2. Chương trình hành động của Liên đoàn Lao động tỉnh Lai Châu",
            "3. Chương trình hành động của Tổng Liên đoàn Lao động Việt Nam");
  }

  @Test
  void the_list_shows_five_a_page_and_turns_in_place() {
    library.documents =
        IntStream.range(0, 12)
            .mapToObj(i -> plan(String.format("plans/%03d", i), "LĐLĐ huyện " + i))
            .toList();

    Reply first = only(catalog.command().handler().handle(LAN, ""));
    assertThat(labels(first)).hasSize(5 + 1).last().isEqualTo("Trang sau ›");

    Reply second = only(press(first, "Trang sau ›"));
    assertThat(second.replacesPressed()).isTrue();
    assertThat(second.text().plainText()).contains("trang 2/3").contains("6. Chương trình");
    assertThat(labels(second)).endsWith("‹ Trang trước", "Trang sau ›");

    Reply last = only(press(second, "Trang sau ›"));
    assertThat(labels(last)).hasSize(2 + 1).last().isEqualTo("‹ Trang trước");
  }

  @Test
  void an_outline_numbers_the_sections_with_text_and_each_number_opens_its_section() {
    library.documents = List.of(LAW);
    library.outlines = Map.of(LAW.id(), lawOutline(3));

    Reply outline =
        only(press(only(catalog.command().handler().handle(LAN, "")), "1. Bộ luật Lao động"));

    assertThat(outline.replacesPressed()).isFalse();
    assertThat(outline.text().plainText())
        .contains("Mục lục")
        .contains("1. Phần mở đầu")
        .contains("Chương I — NHỮNG QUY ĐỊNH CHUNG")
        .contains("  2. Điều 1. Phạm vi điều chỉnh")
        .doesNotContain("1. Chương I");
    assertThat(labels(outline)).containsExactly("1", "2", "3", "4", "‹ Danh sách văn bản");

    Reply section = only(press(outline, "3"));
    assertThat(section.text().plainText())
        .isEqualTo(
            "Điều 2. Nội dung 2\nVăn bản của điều 2.\n\n"
                + "📄 Bộ luật Lao động, số 45/2019/QH14, ngày 20/11/2019, Chương I › Điều 2");
    assertThat(labels(section)).containsExactly("‹ Mục lục");

    Reply back = only(press(section, "‹ Mục lục"));
    assertThat(back.text().plainText()).contains("2. Điều 1. Phạm vi điều chỉnh");
  }

  @Test
  void a_long_outline_turns_pages_in_place_and_a_section_leads_back_to_its_own_page() {
    library.documents = List.of(LAW);
    library.outlines = Map.of(LAW.id(), lawOutline(30));
    Reply outline =
        only(press(only(catalog.command().handler().handle(LAN, "")), "1. Bộ luật Lao động"));
    assertThat(outline.text().plainText()).contains("Mục lục — trang 1/4");

    Reply second = only(press(outline, "Trang sau ›"));
    assertThat(second.replacesPressed()).isTrue();
    assertThat(labels(second)).contains("10", "19", "‹ Trang trước", "Trang sau ›");

    Reply section = only(press(second, "15"));
    assertThat(section.text().plainText()).startsWith("Điều 14. Nội dung 14");
    assertThat(only(press(section, "‹ Mục lục")).text().plainText()).contains("trang 2/4");
  }

  @Test
  void every_button_fits_telegrams_64_bytes() {
    library.documents = List.of(LAW, PROVINCIAL_PLAN, NATIONAL_PLAN);
    library.outlines = Map.of(LAW.id(), lawOutline(300));
    Reply list = only(catalog.command().handler().handle(LAN, ""));
    Reply outline = only(press(list, "1. Bộ luật Lao động"));
    for (int page = 0; page < 30; page++) {
      outline = only(press(outline, "Trang sau ›"));
    }

    List<Button> buttons = new ArrayList<>(buttons(list));
    buttons.addAll(buttons(outline));
    buttons.addAll(buttons(only(press(outline, "300"))));
    assertThat(buttons)
        .allSatisfy(
            button ->
                assertThat(button.data().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(Button.MAX_DATA_BYTES));
  }

  @Test
  void a_document_gone_from_the_library_gets_a_notice() {
    library.documents = List.of(LAW);
    Reply list = only(catalog.command().handler().handle(LAN, ""));
    library.documents = List.of();

    ChatResponse response = press(list, "1. Bộ luật Lao động");

    assertThat(response.replies()).isEmpty();
    assertThat(response.notice()).isEqualTo(CatalogTexts.DOCUMENT_GONE);
  }

  /** A law: the preamble, then Chương I heading (no text of its own), then articles 1…n. */
  @Test
  void a_section_named_by_its_path_gets_a_button_that_opens_it_and_an_unknown_one_none() {
    library.documents = List.of(LAW);
    library.outlines = Map.of(LAW.id(), lawOutline(3));

    Button button = catalog.sectionButton(LAW.id(), "Chương I › Điều 2", "📄 Điều 2").orElseThrow();
    ButtonData data = ButtonData.decode(button.data());
    Reply section = only(catalog.buttons().get(data.prefix()).press(LAN, data.fields()));

    assertThat(button.label()).isEqualTo("📄 Điều 2");
    assertThat(section.text().plainText()).startsWith("Điều 2. Nội dung 2\nVăn bản của điều 2.");
    assertThat(catalog.sectionButton(LAW.id(), "Chương IX › Điều 99", "x")).isEmpty();
    assertThat(catalog.sectionButton("laws/khong-co", "Chương I › Điều 2", "x")).isEmpty();
  }

  private static DocumentOutline lawOutline(int articles) {
    List<DocumentOutline.Entry> entries = new ArrayList<>();
    entries.add(new DocumentOutline.Entry("", "", 0, "Căn cứ Hiến pháp…"));
    entries.add(new DocumentOutline.Entry("Chương I", "Chương I\nNHỮNG QUY ĐỊNH CHUNG", 0, ""));
    for (int i = 1; i <= articles; i++) {
      String heading = i == 1 ? "Điều 1. Phạm vi điều chỉnh" : "Điều " + i + ". Nội dung " + i;
      entries.add(
          new DocumentOutline.Entry(
              "Chương I › Điều " + i, heading, 1, "Văn bản của điều " + i + "."));
    }
    return new DocumentOutline(LAW, entries);
  }

  private static DocumentSummary plan(String id, String issuer) {
    return new DocumentSummary(
        id,
        id.substring(id.indexOf('/') + 1) + ".txt",
        "Chương trình hành động",
        null,
        "Thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028",
        null,
        issuer,
        null,
        null,
        40);
  }

  private ChatResponse press(Reply reply, String label) {
    Button button =
        buttons(reply).stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
    ButtonData data = ButtonData.decode(button.data());
    return catalog.buttons().get(data.prefix()).press(LAN, data.fields());
  }

  private static Reply only(ChatResponse response) {
    assertThat(response.replies()).hasSize(1);
    return response.replies().get(0);
  }

  private static List<Button> buttons(Reply reply) {
    return reply.keyboard().stream().flatMap(List::stream).toList();
  }

  private static List<String> labels(Reply reply) {
    return buttons(reply).stream().map(Button::label).toList();
  }
}
