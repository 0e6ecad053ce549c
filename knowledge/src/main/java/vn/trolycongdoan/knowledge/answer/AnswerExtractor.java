package vn.trolycongdoan.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import vn.trolycongdoan.knowledge.analysis.Figures;
import vn.trolycongdoan.knowledge.analysis.Quantities;
import vn.trolycongdoan.knowledge.answer.AnalysedTexts.Token;

/**
 * Picks the sentence(s) of a passage that best answer a question and marks the question's words in
 * them. A sentence scores the rarity of the distinct question words it contains, plus a bonus for
 * words that follow each other as in the question, and for a figure of the kind asked for; a clause
 * opening with a special case the question does not name counts for less; a list item scores as the
 * sentence introducing it plus the question words that set it apart from the other items, and is
 * shown with it (an item another item scores as well as gives way to the introduction and its whole
 * list). A best sentence ending in ':' brings the list it introduces; a table row comes with the
 * table's header; otherwise a very short best sentence is joined by the next one.
 *
 * <p>Thread-safe: the analyzer is Lucene's usual thread-safe kind; passages and headings are
 * analysed once ({@link AnalysedTexts}).
 */
public final class AnswerExtractor {

  private static final int SHORT_SENTENCE = 60;

  /** What separates the cells of a table row in a passage. */
  private static final String TABLE_CELL = " | ";

  /** The longest answer a list introduced by a sentence ending in ':' is cut to. */
  private static final int LIST_LIMIT = 700;

  /**
   * What a question asking how much, how long or how many wants to see: a number, unless it is part
   * of a document's number ("10/2012/QH13", the group set), glued to letters or a reference to a
   * part of a law ({@link #REFERENCE}).
   */
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*(/)?");

  /** What precedes the number of a reference to a part of a law ("khoản 1 Điều 31", "điểm a 2"). */
  private static final Pattern REFERENCE =
      Pattern.compile("(?iu)(?:khoản|điều|mục|chương|phụ lục|số|điểm [a-zđ]) $");

  /** The longest text {@link #REFERENCE} can match. */
  private static final int REFERENCE_LENGTH = 9;

  /** A khoản's number opening a sentence ("2. "): not a figure. */
  private static final Pattern KHOAN_NUMBER = Pattern.compile("^\\s*\\d+[a-z]?\\.\\s");

  /** The opening of a list item: a law's điểm ({@code b) }) or a dash. */
  private static final Pattern ITEM = Pattern.compile("(?:[a-zđ]\\)|[-–+•])\\s");

  /** How a sentence stands in its passage's lines, for {@link #intros}. */
  private static final int INSIDE = 0, ITEM_LINE = 1, KHOAN_LINE = 2, PARAGRAPH = 3;

  /**
   * What a sentence holding a figure of the kind asked for earns: this share of the rarity of all
   * the question's words, at least {@link #FIGURE_BONUS}. A question of many words (its rewording's
   * among them) would otherwise lose the figure among a few more words of a clause without it ("quy
   * định thời giờ làm việc theo ngày hoặc tuần" for "1 ngày … tối đa mấy tiếng").
   */
  private static final double FIGURE_SHARE = 0.15;

  /** The figure's share when the question asks for a date: only a date answers "từ ngày nào". */
  private static final double DATE_SHARE = 0.5;

  private static final double FIGURE_BONUS = 1.5;

  /**
   * What the words of a special case the question does not name are worth ({@link #unnamedCase}):
   * "Thời hiệu … là 06 tháng …; trường hợp hành vi vi phạm liên quan trực tiếp đến tài chính … là
   * 12 tháng" answers "sau bao lâu thì hết quyền kỷ luật" with the rule, not the exception.
   */
  private static final double UNNAMED_CASE = 0.8;

  /** How many of the words of a case ("trường hợp … thì") a question names for it to be named. */
  private static final double CASE_NAMED = 0.5;

  /** The most words of a case's condition read, from "trường hợp" on. */
  private static final int CASE_WORDS = 12;

  /** Scores closer than this are equal (sums of the same weights in another order). */
  private static final double TIE = 1e-9;

