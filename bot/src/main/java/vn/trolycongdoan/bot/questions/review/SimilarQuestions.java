package vn.trolycongdoan.bot.questions.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups questions worded alike: each question, newest first, joins the group whose first question
 * shares the most of its words ({@link QuestionWording#similarity}, at least {@link
 * #MIN_SIMILARITY}), or starts a group of its own. The groups come most asked first, then most
 * recently asked. Pure and thread-safe; the result depends only on the questions given, not on
 * their order.
 */
public final class SimilarQuestions {

  /** Half of the words in common: "mức đóng đoàn phí" and "đoàn phí đóng bao nhiêu" are one. */
  public static final double MIN_SIMILARITY = 0.5;

  private SimilarQuestions() {}

  public static List<QuestionGroup> group(List<MissedQuestion> questions) {
    List<MissedQuestion> newestFirst = new ArrayList<>(questions);
    newestFirst.sort(
        Comparator.comparing(MissedQuestion::askedAt).thenComparing(MissedQuestion::id).reversed());
    List<Set<String>> firstWords = new ArrayList<>();
    List<List<MissedQuestion>> members = new ArrayList<>();
    for (MissedQuestion question : newestFirst) {
      Set<String> words = QuestionWording.words(question.text());
      int best = -1;
      double bestSimilarity = MIN_SIMILARITY;
      for (int i = 0; i < firstWords.size(); i++) {
        double similarity = QuestionWording.similarity(words, firstWords.get(i));
        if (similarity > bestSimilarity || (best < 0 && similarity >= MIN_SIMILARITY)) {
          best = i;
          bestSimilarity = similarity;
        }
      }
      if (best < 0) {
        firstWords.add(words);
        members.add(new ArrayList<>(List.of(question)));
      } else {
        members.get(best).add(question);
      }
    }
    return members.stream()
        .map(QuestionGroup::new)
        .sorted(
            Comparator.comparingInt(QuestionGroup::count)
                .reversed()
                .thenComparing(QuestionGroup::lastAskedAt, Comparator.reverseOrder())
                .thenComparing(group -> group.first().id(), Comparator.reverseOrder()))
        .toList();
  }
}
