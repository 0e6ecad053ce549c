package vn.trolycongdoan.bot.library;

import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.answer.AskResult;

/** The {@link DocumentLibrary} that the service runs on. */
record KnowledgeBaseLibrary(KnowledgeBase base) implements DocumentLibrary {

  @Override
  public AskResult ask(String question, int k) {
    return base.ask(question, k);
  }

  @Override
  public List<DocumentSummary> documents() {
    return base.documents();
  }

  @Override
  public Optional<DocumentOutline> document(String id) {
    return base.document(id);
  }
}
