package vn.trolycongdoan.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.config.FloodLimit;

class ChatRouterTest {

  private final ChatUser lan = new ChatUser(Channel.TELEGRAM, "7", "7", "Lan");
  private final List<String> handled = new ArrayList<>();
  private final ChatRouter router =
      ChatRouter.builder(
              new FloodControl(
                  new FloodLimit(5, 5, Duration.ofMinutes(1)), TimeMeter.SYSTEM_NANOTIME),
              (from, text) -> answer("question: " + text))
          .onMessage(user -> handled.add("seen " + user.chatId()))
          .command(
              new ChatCommand(
                  "hoi", "Hỏi", "/hoi <câu hỏi>", (from, text) -> answer("hoi: " + text)))
          .command(
              new ChatCommand(
                  "vanban",
                  "Văn bản",
                  "/vanban",
                  (from, text) -> {
                    throw new IllegalStateException("index closed");
                  }))
          .buttons(Map.of("x", (from, fields) -> ChatResponse.notice("pressed " + fields)))
          .attachments(
              (from, file, caption) ->
                  file.kind() == Attachment.Kind.DOCUMENT
                      ? Optional.of(answer("file " + file.fileId() + " " + caption))
                      : Optional.empty())
          .build();

  @Test
  void plain_text_goes_to_the_question_handler_and_commands_to_theirs() {
    assertThat(text(router.handle(IncomingMessage.text(lan, "  Đoàn phí?  "))))
        .isEqualTo("question: Đoàn phí?");
    assertThat(text(router.handle(IncomingMessage.text(lan, "/hoi@Bot Đoàn phí?"))))
        .isEqualTo("hoi: Đoàn phí?");
    assertThat(handled).containsExactly("seen 7", "seen 7");
  }

  @Test
  void a_file_goes_to_the_attachment_handler_with_its_caption_and_one_it_declines_gets_a_hint() {
    Attachment document = new Attachment(Attachment.Kind.DOCUMENT, "doc-1");
    Attachment photo = new Attachment(Attachment.Kind.PHOTO, "photo-1");

    assertThat(text(router.handle(IncomingMessage.attachment(lan, document, " Kế hoạch "))))
        .isEqualTo("file doc-1 Kế hoạch");
    assertThat(text(router.handle(IncomingMessage.attachment(lan, photo, "/hoi x"))))
        .isEqualTo(ChatTexts.ONLY_TEXT);
  }

  @Test
  void an_unknown_command_lists_the_valid_ones() {
    String reply = text(router.handle(IncomingMessage.text(lan, "/xinchao bạn")));

    assertThat(reply)
        .contains("/xinchao")
        .contains("/hoi <câu hỏi> — Hỏi")
        .contains("/vanban — Văn bản");
  }

  @Test
  void a_failing_handler_gets_an_apology_not_an_exception() {
    assertThat(text(router.handle(IncomingMessage.text(lan, "/vanban"))))
        .isEqualTo(ChatTexts.FAILURE);
  }

  @Test
  void buttons_go_to_the_handler_of_their_prefix_and_unknown_ones_get_a_notice() {
    assertThat(router.handle(IncomingMessage.button(lan, "x:1:2")).notice())
        .isEqualTo("pressed [1, 2]");
    assertThat(router.handle(IncomingMessage.button(lan, "zz:1")).notice())
        .isEqualTo(ChatTexts.OUTDATED_BUTTON);
    assertThat(router.handle(IncomingMessage.button(lan, ":::")).notice())
        .isEqualTo(ChatTexts.OUTDATED_BUTTON);
  }

  @Test
  void a_blank_message_gets_a_hint() {
    assertThat(text(router.handle(IncomingMessage.text(lan, "   "))))
        .isEqualTo(ChatTexts.EMPTY_MESSAGE);
  }

  @Test
  void a_flooding_user_gets_one_notice_then_silence() {
    for (int i = 0; i < 5; i++) {
      router.handle(IncomingMessage.text(lan, "câu " + i));
    }

    assertThat(text(router.handle(IncomingMessage.text(lan, "câu 6"))))
        .isEqualTo(ChatTexts.FLOOD_NOTICE);
    assertThat(router.handle(IncomingMessage.text(lan, "câu 7")).replies()).isEmpty();
    assertThat(handled).hasSize(5);
  }

  private static ChatResponse answer(String text) {
    return ChatResponse.text(text);
  }

  private static String text(ChatResponse response) {
    assertThat(response.replies()).hasSize(1);
    return response.replies().get(0).text().plainText();
  }
}
