package vn.trolycongdoan.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.trolycongdoan.knowledge.answer.AnswerExtractor;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.index.PassageIndex;
import vn.trolycongdoan.knowledge.search.ArticlePassages;
import vn.trolycongdoan.knowledge.search.ArticleReference;
import vn.trolycongdoan.knowledge.search.LawMentions;

/**
 * Answers a question that names an article ("Điều 35", "khoản 2 Điều 113 Bộ luật Lao động") with
 * that article or khoản, to be shown before the search results.
 *
 * <p>The document is the one the question names; when it names none, every law with that article is
 * a candidate, ordered by how well the article matches the question's other words, and on a tie the
 * Labour Code first (what a union member most often means by a bare "Điều 35"), then the others by
 * id. The hit quotes the khoản that best matches the question's other words; when they name nothing
 * more than the article's title does, it quotes the article (or the asked khoản) from its
 * beginning. An article or khoản that does not exist yields no hit and a Vietnamese sentence saying
 * so, with the range that exists.
 *
 * <p>Thread-safe.
 */
final class ArticleAnswers {

  /** A điểm line: its letter and a parenthesis ({@code a) …}). */
  private static final Pattern POINT = Pattern.compile("([a-zđ])\\)\\s");

  /** The start of a điểm or a khoản: another item than the one an answer starts with. */
  private static final Pattern ITEM = Pattern.compile("(?:[a-zđ]\\)|\\d+\\.)\\s");

  /** Title of the document a bare article number most likely means. */
  private static final String PREFERRED_TITLE = "bộ luật lao động";

  /** Longest opening of an article or khoản quoted as its answer, in characters. */
  private static final int OPENING_LIMIT = 700;

  /**
   * Words commoner than this (BM25 idf) tell no khoản of an article from another ("thì", "có"):
   * they do not choose one.
   */
  static final double DISTINCTIVE_WEIGHT = 2.0;

  /**
   * Folded words that ask what an article says ("những", "các") rather than which khoản: common,
   * but not common enough to fall under {@link #DISTINCTIVE_WEIGHT}.
   */
  private static final Set<String> ARTICLE_QUESTION_WORDS = Set.of("nhung", "cac");

  private final PassageIndex index;
  private final ArticlePassages passages;
  private final AnswerExtractor extractor;

  ArticleAnswers(PassageIndex index, ArticlePassages passages, AnswerExtractor extractor) {
    this.index = index;
    this.passages = passages;
    this.extractor = extractor;
  }

  /**
   * The article hits for a question that names an article.
   *
   * @param hits the named article (or khoản) of each document that has it, best first; empty when
   *     none has it
   * @param missing when {@code hits} is empty, a Vietnamese sentence saying what does not exist and
   *     what does; otherwise null
   */
  record Found(List<AnswerHit> hits, String missing) {

    /**
     * At most {@code k} hits: these first, then {@code others} that are not one of them (the same
     * khoản, or a khoản of an article shown whole).
     */
    List<AnswerHit> before(List<AnswerHit> others, int k) {
      double top = others.stream().mapToDouble(AnswerHit::score).max().orElse(0);
      List<AnswerHit> all = new ArrayList<>();
      for (AnswerHit hit : hits) {
        all.add(hit.withScore(top + hits.size() - all.size()));
      }
      for (AnswerHit other : others) {
        if (hits.stream().noneMatch(hit -> covers(hit, other))) {
          all.add(other);
        }
      }
      return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }

    private static boolean covers(AnswerHit shown, AnswerHit other) {
      return shown.docId().equals(other.docId())
          && shown.section().equals(other.section())
          && (shown.clause().isEmpty()
              || shown.clause().equals(other.clause())
              || shown.text().contains(other.text()));
    }
  }

