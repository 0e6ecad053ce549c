package vn.trolycongdoan.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * Finds which indexed document a question names, by the names members use for it: its title ({@code
 * Bộ luật Lao động}), its kind and number ({@code Nghị định 145}, {@code NĐ 145}, {@code
 * 145/2020}), and the usual abbreviations ({@code BLLĐ}, {@code luật lao động}, {@code BHXH},
 * {@code luật công đoàn} …), with a year after it ({@code Luật Công đoàn 2024}) taken as part of
 * it; with or without diacritics, in any case. A name next to an article reference wins over one
 * elsewhere in the question, a longer name over a shorter one.
 *
 * <p>Immutable and thread-safe.
 */
public final class LawMentions {

  /**
   * Abbreviations and short names, folded, each with how the title of the document it means begins,
   * folded.
   */
  private static final Map<String, List<String>> SHORT_NAMES =
      Map.of(
          "bo luat lao dong",
          List.of("blld", "bl ld", "bo luat ld", "luat lao dong", "bo ld", "luat ld"),
          "luat bao hiem xa hoi",
          List.of("bhxh", "luat bhxh", "luat bh xh"),
          "luat bao hiem y te",
          List.of("bhyt", "luat bhyt", "luat bh yt"),
          "luat an toan ve sinh lao dong",
          List.of(
              "atvsld",
              "luat atvsld",
              "atld",
              "luat atld",
              "luat an toan lao dong",
              "an toan ve sinh lao dong"),
          "luat cong doan",
          List.of("luat cd", "lcd"),
          "luat viec lam",
          List.of("luat vl", "bhtn", "luat bhtn", "luat bao hiem that nghiep"),
          "luat thuc hien dan chu",
          List.of("luat dan chu", "luat dan chu co so", "dan chu co so", "luat thdc", "luat tdcs"));

  /** Kinds of document, folded, with their usual abbreviation. */
  private static final Map<String, String> KIND_ABBREVIATIONS =
      Map.of("nghi dinh", "nd", "thong tu", "tt", "bo luat", "bl", "luat", "luat");

  /** Words that may stand between an article reference and the document it belongs to. */
  private static final Set<String> LINKING_WORDS = Set.of("cua", "trong", "theo", "tai", "thuoc");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)/(\\d{4})");

  private final List<Alias> aliases;

  private LawMentions(List<Alias> aliases) {
    this.aliases = aliases;
  }

  /** One name of a document, as folded words. */
  record Alias(List<String> words, String docId) {}

  /**
   * A document named in a question and where the name stands.
   *
   * @param start where the name begins in the question as {@link ArticleReference#nfc} gives it
   * @param end where it ends (exclusive)
   */
  public record Mention(String docId, int start, int end) {}

  /** The names of {@code documents}. */
  public static LawMentions of(List<DocumentSummary> documents) {
    List<Alias> aliases = new ArrayList<>();
    for (DocumentSummary doc : documents) {
      for (String name : names(doc)) {
        List<String> words = words(name);
        if (!words.isEmpty()) {
          aliases.add(new Alias(words, doc.id()));
        }
      }
    }
    return new LawMentions(List.copyOf(aliases));
  }

  private static List<String> names(DocumentSummary doc) {
    List<String> names = new ArrayList<>();
    String title = String.join(" ", words(doc.title() == null ? "" : doc.title()));
    String kind = String.join(" ", words(doc.kind() == null ? "" : doc.kind()));
    names.add(title);
    if (!title.startsWith(kind)) {
      names.add(kind + " " + title);
    }
    SHORT_NAMES.forEach(
        (titleStart, shortNames) -> {
          if (title.startsWith(titleStart)) {
            names.add(titleStart);
            names.addAll(shortNames);
          }
        });
    if (doc.number() != null) {
      String number = ArticleReference.foldedInPlace(doc.number());
      names.add(number);
      Matcher leading = LEADING_NUMBER.matcher(number);
      if (leading.find()) {
        String shortNumber = leading.group(1);
        names.add(leading.group(1) + " " + leading.group(2));
        for (String kindName : List.of(kind, KIND_ABBREVIATIONS.getOrDefault(kind, kind))) {
          names.add(kindName + " " + shortNumber);
          names.add(kindName + " so " + shortNumber);
          names.add(kindName + " " + number);
        }
      }
    }
    return names;
  }

  /** The document {@code question} names for {@code reference}, or empty when it names none. */
  public Optional<Mention> in(String question, ArticleReference reference) {
    String folded = ArticleReference.foldedInPlace(ArticleReference.nfc(question));
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(folded);
    while (word.find()) {
      spans.add(new int[] {word.start(), word.end()});
      words.add(word.group());
    }
    Mention best = null;
    int bestRank = -1;
    for (Alias alias : aliases) {
      for (int at = 0; at + alias.words().size() <= words.size(); at++) {
        if (!words.subList(at, at + alias.words().size()).equals(alias.words())) {
          continue;
        }
        int last = at + alias.words().size() - 1;
        if (last + 1 < words.size() && YEAR.matcher(words.get(last + 1)).matches()) {
          last++;
        }
        int start = spans.get(at)[0];
        int end = spans.get(last)[1];
        if (start < reference.end() && end > reference.start()) {
          continue;
        }
        int rank = (adjacent(folded, reference, start, end) ? 1000 : 0) + alias.words().size();
        if (rank > bestRank) {
          best = new Mention(alias.docId(), start, end);
          bestRank = rank;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether only punctuation and linking words stand between the reference and the name. */
  private static boolean adjacent(String folded, ArticleReference reference, int start, int end) {
    String between =
        end <= reference.start()
            ? folded.substring(end, reference.start())
            : folded.substring(reference.end(), start);
    return Arrays.stream(VietnameseText.NON_WORD.split(between))
        .allMatch(w -> w.isEmpty() || LINKING_WORDS.contains(w));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(ArticleReference.foldedInPlace(ArticleReference.nfc(text)));
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }
}
