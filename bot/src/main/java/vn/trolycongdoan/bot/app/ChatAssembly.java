package vn.trolycongdoan.bot.app;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import vn.trolycongdoan.bot.broadcasts.chat.BroadcastChat;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatRouter;
import vn.trolycongdoan.bot.chat.ChatTexts;
import vn.trolycongdoan.bot.chat.FloodControl;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.library.DocumentCatalog;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.IndexingStatus;
import vn.trolycongdoan.bot.members.SubscriberStore;
import vn.trolycongdoan.bot.members.Subscriptions;
import vn.trolycongdoan.bot.questions.QuestionAnswering;
import vn.trolycongdoan.bot.questions.QuestionLog;
import vn.trolycongdoan.bot.reports.chat.ReportChat;
import vn.trolycongdoan.bot.reports.staffchat.StaffChat;
import vn.trolycongdoan.bot.suggestions.SenderUnit;
import vn.trolycongdoan.bot.suggestions.SuggestionBox;
import vn.trolycongdoan.bot.suggestions.SuggestionStore;
import vn.trolycongdoan.bot.tags.TopicChoice;

/**
 * Puts the chat core together: every command, button and the question handler behind one {@link
 * ChatRouter}.
 */
final class ChatAssembly {

  /** The stores the chat writes to. */
  record Stores(
      SubscriberStore subscribers,
      QuestionLog questions,
      SuggestionStore suggestions,
      SenderUnit senderUnit) {}

  private ChatAssembly() {}

  static ChatRouter router(
      Settings settings,
      DocumentLibrary library,
      IndexingStatus indexing,
      Stores stores,
      ReportChat reports,
      StaffChat staff,
      BroadcastChat broadcasts,
      TopicChoice topics,
      Clock clock,
      TimeMeter time) {
    QuestionAnswering questions =
        new QuestionAnswering(library, indexing, stores.questions(), clock, settings.maxResults());
    Subscriptions subscriptions = new Subscriptions(stores.subscribers(), clock);
    DocumentCatalog catalog = new DocumentCatalog(library);
    ChatCommand guide =
        new ChatCommand(
            "huongdan",
            "Hướng dẫn sử dụng",
            "/huongdan",
            (from, argument) -> ChatResponse.of(Reply.of(ChatTexts.guide())));
    ChatRouter.Builder router =
        ChatRouter.builder(
                new FloodControl(settings.flood(), time),
                broadcasts.plainText(reports.plainText(questions::ask)))
            .onMessage(subscriptions::seen)
            .attachments(broadcasts.attachments())
            .command(topics.offeredAfter(subscriptions.start()))
            .command(questions.command())
            .command(catalog.command())
            .command(new SuggestionBox(stores.suggestions(), stores.senderUnit(), clock).command());
    reports.commands().forEach(router::command);
    staff.commands().forEach(router::command);
    broadcasts.commands().forEach(router::command);
    return router
        .command(guide)
        .alias("help", guide)
        .command(topics.command())
        .command(subscriptions.stop())
        .buttons(questions.buttons())
        .buttons(topics.buttons())
        .buttons(catalog.buttons())
        .buttons(reports.buttons())
        .buttons(broadcasts.buttons())
        .build();
  }
}
