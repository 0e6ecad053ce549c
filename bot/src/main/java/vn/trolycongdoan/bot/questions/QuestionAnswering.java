package vn.trolycongdoan.bot.questions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.IndexingStatus;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * Members' questions: answers them from the documents, logs each question with its shown answers,
 * and serves the buttons under an answer — the whole section, the next result, and the 👍/👎 vote.
 * The buttons act only in the chat the question was asked in; pressed elsewhere (a guessed id) they
 * get a refusal and change nothing. Thread-safe.
 */
public final class QuestionAnswering {

  private final DocumentLibrary library;
  private final IndexingStatus indexing;
  private final QuestionLog log;
  private final Clock clock;
  private final int maxResults;

  /**
   * @param maxResults how many results a question is asked for; "Kết quả khác" goes through them,
   *     each passage once
   */
  public QuestionAnswering(
      DocumentLibrary library,
      IndexingStatus indexing,
      QuestionLog log,
      Clock clock,
      int maxResults) {
    this.library = library;
    this.indexing = indexing;
    this.log = log;
    this.clock = clock;
    this.maxResults = maxResults;
  }

  /** Answers a question typed as plain text or after {@code /hoi}. */
  public ChatResponse ask(ChatUser from, String question) {
    if (question.isBlank()) {
      return ChatResponse.text(QuestionTexts.ASK_USAGE);
    }
    if (KnowledgeBase.length(question) > KnowledgeBase.MAX_QUESTION_LENGTH) {
      return ChatResponse.text(QuestionTexts.TOO_LONG);
    }
    if (indexing.indexing() && library.documents().isEmpty()) {
      return ChatResponse.text(QuestionTexts.NOT_READY);
    }
    AskResult result = library.ask(question, maxResults);
    List<AnswerHit> hits = DistinctAnswers.of(result.results());
    if (hits.isEmpty()) {
      log.record(from, question, null, clock.instant());
      return ChatResponse.of(Reply.of(QuestionTexts.notFound(result.suggestion())));
    }
    ShownAnswer first = shown(0, hits.get(0));
    long id = log.record(from, question, first, clock.instant());
    return ChatResponse.of(AnswerMessage.unvoted(id, first, hits.size() > 1));
  }

  /** The {@code /hoi} command; plain text goes to {@link #ask} too. */
  public ChatCommand command() {
    return new ChatCommand("hoi", "Hỏi về chính sách, quyền lợi", "/hoi <câu hỏi>", this::ask);
  }

  /** The buttons under an answer, by prefix. */
  public Map<String, ButtonHandler> buttons() {
    return Map.of(
        AnswerMessage.SECTION, section(), AnswerMessage.MORE, more(), AnswerMessage.VOTE, vote());
  }

  /**
   * "Kết quả khác": the result after the one shown, as a new message. The question is asked again
   * for the same number of results, so the list it walks is the one the first answer came from.
   */
  private ButtonHandler more() {
    return (from, fields) -> {
      long id = questionId(fields);
      int next = rank(fields) + 1;
      Optional<ChatResponse> refused = refusal(from, id);
      if (refused.isPresent()) {
        return refused.get();
      }
      Optional<String> question = log.question(id);
      if (question.isEmpty()) {
        return ChatResponse.notice(QuestionTexts.FORGOTTEN);
      }
      List<AnswerHit> hits = DistinctAnswers.of(library.ask(question.get(), maxResults).results());
      if (hits.size() <= next) {
        return ChatResponse.notice(QuestionTexts.NO_MORE);
      }
      ShownAnswer answer = shown(next, hits.get(next));
      log.recordShown(id, answer);
      return ChatResponse.of(AnswerMessage.unvoted(id, answer, hits.size() > next + 1));
    };
  }

  /** "Xem toàn văn mục": the whole section the answer comes from, as a new message. */
  private ButtonHandler section() {
    return (from, fields) -> {
      long id = questionId(fields);
      int rank = rank(fields);
      Optional<ChatResponse> refused = refusal(from, id);
      if (refused.isPresent()) {
        return refused.get();
      }
      Optional<ShownAnswer> shown = log.shown(id, rank);
      if (shown.isEmpty()) {
        return ChatResponse.notice(QuestionTexts.FORGOTTEN);
      }
      ShownAnswer answer = shown.get();
      return library
          .document(answer.documentId())
          .flatMap(outline -> section(outline, answer.section()))
          .map(entry -> ChatResponse.of(Reply.of(QuestionTexts.section(answer.citation(), entry))))
          .orElseGet(() -> ChatResponse.notice(QuestionTexts.SECTION_GONE));
    };
  }

  /**
   * 👍/👎: stores the vote and shows the answer again with a thank-you in place of the vote
   * buttons.
   */
  private ButtonHandler vote() {
    return (from, fields) -> {
      if (fields.size() != 3 && fields.size() != 4) {
        throw new IllegalArgumentException(
            "Vote data needs question, rank, vote and whether more was offered: " + fields);
      }
      long id = questionId(fields);
      int rank = rank(fields);
      Vote vote =
          switch (fields.get(2)) {
            case AnswerMessage.UP -> Vote.UP;
            case AnswerMessage.DOWN -> Vote.DOWN;
            default -> throw new IllegalArgumentException("Unknown vote: " + fields.get(2));
          };
      Optional<ChatResponse> refused = refusal(from, id);
      if (refused.isPresent()) {
        return refused.get();
      }
      Optional<ShownAnswer> answer = log.shown(id, rank);
      if (answer.isEmpty() || !log.vote(id, rank, from, vote, clock.instant())) {
        return ChatResponse.notice(QuestionTexts.FORGOTTEN);
      }
      return new ChatResponse(
          List.of(AnswerMessage.voted(id, answer.get(), vote, AnswerMessage.moreOffered(fields))),
          QuestionTexts.THANKS);
    };
  }

  /**
   * Why a button on question {@code id} does nothing for {@code from}: the question is not logged,
   * or was asked in another chat (a forged or guessed id); empty when the button is theirs.
   */
  private Optional<ChatResponse> refusal(ChatUser from, long id) {
    Optional<QuestionLog.AskedIn> asked = log.askedIn(id);
    if (asked.isEmpty()) {
      return Optional.of(ChatResponse.notice(QuestionTexts.FORGOTTEN));
    }
    return asked.get().isChatOf(from)
        ? Optional.empty()
        : Optional.of(ChatResponse.notice(QuestionTexts.NOT_YOURS));
  }

  private static Optional<DocumentOutline.Entry> section(DocumentOutline outline, String section) {
    return outline.sections().stream().filter(entry -> entry.section().equals(section)).findFirst();
  }

  private static ShownAnswer shown(int rank, AnswerHit hit) {
    String section = hit.section() == null ? "" : hit.section();
    return new ShownAnswer(rank, hit.docId(), section, Citation.of(hit), hit.answer());
  }

  private static long questionId(List<String> fields) {
    long id = Long.parseLong(fields.get(0));
    if (id <= 0) {
      throw new IllegalArgumentException("Question ids are positive: " + id);
    }
    return id;
  }

  private static int rank(List<String> fields) {
    int rank = Integer.parseInt(fields.get(1));
    if (rank < 0) {
      throw new IllegalArgumentException("Ranks are not negative: " + rank);
    }
    return rank;
  }
}