  /** Empty when the question names no article. */
  Optional<Found> find(String question) {
    String asked = ArticleReference.nfc(question);
    Optional<ArticleReference> named = ArticleReference.in(asked);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    ArticleReference reference = named.get();
    List<DocumentSummary> documents = index.summaries();
    Optional<LawMentions.Mention> mention = LawMentions.of(documents).in(asked, reference);
    String rest = without(asked, reference.start(), reference.end(), mention);
    Map<String, Double> weights = passages.termWeights(rest);
    weights.keySet().removeAll(ARTICLE_QUESTION_WORDS);
    AnswerExtractor.Asked wants = Answerer.asked(question, Optional.empty(), extractor);
    List<Candidate> candidates = new ArrayList<>();
    for (DocumentSummary doc : candidates(documents, mention)) {
      List<ArticlePassages.Passage> article = passages.of(doc.id(), reference.article(), Set.of());
      if (!article.isEmpty()) {
        candidates.add(new Candidate(doc, article));
      }
    }
    if (candidates.isEmpty()) {
      return Optional.of(new Found(List.of(), missingArticle(reference, mention, documents)));
    }
    if (reference.clauseAsked()) {
      List<Candidate> withClause =
          candidates.stream()
              .map(c -> c.clause(reference.clause()))
              .filter(c -> !c.passages().isEmpty())
              .toList();
      if (withClause.isEmpty()) {
        return Optional.of(
            new Found(List.of(), missingClause(reference, mention.isPresent(), candidates.get(0))));
      }
      candidates = withClause;
    }
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : candidates) {
      scored.add(score(candidate, reference, weights, wants));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    return Optional.of(new Found(scored.stream().map(Scored::hit).toList(), null));
  }

  /** A document's article (or khoản) as the index holds it. */
  private record Candidate(DocumentSummary doc, List<ArticlePassages.Passage> passages) {

    Candidate clause(String clause) {
      return new Candidate(doc, passages.stream().filter(p -> p.clause().equals(clause)).toList());
    }
  }

  private record Scored(AnswerHit hit, double score) {}

  /** The named document, or every document with the Labour Code first. */
  private static List<DocumentSummary> candidates(
      List<DocumentSummary> documents, Optional<LawMentions.Mention> mention) {
    if (mention.isPresent()) {
      return documents.stream().filter(d -> d.id().equals(mention.get().docId())).toList();
    }
    return documents.stream()
        .sorted(Comparator.comparing((DocumentSummary d) -> !preferred(d)))
        .toList();
  }

  private static boolean preferred(DocumentSummary doc) {
    return doc.title() != null && doc.title().toLowerCase(Locale.ROOT).equals(PREFERRED_TITLE);
  }

