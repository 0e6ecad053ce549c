package vn.trolycongdoan.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.Figures;
import vn.trolycongdoan.knowledge.analysis.Paraphrases;
import vn.trolycongdoan.knowledge.analysis.Quantities;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;
import vn.trolycongdoan.knowledge.answer.AnswerExtractor;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.index.PassageIndex;
import vn.trolycongdoan.knowledge.index.PassageRole;
import vn.trolycongdoan.knowledge.search.Candidate;
import vn.trolycongdoan.knowledge.search.Confidence;
import vn.trolycongdoan.knowledge.search.Features;
import vn.trolycongdoan.knowledge.search.PassageSearcher;
import vn.trolycongdoan.knowledge.search.QuestionDomain;
import vn.trolycongdoan.knowledge.search.Ranking;
import vn.trolycongdoan.knowledge.search.SearchResult;

/**
 * Answers a question: finds and measures candidates, picks the answer of the most promising ones,
 * ranks them, drops repeats, and refuses when even the best is unlikely to be right ({@link
 * Confidence}; rank first, then refuse: a weak best answer is no answer).
 *
 * <p>Thread-safe.
 */
final class Answerer {

  /** How many BM25 candidates are measured per question. */
  static final int CANDIDATES = 30;

  /** How many of the best candidates by prior get their answer picked and are ranked by it. */
  static final int ANSWERED = 8;

  /** A word share this close to 1 is all of the question (sums of weights are not exact). */
  private static final double WHOLE_QUESTION = 1 - 1e-9;

  /**
   * The least word share a passage holding an asked-for percentage needs to be certain (chosen on
   * the tune questions).
   */
  private static final double PERCENTAGE_WORDS = 0.8;

  /** Folded words of a question that asks for a figure: how much, how long, how many, by when. */
  private static final Pattern FIGURE_ASKED =
      Pattern.compile(
          "\\b(bao nhieu|bao lau|may|toi da|toi thieu|it nhat|muc|ty le|phan tram|bn|nhieu|"
              + "cham nhat|khi nao|bao gio|thoi han)\\b");

  private final PassageIndex index;
  private final PassageSearcher searcher;
  private final Paraphrases paraphrases;
  private final AnswerExtractor extractor;
  private final Ranking ranking;
  private final Confidence confidence;
  private final QuestionDomain domain;
  private final double minConfidence;

  Answerer(
      PassageIndex index,
      PassageSearcher searcher,
      Paraphrases paraphrases,
      AnswerExtractor extractor,
      Ranking ranking,
      Confidence confidence,
      QuestionDomain domain,
      double minConfidence) {
    this.index = index;
    this.searcher = searcher;
    this.paraphrases = paraphrases;
    this.extractor = extractor;
    this.ranking = ranking;
    this.confidence = confidence;
    this.domain = domain;
    this.minConfidence = minConfidence;
  }

  /**
   * A candidate with its answer, its document, how its ranges fit the lengths of time the question
   * states and the kinds of figure it asks for ({@link Ranking#inputs}), its final score, and
   * whether it answers whatever the confidence model says ({@link #certain}).
   */
  record Answered(
      Candidate candidate,
      AnswerExtractor.Extract extract,
      DocumentSummary doc,
      double lengthFit,
      double figureFit,
      double score,
      boolean certain) {

    AnswerHit hit() {
      return Answerer.hit(
          doc,
          candidate.section(),
          ArticleAnswers.clause(candidate.clause(), extract.answer()),
          candidate.heading(),
          candidate.text(),
          extract,
          score);
    }
  }

  /** A hit of {@code doc}: the passage, where it stands, its answer and its score. */
  static AnswerHit hit(
      DocumentSummary doc,
      String section,
      String clause,
      String heading,
      String text,
      AnswerExtractor.Extract extract,
      double score) {
    return new AnswerHit(
        doc.file(),
        doc.id(),
        doc.title(),
        doc.number(),
        doc.date(),
        section,
        clause,
        heading,
        text,
        extract.answer(),
        extract.highlights(),
        score);
  }

  /** At most {@code k} hits, best first; empty when the best holds too little of the question. */
  List<AnswerHit> ask(String question, int k) {
    List<Answered> ranked = ranked(question, Math.max(k, ANSWERED));
    double questionDomain = domain.score(question);
    if (ranked.isEmpty() || confidence(ranked.get(0), questionDomain) < minConfidence) {
      return List.of();
    }
    List<Answered> shown = new ArrayList<>(List.of(ranked.get(0)));
    // The other results need the model's own confidence: every passage of a document the question
    // names by number holds all of its words.
    for (Answered answered : ranked.subList(1, ranked.size())) {
      if (shown.size() < k
          && modelConfidence(answered, questionDomain) >= minConfidence
          && shown.stream().noneMatch(s -> repeats(s, answered))) {
        shown.add(answered);
      }
    }
    return shown.stream().map(Answered::hit).toList();
  }

  /**
   * What the question wants to see beside its words: a figure when it asks how much, how long, how
   * many, by when or which day; a range that holds the lengths of time it states, as asked or in
   * legal words.
   */
  static AnswerExtractor.Asked asked(
      String question, Optional<String> rewritten, AnswerExtractor extractor) {
    Set<Figures.Kind> kinds = figuresAsked(question, rewritten);
    return new AnswerExtractor.Asked(
        FIGURE_ASKED.matcher(VietnameseText.fold(VietnameseText.normalize(question))).find()
            || kinds.contains(Figures.Kind.DATE),
        kinds,
        lengthsStated(question, rewritten),
        extractor.pairs(question, rewritten.orElse("")));
  }

