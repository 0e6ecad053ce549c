package vn.trolycongdoan.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import vn.trolycongdoan.knowledge.analysis.Quantities;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;
import vn.trolycongdoan.knowledge.index.IndexFields;

/**
 * The special cases a law sets apart from its general rule: voluntary insurance, surrogacy,
 * domestic workers, foreigners, minors, procedure and transition articles… A passage whose headings
 * or text name such a case answers a question that names it, and loses to the general rule
 * otherwise.
 *
 * <p>Thread-safe: immutable.
 */
final class SpecialCases {

  /**
   * A law's definitions ("Người sử dụng lao động là doanh nghiệp, …") hold the words of most
   * questions about an employer or a worker, and answer only the ones asking what a word means.
   */
  private static final Case DEFINITIONS =
      Case.of(
          List.of("giai thich tu ngu"),
          List.of(
              "la gi",
              "nghia la",
              "hieu la",
              "duoc hieu",
              "khai niem",
              "dinh nghia",
              "the nao la",
              "goi la",
              "tinh la",
              "coi la",
              "co phai la",
              "la ai"));

  /**
   * An article amending other laws ("Sửa đổi, bổ sung một số điều của các luật có liên quan")
   * quotes their old wording: the law it amends states the rule in force. Found by the headings
   * alone: "sửa đổi, bổ sung" is everyday wording in texts (a contract's annex, a collective
   * agreement).
   */
  private static final Case AMENDMENTS =
      Case.headed(
          List.of(
              "sua doi bo sung mot so dieu cua cac luat",
              "sua doi bo sung mot so luat",
              "sua doi bo sung luat"),
          List.of("sua doi", "sua luat"));

  /**
   * Each case as the folded words its headings use, which also name it in a question, the
   * definitions and the amendments of other laws.
   */
  private static final List<Case> CASES =
      Stream.concat(
              Stream.of(
                      List.of("tu nguyen"),
                      List.of("mang thai ho"),
                      List.of("giup viec gia dinh"),
                      List.of("nuoc ngoai"),
                      List.of(
                          "chua thanh nien",
                          "chua du 15 tuoi",
                          "duoi 15 tuoi",
                          "chua du 18 tuoi",
                          "duoi 18 tuoi"),
                      List.of("cao tuoi"),
                      List.of("khuyet tat"),
                      List.of("ho so"),
                      List.of("thu tuc"),
                      List.of("chuyen tiep"),
                      List.of("quan doi", "quan nhan", "cong an nhan dan"),
                      List.of("thuyen vien"),
                      List.of("dac thu"),
                      List.of("xu ly vi pham", "xu phat"),
                      List.of("trach nhiem cua", "nhiem vu, quyen han", "quan ly nha nuoc"))
                  .map(phrases -> Case.of(phrases, phrases)),
              Stream.of(DEFINITIONS, AMENDMENTS))
          .toList();

  /**
   * One case: how a question names it (folded words between spaces) and the phrase queries on the
   * headings and the text that find it.
   */
  private record Case(List<String> named, List<Query> queries) {

    /**
     * @param phrases the folded words of the headings and the text that find it
     * @param named the folded words of a question that names it
     */
    static Case of(List<String> phrases, List<String> named) {
      List<Query> queries = new ArrayList<>();
      for (String phrase : phrases) {
        queries.add(phrase(phrase, IndexFields.HEAD_FOLDED));
        queries.add(phrase(phrase, IndexFields.TEXT_FOLDED));
      }
      return new Case(
          named.stream().map(p -> " " + p.replace(",", "") + " ").toList(), List.copyOf(queries));
    }

    /** As {@link #of}, found by the headings only. */
    static Case headed(List<String> phrases, List<String> named) {
      return new Case(
          named.stream().map(p -> " " + p + " ").toList(),
          phrases.stream().map(phrase -> phrase(phrase, IndexFields.HEAD_FOLDED)).toList());
    }
  }

  /** How the case of minors is named; a worker's age under 18 names it too. */
  private static final String MINORS = " chua thanh nien ";

  private SpecialCases() {}

  /** Whether a worker of this age is a minor of working age (13 to 17). */
  private static boolean minor(int age) {
    return age >= 13 && age < 18;
  }

  /**
   * Phrase queries on the headings and the text for every case the question does not name; a
   * passage matching one is a special case the question did not ask about.
   */
  static List<Query> notAskedIn(String question) {
    String folded = " " + VietnameseText.foldedWords(question) + " ";
    boolean minorAge = Quantities.ages(question).stream().anyMatch(SpecialCases::minor);
    List<Query> queries = new ArrayList<>();
    for (Case special : CASES) {
      if (special.named().stream().noneMatch(folded::contains)
          && !(minorAge && special.named().contains(MINORS))) {
        queries.addAll(special.queries());
      }
    }
    return queries;
  }

  private static Query phrase(String words, String field) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (String word : words.replace(",", "").split(" ")) {
      phrase.add(new Term(field, word));
    }
    return phrase.build();
  }
}
