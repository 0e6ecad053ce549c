package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;

class TelegramRepliesTest {

  private static final Attachment PHOTO = new Attachment(Attachment.Kind.PHOTO, "file-1");
  private static final List<List<Button>> KEYBOARD =
      List.of(List.of(new Button("Gửi", "ps:gui:1")));

  private final TelegramReplies replies = new TelegramReplies();

  @Test
  void a_reply_with_a_photo_is_one_new_message_with_its_text_as_the_caption_never_an_edit() {
    Reply reply =
        Reply.of(FormattedText.builder().bold("Tết").plain(" <Sum vầy>").build(), KEYBOARD)
            .withAttachment(PHOTO)
            .replacingPressed();

    List<TelegramMessage> sent = messages(replies.messages(7, ChatResponse.of(reply), 9, "1:2"));

    assertThat(sent)
        .containsExactly(new TelegramMessage("<b>Tết</b> &lt;Sum vầy&gt;", KEYBOARD, null, PHOTO));
  }

  @Test
  void a_text_too_long_for_a_caption_follows_the_file_sent_alone() {
    String text = "x".repeat(TelegramReplies.MAX_CAPTION_CHARS + 1);
    Reply reply = Reply.of(FormattedText.plain(text), KEYBOARD).withAttachment(PHOTO);

    List<TelegramMessage> sent = messages(replies.pushed("7", reply, Priority.BULK));

    assertThat(sent)
        .containsExactly(
            new TelegramMessage("", List.of(), null, PHOTO),
            new TelegramMessage(text, KEYBOARD, null, null));
  }

  @Test
  void a_text_message_payload_is_as_before_without_an_attachment_field() {
    List<OutgoingMessage> rows =
        replies.pushed("7", Reply.of(FormattedText.plain("a")), Priority.BULK);

    assertThat(rows)
        .singleElement()
        .extracting(OutgoingMessage::payload)
        .asString()
        .doesNotContain("attachment");
  }

  private static List<TelegramMessage> messages(List<OutgoingMessage> rows) {
    return rows.stream().map(row -> TelegramMessage.fromJson(row.payload())).toList();
  }
}
