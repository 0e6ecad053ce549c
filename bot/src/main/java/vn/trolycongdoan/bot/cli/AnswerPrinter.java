package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AnswerHit.Span;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * Prints an answer for a person: the best hit's answer with the matched words marked and its
 * citation, then the other hits briefly.
 */
final class AnswerPrinter {

  private static final int BRIEF_LENGTH = 160;

  private final PrintWriter out;
  private final Marks marks;

  AnswerPrinter(PrintWriter out, Marks marks) {
    this.out = out;
    this.marks = marks;
  }

  void print(AskResult result) {
    if (!result.found()) {
      out.println("Các văn bản đang tra cứu không có nội dung trả lời câu hỏi này.");
      if (result.suggestion() != null) {
        out.println(result.suggestion());
      }
      return;
    }
    AnswerHit best = result.results().get(0);
    out.println(marked(best.answer(), best.highlights()));
    out.println("  — " + Citation.of(best));
    List<AnswerHit> others = result.results().subList(1, result.results().size());
    if (!others.isEmpty()) {
      out.println();
      out.println("Kết quả khác:");
    }
    for (int i = 0; i < others.size(); i++) {
      out.println("  " + (i + 2) + ". " + Citation.of(others.get(i)));
      out.println("     " + brief(others.get(i).answer()));
    }
  }

  /**
   * {@code text} with each span wrapped in the marks; overlapping or out-of-range spans are
   * skipped.
   */
  String marked(String text, List<Span> highlights) {
    List<Span> spans = new ArrayList<>(highlights);
    spans.sort(Comparator.comparingInt(Span::start));
    StringBuilder marked = new StringBuilder();
    int at = 0;
    for (Span span : spans) {
      if (span.start() < at || span.end() > text.length() || span.start() >= span.end()) {
        continue;
      }
      marked
          .append(text, at, span.start())
          .append(marks.open())
          .append(text, span.start(), span.end())
          .append(marks.close());
      at = span.end();
    }
    return marked.append(text.substring(at)).toString();
  }

  private static String brief(String answer) {
    return answer.length() <= BRIEF_LENGTH
        ? answer
        : answer.substring(0, BRIEF_LENGTH).strip() + "…";
  }
}