  /**
   * How far below the best item's own score (beyond its introduction's) another item of its list
   * may fall for the question still not to set the best apart, as a share (chosen on tune: 0.2–0.6
   * equal, 0.8 shows the whole list where an item with the figure asked for should win).
   */
  private static final double NEAR = 0.5;

  private static final double RANGE_BONUS = 1.5;
  private static final double ADJACENT_BONUS = 0.5;

  /** Outweighs any sum of word rarities: the sentence with the evidence is the answer. */
  private static final double EVIDENCE_SCORE = 1_000;

  /**
   * Question words rarer than this are marked in the answer; commoner ones ("của", "và") are not.
   */
  private static final double MARK_WEIGHT = 0.3;

  private final AnalysedTexts texts;

  /**
   * @param folded the analyzer that produced the folded question terms the weights are keyed by
   */
  public AnswerExtractor(Analyzer folded) {
    this.texts = new AnalysedTexts(folded);
  }

  /**
   * The answer text (pieces of the passage, one a line when not contiguous: a table's header and a
   * row), the spans of it to mark, and how concentrated the question's words are in it: the rarity
   * of the distinct question words in the answer and its headings over that in the whole passage
   * and its headings (0 to 1; 1 when there are none, or when the answer shows the evidence asked
   * for); and its share: the rarity of the question words the answer and its headings hold over
   * that of all the question's words (0 to 1; 1 when the question has no words, only codes, or when
   * the answer shows the evidence asked for).
   */
  public record Extract(
      String answer, List<AnswerHit.Span> highlights, double concentration, double share) {}

  /**
   * The best sentence(s) of {@code passage} for question terms weighted by {@code termWeights}.
   *
   * @param headings the headings the passage stands under, which every sentence of it shares
   * @param evidence what the question asks for without saying it (a signer's name, a place-and-date
   *     line); a sentence containing it is the answer. Empty when the question asks for nothing of
   *     the kind.
   */
  public Extract extract(
      String passage, String headings, Map<String, Double> termWeights, List<String> evidence) {
    return extract(passage, headings, termWeights, evidence, Asked.NOTHING);
  }

  /**
   * What the question wants to see beside its words.
   *
   * @param figure whether it asks how much, how long, how many: a sentence holding a figure is
   *     preferred
   * @param kinds the kinds of figure it asks for ({@link Figures#asked}), if its words say: a
   *     sentence then earns the figure's bonus only with a figure of such a kind ("bao nhiêu tiền"
   *     is not answered by "2%")
   * @param lengths the lengths of time it states ({@link Quantities#stated}): a sentence whose
   *     range holds one is preferred, one whose ranges hold none is not
   */
  public record Asked(
      boolean figure, Set<Figures.Kind> kinds, List<Double> lengths, Set<String> pairs) {

    /** Nothing beside the words. */
    public static final Asked NOTHING = new Asked(false, Set.of(), List.of(), Set.of());
  }

  /**
   * The pairs of neighbouring folded words of {@code texts} (a question, its rewording), each as
   * the two words with a space between: two question words next to each other in a sentence earn a
   * bonus only when the question has them next to each other too ("thời hạn báo trước" is not "hợp
   * đồng không thời hạn … báo trước").
   */
  public Set<String> pairs(String... questions) {
    Set<String> pairs = new HashSet<>();
    for (String text : questions) {
      List<Token> tokens = texts.tokensOf(text);
      for (int i = 1; i < tokens.size(); i++) {
        pairs.add(tokens.get(i - 1).term() + " " + tokens.get(i).term());
      }
    }
    return pairs;
  }

