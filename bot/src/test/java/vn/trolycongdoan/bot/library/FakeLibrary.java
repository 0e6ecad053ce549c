package vn.trolycongdoan.bot.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.answer.AskResult;

/** A library with canned contents that records what it was asked and can be made to fail. */
public final class FakeLibrary implements DocumentLibrary {

  public final List<String> questions = new ArrayList<>();
  public final List<Integer> counts = new ArrayList<>();
  public AskResult answer = new AskResult("", List.of(), null);
  public List<DocumentSummary> documents = List.of();
  public Map<String, DocumentOutline> outlines = Map.of();
  public RuntimeException failure;

  @Override
  public synchronized AskResult ask(String question, int k) {
    if (failure != null) {
      throw failure;
    }
    questions.add(question);
    counts.add(k);
    return answer;
  }

  @Override
  public List<DocumentSummary> documents() {
    return documents;
  }

  @Override
  public Optional<DocumentOutline> document(String id) {
    return Optional.ofNullable(outlines.get(id));
  }
}
