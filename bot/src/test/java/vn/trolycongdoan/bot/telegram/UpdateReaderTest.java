package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.IncomingMessage;

class UpdateReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final UpdateReader reader = new UpdateReader("CongDoanBot");

  @Test
  void a_text_message_becomes_a_message_from_the_chat_and_user_with_their_full_name() {
    Optional<ChatUpdate> update =
        reader.read(
            update(
                """
        {"update_id":1,"message":{"message_id":5,"date":1,"chat":{"id":-100,"type":"group","title":"Tổ 1"},
         "from":{"id":42,"is_bot":false,"first_name":"Trần","last_name":"Thị Bích","username":"bich"},
         "text":"@CongDoanBot lương tháng 13"}}"""));

    assertThat(update)
        .hasValue(
            new ChatUpdate(
                -100,
                IncomingMessage.text(
                    new ChatUser(Channel.TELEGRAM, "-100", "42", "Trần Thị Bích"),
                    "lương tháng 13"),
                null));
  }

  @Test
  void the_username_stands_in_for_a_missing_name() {
    Optional<ChatUpdate> update =
        reader.read(
            update(
                """
        {"update_id":1,"message":{"message_id":5,"date":1,"chat":{"id":7,"type":"private"},
         "from":{"id":7,"is_bot":false,"first_name":"","username":"bich"},"text":"x"}}"""));

    assertThat(update.orElseThrow().message().from().displayName()).isEqualTo("bich");
  }

  @Test
  void a_command_for_this_bot_is_unaddressed_in_any_case_and_one_for_another_bot_ignored() {
    assertThat(text("/hoi@congdoanbot nghỉ\nphép")).hasValue("/hoi nghỉ\nphép");
    assertThat(text("/start@CongDoanBot")).hasValue("/start");
    assertThat(text("/start@OtherBot")).isEmpty();
    assertThat(text("email: ai@example.org")).hasValue("email: ai@example.org");
  }

  @Test
  void
      a_photo_or_document_in_a_private_chat_carries_its_file_id_and_caption_and_in_a_group_is_ignored() {
    ChatUser lan = new ChatUser(Channel.TELEGRAM, "7", "7", "Lan");
    String photo =
        """
        {"update_id":3,"message":{"message_id":5,"date":1,"chat":{"id":%s,"type":"%s"},
         "from":{"id":7,"is_bot":false,"first_name":"Lan"},"caption":"Tết Sum vầy",
         "photo":[{"file_id":"small","width":90},{"file_id":"large","width":1280}]}}""";
    String document =
        """
        {"update_id":4,"message":{"message_id":6,"date":1,"chat":{"id":7,"type":"private"},
         "from":{"id":7,"is_bot":false,"first_name":"Lan"},
         "document":{"file_id":"doc-1","file_name":"kehoach.pdf"}}}""";

    assertThat(reader.read(update(photo.formatted("7", "private"))))
        .hasValue(
            new ChatUpdate(
                7,
                IncomingMessage.attachment(
                    lan, new Attachment(Attachment.Kind.PHOTO, "large"), "Tết Sum vầy"),
                null));
    assertThat(reader.read(update(document)))
        .hasValue(
            new ChatUpdate(
                7,
                IncomingMessage.attachment(
                    lan, new Attachment(Attachment.Kind.DOCUMENT, "doc-1"), ""),
                null));
    assertThat(reader.read(update(photo.formatted("-7", "group")))).isEmpty();
  }

  @Test
  void a_press_carries_its_data_the_query_id_and_the_pressed_message() {
    Optional<ChatUpdate> update =
        reader.read(
            update(
                """
        {"update_id":2,"callback_query":{"id":"q1","chat_instance":"c","data":"more:1",
         "from":{"id":7,"is_bot":false,"first_name":"Lan"},
         "message":{"message_id":9,"date":1,"chat":{"id":7,"type":"private"},"text":"Kết quả"}}}"""));

    assertThat(update)
        .hasValue(
            new ChatUpdate(
                7,
                IncomingMessage.button(new ChatUser(Channel.TELEGRAM, "7", "7", "Lan"), "more:1"),
                new ChatUpdate.Press("q1", 9)));
  }

  @Test
  void media_is_a_not_text_update_in_private_chats_and_ignored_in_groups() {
    String sticker =
        "\"sticker\":{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,"
            + "\"height\":1,\"is_animated\":false,\"is_video\":false}";

    assertThat(
            reader.read(
                update(
                    "{\"update_id\":3,\"message\":{\"message_id\":1,\"date\":1,"
                        + "\"chat\":{\"id\":7,\"type\":\"private\"},\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"A\"},"
                        + sticker
                        + "}}")))
        .hasValue(new ChatUpdate(7, null, null));
    assertThat(
            reader.read(
                update(
                    "{\"update_id\":4,\"message\":{\"message_id\":1,\"date\":1,"
                        + "\"chat\":{\"id\":-7,\"type\":\"group\"},\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"A\"},"
                        + sticker
                        + "}}")))
        .isEmpty();
  }

  @Test
  void a_message_or_press_without_a_chat_is_ignored_and_has_no_chat_to_order_by() {
    JsonNode message =
        update(
            """
        {"update_id":7,"message":{"message_id":1,"date":1,
         "from":{"id":7,"is_bot":false,"first_name":"A"},"text":"không có chat"}}""");
    JsonNode press =
        update(
            """
        {"update_id":8,"callback_query":{"id":"q","chat_instance":"c","data":"v:1:0:u",
         "from":{"id":7,"is_bot":false,"first_name":"A"},"message":{"message_id":1,"date":1}}}""");

    assertThat(reader.read(message)).isEmpty();
    assertThat(reader.read(press)).isEmpty();
    assertThat(UpdateReader.chatOf(message)).isZero();
    assertThat(UpdateReader.chatOf(press)).isZero();
  }

  @Test
  void fields_of_the_wrong_type_make_a_message_or_press_ignored_not_a_failure() {
    assertThat(
            reader.read(
                update(
                    """
        {"update_id":9,"message":{"message_id":1,"date":1,"chat":{"id":"sieben","type":"private"},
         "from":{"id":7,"is_bot":false,"first_name":"A"},"text":"x"}}""")))
        .isEmpty();
    assertThat(
            reader.read(
                update(
                    """
        {"update_id":10,"message":{"message_id":1,"date":1,"chat":{"id":7,"type":"private"},
         "from":{"is_bot":false,"first_name":"A"},"text":"x"}}""")))
        .isEmpty();
    assertThat(
            reader.read(
                update(
                    """
        {"update_id":11,"message":{"message_id":1,"date":1,"chat":{"id":7,"type":"private"},
         "from":{"id":7,"is_bot":false,"first_name":"A"},"text":12}}""")))
        .hasValue(new ChatUpdate(7, null, null));
    assertThat(
            reader.read(
                update(
                    """
        {"update_id":12,"callback_query":{"id":"q","data":"more:1","from":{"id":7,"first_name":"A"},
         "message":{"message_id":"nine","date":1,"chat":{"id":7,"type":"private"}}}}""")))
        .isEmpty();
    assertThat(reader.read(update("{\"update_id\":13,\"message\":\"hi\"}"))).isEmpty();
  }

  @Test
  void edited_messages_and_messages_from_bots_are_ignored() {
    assertThat(
            reader.read(
                update(
                    """
        {"update_id":5,"edited_message":{"message_id":1,"date":1,"edit_date":2,"chat":{"id":7,"type":"private"},
         "from":{"id":7,"is_bot":false,"first_name":"A"},"text":"sửa"}}""")))
        .isEmpty();
    assertThat(
            reader.read(
                update(
                    """
        {"update_id":6,"message":{"message_id":1,"date":1,"chat":{"id":-7,"type":"group"},
         "from":{"id":8,"is_bot":true,"first_name":"Bot"},"text":"tôi là bot"}}""")))
        .isEmpty();
  }

  @Test
  void in_a_group_only_commands_mentions_and_replies_to_this_bot_are_taken() {
    assertThat(groupText("chiều nay họp tổ nhé", null)).isEmpty();
    assertThat(groupText("hỏi @OtherBot lương tối thiểu", null)).isEmpty();
    assertThat(groupText("email ai@CongDoanBot.vn", null)).isEmpty();
    assertThat(groupText("/hoi lương tối thiểu", null)).hasValue("/hoi lương tối thiểu");
    assertThat(groupText("@congdoanbot, lương tối thiểu?", null)).hasValue("lương tối thiểu?");
    assertThat(groupText("lương tối thiểu @CongDoanBot", null)).hasValue("lương tối thiểu");
    assertThat(groupText("còn vùng 2 thì sao?", "CongDoanBot")).hasValue("còn vùng 2 thì sao?");
    assertThat(groupText("còn vùng 2 thì sao?", "OtherBot")).isEmpty();
    assertThat(text("chiều nay họp tổ nhé")).hasValue("chiều nay họp tổ nhé");
  }

  /** A text in a supergroup, replying to a message of the bot {@code repliedToBot} if not null. */
  private Optional<String> groupText(String text, String repliedToBot) {
    String reply =
        repliedToBot == null
            ? ""
            : ",\"reply_to_message\":{\"message_id\":4,\"date\":1,\"chat\":{\"id\":-100,\"type\":\"supergroup\"},"
                + "\"from\":{\"id\":99,\"is_bot\":true,\"first_name\":\"Bot\",\"username\":\""
                + repliedToBot
                + "\"},\"text\":\"Kết quả\"}";
    String json =
        "{\"update_id\":1,\"message\":{\"message_id\":5,\"date\":1,"
            + "\"chat\":{\"id\":-100,\"type\":\"supergroup\",\"title\":\"Tổ 1\"},"
            + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"A\"},\"text\":"
            + quote(text)
            + reply
            + "}}";
    return reader.read(update(json)).map(update -> update.message().text());
  }

  private Optional<String> text(String text) {
    String json =
        "{\"update_id\":1,\"message\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":7,\"type\":\"private\"},"
            + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"A\"},\"text\":"
            + quote(text)
            + "}}";
    return reader.read(update(json)).map(update -> update.message().text());
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode update(String json) {
    return TelegramUpdates.parse(json);
  }
}