  /**
   * The hit for one document's article: the passage the question's distinctive words match best,
   * or, when there are none, the article (or khoản) from its beginning.
   */
  private Scored score(
      Candidate candidate,
      ArticleReference reference,
      Map<String, Double> weights,
      AnswerExtractor.Asked asked) {
    ArticlePassages.Passage first = candidate.passages().get(0);
    Set<String> headingTerms = passages.terms(first.heading());
    Set<String> distinctive =
        weights.entrySet().stream()
            .filter(e -> e.getValue() >= DISTINCTIVE_WEIGHT && !headingTerms.contains(e.getKey()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    if (!distinctive.isEmpty()) {
      Map<String, List<ArticlePassages.Passage>> byClause =
          passages.of(candidate.doc().id(), reference.article(), distinctive).stream()
              .filter(p -> !reference.clauseAsked() || p.clause().equals(reference.clause()))
              .collect(
                  Collectors.groupingBy(
                      ArticlePassages.Passage::clause, LinkedHashMap::new, Collectors.toList()));
      Optional<List<ArticlePassages.Passage>> best =
          byClause.values().stream()
              .filter(pieces -> match(pieces) > 0)
              .max(Comparator.comparingDouble(ArticleAnswers::match));
      if (best.isPresent()) {
        ArticlePassages.Passage passage = best.get().get(0);
        String text = joined(best.get());
        AnswerExtractor.Extract extract =
            extractor.extract(
                text, passage.section() + "\n" + passage.heading(), weights, List.of(), asked);
        return new Scored(
            Answerer.hit(
                candidate.doc(),
                passage.section(),
                clause(passage.clause()),
                passage.heading(),
                text,
                extract,
                0),
            match(best.get()));
      }
    }
    String text = joined(candidate.passages());
    AnswerExtractor.Extract opening = new AnswerExtractor.Extract(opening(text), List.of(), 1, 1);
    AnswerHit hit =
        Answerer.hit(
            candidate.doc(),
            first.section(),
            clause(reference.clause()),
            first.heading(),
            text,
            opening,
            0);
    return new Scored(hit, 0);
  }

  /** How well a khoản matches: its best piece's score. */
  private static double match(List<ArticlePassages.Passage> pieces) {
    return pieces.stream().mapToDouble(ArticlePassages.Passage::score).max().orElse(0);
  }

  private static String joined(List<ArticlePassages.Passage> pieces) {
    return pieces.stream().map(ArticlePassages.Passage::text).collect(Collectors.joining("\n"));
  }

  /**
   * The first lines of {@code text} that fit {@link #OPENING_LIMIT}; at least its first
   * sentence(s).
   */
  private String opening(String text) {
    StringBuilder opening = new StringBuilder();
    for (String line : text.split("\n")) {
      if (opening.length() + line.length() + 1 > OPENING_LIMIT) {
        break;
      }
      if (!opening.isEmpty()) {
        opening.append('\n');
      }
      opening.append(line);
    }
    return opening.isEmpty()
        ? extractor.extract(text, "", Map.of(), List.of()).answer()
        : opening.toString();
  }

  /** A khoản as cited: {@code khoản 2}; empty for none. */
  static String clause(String number) {
    return number == null || number.isEmpty() ? "" : "khoản " + number;
  }

  /**
   * The part of a law's article an answer quotes: {@code điểm a khoản 2} when the answer is one
   * điểm of khoản 2 (its lines after the first start no other item), else as {@link
   * #clause(String)}.
   */
  static String clause(String number, String answer) {
    Matcher point = POINT.matcher(answer);
    if (number == null
        || number.isEmpty()
        || !point.lookingAt()
        || answer.lines().skip(1).anyMatch(line -> ITEM.matcher(line).lookingAt())) {
      return clause(number);
    }
    return "điểm " + point.group(1) + " khoản " + number;
  }

  private static String without(
      String question, int start, int end, Optional<LawMentions.Mention> mention) {
    StringBuilder rest = new StringBuilder(question);
    int mentionStart = mention.map(LawMentions.Mention::start).orElse(-1);
    if (mentionStart > start) {
      rest.replace(mentionStart, mention.get().end(), " ");
    }
    rest.replace(start, end, " ");
    if (mentionStart >= 0 && mentionStart < start) {
      rest.replace(mentionStart, mention.get().end(), " ");
    }
    return rest.toString().strip();
  }

  private String missingArticle(
      ArticleReference reference,
      Optional<LawMentions.Mention> mention,
      List<DocumentSummary> documents) {
    String article = "Điều " + reference.article();
    Optional<DocumentSummary> named =
        mention.flatMap(m -> documents.stream().filter(d -> d.id().equals(m.docId())).findFirst());
    if (named.isEmpty()) {
      return "Không văn bản nào trợ lý đang dùng có "
          + (reference.clauseAsked() ? clause(reference.clause()) + " " : "")
          + article
          + ". Bạn hãy xem lại số điều.";
    }
    List<String> articles = passages.articles(named.get().id());
    String range =
        articles.isEmpty()
            ? " (văn bản này không chia điều)"
            : " (có Điều "
                + articles.get(0)
                + " đến Điều "
                + articles.get(articles.size() - 1)
                + ")";
    return name(named.get()) + " không có " + article + range + ". Bạn hãy xem lại số điều.";
  }

  private static String missingClause(
      ArticleReference reference, boolean named, Candidate candidate) {
    String article = "Điều " + reference.article();
    if (!named) {
      return "Không văn bản nào trợ lý đang dùng có "
          + clause(reference.clause())
          + " "
          + article
          + ". Bạn hãy xem lại số khoản.";
    }
    List<String> clauses =
        candidate.passages().stream()
            .map(ArticlePassages.Passage::clause)
            .filter(c -> !c.isEmpty())
            .distinct()
            .toList();
    String whose = article + " của " + name(candidate.doc());
    if (clauses.isEmpty()) {
      return whose + " không chia khoản. Bạn hãy hỏi cả " + article + ".";
    }
    return whose
        + " không có "
        + clause(reference.clause())
        + " (có khoản "
        + clauses.get(0)
        + " đến khoản "
        + clauses.get(clauses.size() - 1)
        + "). Bạn hãy xem lại số khoản.";
  }

  /** How a document is named in a sentence: its title, or its kind and number. */
  static String name(DocumentSummary doc) {
    String kind = doc.kind() == null ? "" : doc.kind().toLowerCase(Locale.ROOT);
    String title = doc.title() == null ? "" : doc.title();
    if (kind.isEmpty() || title.toLowerCase(Locale.ROOT).startsWith(kind) || doc.number() == null) {
      return title;
    }
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + doc.number();
  }
}