  /** As {@link #extract(String, String, Map, List)}, preferring what {@code asked} wants. */
  public Extract extract(
      String passage,
      String headings,
      Map<String, Double> termWeights,
      List<String> evidence,
      Asked asked) {
    AnalysedTexts.Analysed analysed = texts.of(passage);
    List<Token> tokens = analysed.tokens();
    List<AnswerHit.Span> sentences = analysed.clauses();
    if (sentences.isEmpty()) {
      return new Extract(passage, List.of(), 1, 1);
    }
    double question = termWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    double figureBonus =
        Math.max(
            FIGURE_BONUS,
            (asked.kinds().contains(Figures.Kind.DATE) ? DATE_SHARE : FIGURE_SHARE) * question);
    int[] intros = intros(passage, sentences);
    Map<Integer, Set<String>> undistinguishing = undistinguishing(sentences, intros, analysed);
    // What each sentence's words (an item's with its introduction's) score, before the bonuses
    // for what it shows and the ranges it sets.
    double[] read = new double[sentences.size()];
    double[] scores = new double[sentences.size()];
    boolean[] statesFigure = new boolean[sentences.size()];
    int best = 0;
    double bestScore = -1;
    boolean bestShows = false;
    for (int i = 0; i < sentences.size(); i++) {
      AnswerHit.Span sentence = sentences.get(i);
      String text = passage.substring(sentence.start(), sentence.end());
      List<Token> words = analysed.tokens(sentence);
      boolean shows = evidence.stream().anyMatch(text::contains);
      statesFigure[i] =
          asked.figure()
              && (holdsFigure(text) || analysed.figures(sentence).contains(Figures.Kind.DATE));
      boolean figure = statesFigure[i] && ofKindAsked(analysed, sentence, asked);
      read[i] =
          intros[i] < 0
              ? score(words, termWeights, asked.pairs()) + (figure ? figureBonus : 0)
              : read[intros[i]]
                  + distinctWeight(
                      words, termWeights, new HashSet<>(undistinguishing.get(intros[i])))
                  + (figure && !statesFigure[intros[i]] ? figureBonus : 0);
      double score =
          read[i] * (unnamedCase(words, termWeights) ? UNNAMED_CASE : 1)
              + (shows ? EVIDENCE_SCORE : 0)
              + switch (fit(analysed, sentence, asked.lengths())) {
                case HOLDS -> RANGE_BONUS;
                case EXCLUDES -> -RANGE_BONUS;
                case NONE -> 0;
              };
      scores[i] = score;
      if (score > bestScore) {
        best = i;
        bestScore = score;
        bestShows = shows;
      }
    }
    if (!bestShows && tiedItem(passage, sentences, intros, read, scores, best)) {
      best = intros[best];
    }
    List<AnswerHit.Span> parts =
        withHoldingRange(
            answerParts(
                passage, sentences, best, intros[best], analysed, termWeights, asked.pairs()),
            analysed,
            asked.lengths());
    List<Token> answerTokens = new ArrayList<>();
    parts.forEach(part -> answerTokens.addAll(analysed.tokens(part)));
    List<Token> headingTokens = texts.of(headings).tokens();
    double all = distinctWeight(concat(tokens, headingTokens), termWeights);
    double inAnswer = distinctWeight(concat(answerTokens, headingTokens), termWeights);
    double concentration = all == 0 || bestShows ? 1 : inAnswer / all;
    double share = question == 0 || bestShows ? 1 : inAnswer / question;
    StringBuilder answer = new StringBuilder();
    List<AnswerHit.Span> highlights = new ArrayList<>();
    for (AnswerHit.Span part : parts) {
      if (!answer.isEmpty()) {
        answer.append('\n');
      }
      int at = answer.length();
      for (AnswerHit.Span mark : marks(analysed.tokens(part), part.start(), passage, termWeights)) {
        highlights.add(new AnswerHit.Span(at + mark.start(), at + mark.end()));
      }
      answer.append(passage, part.start(), part.end());
    }
    return new Extract(answer.toString(), highlights, concentration, Math.min(1, share));
  }

  /**
   * Whether {@code tokens} open with a special case ("Trường hợp …", "d) Trường hợp …", "Trong
   * trường hợp …") whose condition, up to "thì", the question names less than half of.
   */
  private static boolean unnamedCase(List<Token> tokens, Map<String, Double> weights) {
    int condition = -1;
    for (int i = 0; i + 1 < Math.min(tokens.size(), 4) && condition < 0; i++) {
      if (tokens.get(i).term().equals("truong") && tokens.get(i + 1).term().equals("hop")) {
        condition = i + 2;
      }
    }
    if (condition < 0) {
      return false;
    }
    Set<String> words = new HashSet<>();
    int named = 0;
    for (int i = condition; i < Math.min(tokens.size(), condition + CASE_WORDS); i++) {
      String term = tokens.get(i).term();
      if (term.equals("thi")) {
        break;
      }
      if (words.add(term) && weights.containsKey(term)) {
        named++;
      }
    }
    return !words.isEmpty() && named < CASE_NAMED * words.size();
  }

