package vn.trolycongdoan.bot.library;

import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * What the API reads: answers and documents. Must be safe to call from many request threads at
 * once.
 */
public interface DocumentLibrary {

  /** See {@link KnowledgeBase#ask}. */
  AskResult ask(String question, int k);

  /** See {@link KnowledgeBase#documents}. */
  List<DocumentSummary> documents();

  /** See {@link KnowledgeBase#document}. */
  Optional<DocumentOutline> document(String id);

  /** The library backed by the knowledge base. */
  static DocumentLibrary of(KnowledgeBase base) {
    return new KnowledgeBaseLibrary(base);
  }
}