  /**
   * The lengths of time the question states, as asked and in legal words: each read on its own, so
   * that their folded forms come from the cache.
   */
  private static List<Double> lengthsStated(String question, Optional<String> rewritten) {
    List<Double> lengths = new ArrayList<>(Quantities.stated(question));
    rewritten.ifPresent(legal -> lengths.addAll(Quantities.stated(legal)));
    return lengths;
  }

  /** The kinds of figure the question asks for, as asked or in legal words. */
  private static Set<Figures.Kind> figuresAsked(String question, Optional<String> rewritten) {
    Set<Figures.Kind> kinds = Figures.asked(question);
    rewritten.ifPresent(legal -> kinds.addAll(Figures.asked(legal)));
    return kinds;
  }

  /** The best {@code answered} candidates by prior with their answers, by final score. */
  List<Answered> ranked(String question, int answered) {
    Optional<String> rewritten = paraphrases.rewrite(question);
    SearchResult found = search(question, rewritten);
    AnswerExtractor.Asked asked = asked(question, rewritten, extractor);
    List<Answered> ranked = new ArrayList<>();
    for (Candidate candidate :
        found.candidates().subList(0, Math.min(answered, found.candidates().size()))) {
      answer(candidate, found, asked).ifPresent(ranked::add);
    }
    ranked.sort(Comparator.comparingDouble(Answered::score).reversed());
    return ranked;
  }

  /**
   * The candidates for the question as asked and, when member words in it have legal equivalents,
   * for the question in legal words; each passage once, measured by whichever wording fits it
   * better.
   */
  private SearchResult search(String question, Optional<String> rewritten) {
    SearchResult asked = searcher.search(question, CANDIDATES);
    if (rewritten.isEmpty()) {
      return asked;
    }
    SearchResult legal = searcher.search(rewritten.get(), CANDIDATES);
    List<Candidate> merged = new ArrayList<>(asked.candidates());
    for (Candidate candidate : legal.candidates()) {
      int same = indexOf(merged, candidate);
      if (same < 0) {
        merged.add(candidate);
      } else if (ranking.prior(candidate.features()) > ranking.prior(merged.get(same).features())) {
        merged.set(same, candidate);
      }
    }
    Map<String, Double> termWeights = new HashMap<>(asked.termWeights());
    legal.termWeights().forEach((term, weight) -> termWeights.merge(term, weight, Math::max));
    Set<PassageRole> roles = EnumSet.noneOf(PassageRole.class);
    roles.addAll(asked.asked());
    roles.addAll(legal.asked());
    return new SearchResult(ranking.byPrior(merged), termWeights, roles);
  }

  private static int indexOf(List<Candidate> candidates, Candidate candidate) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).samePassage(candidate)) {
        return i;
      }
    }
    return -1;
  }

  private Optional<Answered> answer(
      Candidate candidate, SearchResult found, AnswerExtractor.Asked asked) {
    return index
        .summary(candidate.docId())
        .map(
            doc -> {
              AnswerExtractor.Extract extract =
                  extractor.extract(
                      candidate.text(),
                      candidate.section() + "\n" + candidate.heading(),
                      found.termWeights(),
                      evidence(found.asked(), doc),
                      asked);
              double lengthFit =
                  switch (extractor.lengthFit(candidate.text(), asked.lengths())) {
                    case HOLDS -> 1;
                    case EXCLUDES -> -1;
                    case NONE -> 0;
                  };
              double figureFit =
                  switch (extractor.figureFit(candidate.text(), asked.kinds())) {
                    case HOLDS -> 1;
                    case LACKS -> -1;
                    case NONE -> 0;
                  };
              return new Answered(
                  candidate,
                  extract,
                  doc,
                  lengthFit,
                  figureFit,
                  ranking.score(
                      candidate.features(), extract.concentration(), lengthFit, figureFit),
                  certain(candidate.features(), found.asked()));
            });
  }

  /**
   * How likely the answer is right, with the question's {@link QuestionDomain#score}; 1 when it is
   * {@link Answered#certain}.
   */
  double confidence(Answered answered, double questionDomain) {
    return answered.certain() ? 1 : modelConfidence(answered, questionDomain);
  }

  /**
   * Whether a candidate with these features answers whatever the model says: it holds what the
   * question asks for of a document (its signature, its date line), or every one of the question's
   * words and codes (a document number, a date asked alone), or a percentage asked for and at least
   * {@link #PERCENTAGE_WORDS} of the words. Any passage may hold a percentage: with fewer of the
   * words, "phụ cấp ưu đãi ngành y tế bao nhiêu phần trăm" would quote an unrelated one.
   */
  private static boolean certain(Features features, Set<PassageRole> asked) {
    return (features.asked()
            && (asked.stream().anyMatch(PassageRole::ofDocument)
                || features.words() >= PERCENTAGE_WORDS))
        || features.words() >= WHOLE_QUESTION;
  }

  private double modelConfidence(Answered answered, double questionDomain) {
    return confidence.of(
        answered.candidate().features(),
        answered.extract().concentration(),
        answered.extract().share(),
        questionDomain);
  }

  /** The same passage, or another piece of one section saying the same. */
  private static boolean repeats(Answered a, Answered b) {
    return a.candidate().samePassage(b.candidate())
        || (a.doc().id().equals(b.doc().id())
            && a.candidate().section().equals(b.candidate().section())
            && a.extract().answer().equals(b.extract().answer()));
  }

  /** The text that shows what the question asks for: the signer's name, the place-and-date line. */
  private static List<String> evidence(Set<PassageRole> asked, DocumentSummary doc) {
    return asked.stream()
        .map(role -> role.evidence(doc.signer(), doc.place()))
        .filter(Objects::nonNull)
        .toList();
  }
}