  /**
   * Whether the best sentence is a list item (or a further sentence of one) that another sentence
   * of the same list scores nearly as well as ({@link #NEAR}), and the introduction with its items'
   * first sentences fits in {@link #LIST_LIMIT}: the question then sets neither apart, and the
   * introduction with the list answers it.
   */
  private static boolean tiedItem(
      String passage,
      List<AnswerHit.Span> sentences,
      int[] intros,
      double[] read,
      double[] scores,
      int best) {
    int intro = intros[best];
    if (intro < 0) {
      return false;
    }
    boolean tied = false;
    int last = best;
    for (int i = intro + 1; i < scores.length && intros[i] == intro; i++) {
      tied |=
          i != best && scores[i] - read[intro] >= (scores[best] - read[intro]) * (1 - NEAR) - TIE;
      last = i;
    }
    return tied && headsFit(passage, sentences, intro, last);
  }

  /** Whether a sentence states a figure, its khoản's number and references aside. */
  private static boolean holdsFigure(String sentence) {
    Matcher khoan = KHOAN_NUMBER.matcher(sentence);
    Matcher number =
        NUMBER.matcher(sentence).region(khoan.lookingAt() ? khoan.end() : 0, sentence.length());
    Matcher reference = REFERENCE.matcher(sentence);
    while (number.find()) {
      int at = number.start();
      if (number.group(1) == null
          && (at == 0 || !Character.isLetter(sentence.charAt(at - 1)))
          && !reference.region(Math.max(0, at - REFERENCE_LENGTH), at).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence states a figure of a kind asked for, or any when the kinds are unknown. */
  private static boolean ofKindAsked(
      AnalysedTexts.Analysed analysed, AnswerHit.Span sentence, Asked asked) {
    return asked.kinds().isEmpty()
        || Figures.fit(asked.kinds(), analysed.figures(sentence)) == Figures.Fit.HOLDS;
  }

  /**
   * The pieces of {@code passage} the answer shows, in order: the best sentence with the list it
   * introduces or its short neighbour; for a table row, the table's header and the row that holds
   * the question's words (the whole table when no row stands out).
   */
  private static List<AnswerHit.Span> answerParts(
      String passage,
      List<AnswerHit.Span> sentences,
      int best,
      int intro,
      AnalysedTexts.Analysed analysed,
      Map<String, Double> termWeights,
      Set<String> pairs) {
    AnswerHit.Span sentence = sentences.get(best);
    if (intro >= 0 && !isRow(passage, sentence)) {
      AnswerHit.Span lead = sentences.get(intro);
      return intro + 1 == best
          ? List.of(new AnswerHit.Span(lead.start(), sentence.end()))
          : List.of(lead, sentence);
    }
    boolean introduces = passage.substring(sentence.start(), sentence.end()).endsWith(":");
    if (isRow(passage, sentence)) {
      return tableParts(passage, sentences, best, analysed, termWeights, pairs);
    }
    if (introduces && best + 1 < sentences.size() && isRow(passage, sentences.get(best + 1))) {
      return tableParts(passage, sentences, best + 1, analysed, termWeights, pairs);
    }
    return introduces
        ? withList(passage, sentences, best, sentences.size() - 1)
        : List.of(withNeighbour(sentences, best));
  }

  /**
   * The sentence introducing the table the row at {@code best} belongs to (when one ending in ':'
   * does), the table's header (its first row) and its best data row; the header with the whole
   * table, as far as it fits, when every data row scores the same (the question names none of
   * them).
   */
  private static List<AnswerHit.Span> tableParts(
      String passage,
      List<AnswerHit.Span> sentences,
      int best,
      AnalysedTexts.Analysed analysed,
      Map<String, Double> termWeights,
      Set<String> pairs) {
    int header = best;
    while (header > 0 && isRow(passage, sentences.get(header - 1))) {
      header--;
    }
    int last = best;
    while (last + 1 < sentences.size() && isRow(passage, sentences.get(last + 1))) {
      last++;
    }
    List<AnswerHit.Span> parts = new ArrayList<>();
    if (header > 0 && passage.substring(0, sentences.get(header - 1).end()).endsWith(":")) {
      parts.add(sentences.get(header - 1));
    }
    if (last == header) {
      parts.add(sentences.get(header));
      return parts;
    }
    int bestRow = header + 1;
    double bestScore = Double.NEGATIVE_INFINITY;
    double worstScore = Double.POSITIVE_INFINITY;
    for (int row = header + 1; row <= last; row++) {
      double score = score(analysed.tokens(sentences.get(row)), termWeights, pairs);
      if (score > bestScore) {
        bestRow = row;
        bestScore = score;
      }
      worstScore = Math.min(worstScore, score);
    }
    if (bestScore > worstScore) {
      parts.add(sentences.get(header));
      parts.add(sentences.get(bestRow));
    } else {
      parts.addAll(withList(passage, sentences, header, last));
    }
    return parts;
  }

  /**
   * The parts with, when one sets a range without the length the question states, none holds it and
   * another sentence's range does ("50 ngày nếu đã đóng từ đủ 15 năm đến dưới 30 năm" for "đóng 20
   * năm"), that sentence too, in passage order: the first such after the parts, else the last
   * before them.
   */
  private static List<AnswerHit.Span> withHoldingRange(
      List<AnswerHit.Span> parts, AnalysedTexts.Analysed analysed, List<Double> lengths) {
    List<Quantities.Fit> fits =
        lengths.isEmpty()
            ? List.of()
            : parts.stream().map(part -> fit(analysed, part, lengths)).toList();
    if (fits.contains(Quantities.Fit.HOLDS) || !fits.contains(Quantities.Fit.EXCLUDES)) {
      return parts;
    }
    int after = parts.get(parts.size() - 1).end();
    AnswerHit.Span holding = null;
    for (AnswerHit.Span sentence : analysed.clauses()) {
      if (fit(analysed, sentence, lengths) == Quantities.Fit.HOLDS) {
        holding = sentence;
        if (sentence.start() >= after) {
          break;
        }
      }
    }
    if (holding != null) {
      List<AnswerHit.Span> with = new ArrayList<>(parts);
      with.add(holding);
      with.sort(Comparator.comparingInt(AnswerHit.Span::start));
      return with;
    }
    return parts;
  }

  /**
   * How the ranges of {@code passage} relate to the lengths of time a question states ({@link
   * Quantities#fit}), the passage read once for all questions.
   */
  public Quantities.Fit lengthFit(String passage, List<Double> lengths) {
    return lengths.isEmpty() ? Quantities.Fit.NONE : texts.of(passage).ranges().fit(lengths);
  }

  /**
   * How the figures {@code passage} states relate to the kinds of figure a question asks for
   * ({@link Figures#fit}), the passage read once for all questions.
   */
  public Figures.Fit figureFit(String passage, Set<Figures.Kind> asked) {
    return asked.isEmpty() ? Figures.Fit.NONE : Figures.fit(asked, texts.of(passage).figures());
  }

  /** How the ranges of a piece of an analysed text relate to {@code lengths}. */
  private static Quantities.Fit fit(
      AnalysedTexts.Analysed analysed, AnswerHit.Span piece, List<Double> lengths) {
    return lengths.isEmpty() ? Quantities.Fit.NONE : analysed.ranges(piece).fit(lengths);
  }

  /**
   * For each sentence, the sentence ending in ':' that introduces the list it is an item of, or -1:
   * an item is a line opening with a điểm ({@code b) …}) or a dash, in an unbroken run of items
   * (and their further sentences) after the introducing sentence. An item is read with its
   * introduction ("Trường hợp không thuộc đối tượng tham gia … bao gồm:" gives "b) Lao động là
   * người giúp việc gia đình;" its meaning) and shown with it.
   */
  private static int[] intros(String passage, List<AnswerHit.Span> sentences) {
    int[] intros = new int[sentences.size()];
    int[] lines = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      AnswerHit.Span sentence = sentences.get(i);
      boolean lineStart = sentence.start() == 0 || passage.charAt(sentence.start() - 1) == '\n';
      lines[i] =
          !lineStart
              ? INSIDE
              : ITEM.matcher(passage).region(sentence.start(), sentence.end()).lookingAt()
                  ? ITEM_LINE
                  : KHOAN_NUMBER
                          .matcher(passage)
                          .region(sentence.start(), sentence.end())
                          .lookingAt()
                      ? KHOAN_LINE
                      : PARAGRAPH;
    }
    int intro = -1;
    for (int i = 0; i < sentences.size(); i++) {
      AnswerHit.Span sentence = sentences.get(i);
      boolean introduces = passage.substring(sentence.start(), sentence.end()).endsWith(":");
      if (lines[i] == KHOAN_LINE
          || lines[i] == PARAGRAPH && (introduces || !itemFollows(lines, i))) {
        intro = -1;
      }
      intros[i] = intro;
      if (introduces) {
        intro = i;
      }
    }
    return intros;
  }

  /**
   * Whether a line of items goes on after the paragraph at {@code paragraph}: it then continues the
   * item before it ("a) Đủ tuổi nghỉ hưu …" with its line "Trường hợp người lao động …", then "b)
   * …"), not ends the list.
   */
  private static boolean itemFollows(int[] lines, int paragraph) {
    for (int i = paragraph + 1; i < lines.length; i++) {
      if (lines[i] == ITEM_LINE) {
        return true;
      }
      if (lines[i] == KHOAN_LINE) {
        return false;
      }
    }
    return false;
  }

  /**
   * For each sentence introducing a list, the terms that set no item of it apart: the
   * introduction's own, and those every item holds ("ngày" of "a) 12 ngày …", "b) 14 ngày …"). An
   * item scores as its introduction plus the question words it holds beyond these, so it beats its
   * introduction (which brings the whole list) only when the question names what sets it apart.
   */
  private static Map<Integer, Set<String>> undistinguishing(
      List<AnswerHit.Span> sentences, int[] intros, AnalysedTexts.Analysed analysed) {
    Map<Integer, Set<String>> shared = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (intros[i] >= 0) {
        Set<String> terms = new HashSet<>();
        analysed.tokens(sentences.get(i)).forEach(token -> terms.add(token.term()));
        shared.merge(
            intros[i],
            terms,
            (known, more) -> {
              known.retainAll(more);
              return known;
            });
      }
    }
    shared.forEach(
        (intro, terms) ->
            analysed.tokens(sentences.get(intro)).forEach(token -> terms.add(token.term())));
    return shared;
  }

  /** Whether the sentence is a table row as ingest writes tables: cells between " | ". */
  private static boolean isRow(String passage, AnswerHit.Span sentence) {
    return passage.substring(sentence.start(), sentence.end()).contains(TABLE_CELL);
  }

  /**
   * The sentence at {@code best}, which introduces a list ("… trong trường hợp sau đây:"), with the
   * list after it up to the sentence at {@code last}: the whole list when it fits in {@link
   * #LIST_LIMIT} characters, else each item's first sentence without the further ones ("a) Bằng 1,5
   * lần … trước năm 2014." without its "Trường hợp …"), as far as they fit.
   */
  private static List<AnswerHit.Span> withList(
      String passage, List<AnswerHit.Span> sentences, int best, int last) {
    AnswerHit.Span span = sentences.get(best);
    if (sentences.get(last).end() - span.start() <= LIST_LIMIT) {
      return List.of(new AnswerHit.Span(span.start(), sentences.get(last).end()));
    }
    return listHeads(passage, sentences, best, last);
  }

  /** The introduction at {@code best} and its items' first sentences, as far as they fit. */
  private static List<AnswerHit.Span> listHeads(
      String passage, List<AnswerHit.Span> sentences, int best, int last) {
    List<AnswerHit.Span> parts = new ArrayList<>();
    AnswerHit.Span open = sentences.get(best);
    int length = open.end() - open.start();
    int previous = best;
    for (int head : heads(passage, sentences, best, last)) {
      AnswerHit.Span next = sentences.get(head);
      length += next.end() - next.start() + 1;
      if (length > LIST_LIMIT) {
        break;
      }
      if (head == previous + 1) {
        open = new AnswerHit.Span(open.start(), next.end());
      } else {
        parts.add(open);
        open = next;
      }
      previous = head;
    }
    parts.add(open);
    return parts;
  }

  /** Whether the introduction at {@code best} and all its items' first sentences fit. */
  private static boolean headsFit(
      String passage, List<AnswerHit.Span> sentences, int best, int last) {
    int length = sentences.get(best).end() - sentences.get(best).start();
    for (int head : heads(passage, sentences, best, last)) {
      length += sentences.get(head).end() - sentences.get(head).start() + 1;
    }
    return length <= LIST_LIMIT;
  }

  /**
   * The sentences after {@code best} up to {@code last} that open an item or are a table row: the
   * list without its items' further sentences.
   */
  private static List<Integer> heads(
      String passage, List<AnswerHit.Span> sentences, int best, int last) {
    List<Integer> heads = new ArrayList<>();
    for (int i = best + 1; i <= last; i++) {
      AnswerHit.Span sentence = sentences.get(i);
      if (ITEM.matcher(passage).region(sentence.start(), sentence.end()).lookingAt()
          || isRow(passage, sentence)) {
        heads.add(i);
      }
    }
    return heads;
  }

  /** A very short sentence with the next one, or the one before when it is the last. */
  private static AnswerHit.Span withNeighbour(List<AnswerHit.Span> sentences, int best) {
    AnswerHit.Span span = sentences.get(best);
    if (span.end() - span.start() >= SHORT_SENTENCE) {
      return span;
    }
    if (best + 1 < sentences.size()) {
      return new AnswerHit.Span(span.start(), sentences.get(best + 1).end());
    }
    return best > 0 ? new AnswerHit.Span(sentences.get(best - 1).start(), span.end()) : span;
  }

  /**
   * The rarity of the distinct question words among {@code tokens}, then a bonus for each that
   * follows another; each token's weight is looked up once.
   */
  private static double score(List<Token> tokens, Map<String, Double> weights, Set<String> pairs) {
    Double[] tokenWeights = new Double[tokens.size()];
    Set<String> seen = new HashSet<>();
    double score = 0;
    for (int i = 0; i < tokenWeights.length; i++) {
      String term = tokens.get(i).term();
      tokenWeights[i] = weights.get(term);
      if (tokenWeights[i] != null && seen.add(term)) {
        score += tokenWeights[i];
      }
    }
    for (int i = 1; i < tokenWeights.length; i++) {
      if (tokenWeights[i] != null
          && tokenWeights[i - 1] != null
          && pairs.contains(tokens.get(i - 1).term() + " " + tokens.get(i).term())) {
        score += ADJACENT_BONUS * tokenWeights[i];
      }
    }
    return score;
  }

  private static double distinctWeight(List<Token> tokens, Map<String, Double> weights) {
    return distinctWeight(tokens, weights, new HashSet<>());
  }

  /** The rarity of the distinct question words among {@code tokens} that {@code seen} lacks. */
  private static double distinctWeight(
      List<Token> tokens, Map<String, Double> weights, Set<String> seen) {
    double sum = 0;
    for (Token token : tokens) {
      Double weight = weights.get(token.term());
      if (weight != null && seen.add(token.term())) {
        sum += weight;
      }
    }
    return sum;
  }

  /**
   * Spans relative to the answer, which starts at {@code offset} of {@code passage}; neighbours
   * merged.
   */
  private static List<AnswerHit.Span> marks(
      List<Token> tokens, int offset, String passage, Map<String, Double> weights) {
    List<AnswerHit.Span> spans = new ArrayList<>();
    for (Token token : tokens) {
      if (weights.getOrDefault(token.term(), 0.0) < MARK_WEIGHT) {
        continue;
      }
      int last = spans.size() - 1;
      if (last >= 0 && passage.substring(spans.get(last).end() + offset, token.start()).isBlank()) {
        spans.set(last, new AnswerHit.Span(spans.get(last).start(), token.end() - offset));
      } else {
        spans.add(new AnswerHit.Span(token.start() - offset, token.end() - offset));
      }
    }
    return spans;
  }

  private static List<Token> concat(List<Token> a, List<Token> b) {
    List<Token> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }
}
