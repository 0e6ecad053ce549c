package vn.trolycongdoan.knowledge.answer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Random passage-like Vietnamese text: sentences, list items, colons, figures, odd characters. */
final class AnswerText {

  private static final String[] PIECES = {
    "Người lao động",
    "được nghỉ",
    "thai sản",
    "06 tháng",
    "500.000 đồng",
    "2,25%",
    "trong trường hợp sau đây:",
    "\na) ",
    "\nb) ",
    "\n1. ",
    "; ",
    ". ",
    ": ",
    "\n",
    " ",
    "TP. Hồ Chí Minh",
    "v.v.",
    "Nguyễn Văn An",
    "“",
    "”",
    "…",
    "ǅ",
    "ﬁ",
    "\u00a0",
    "\u200b",
    "e\u0301",
    "đ"
  };

  private static final String[] FOLDED = {
    "nguoi", "lao", "dong", "nghi", "thai", "san", "thang", "dong", "truong", "hop", "sau", "day",
    "a", "b", "1", "06", "500.000", "ho", "chi", "minh", "nguyen", "van", "an", "e", "d"
  };

  private AnswerText() {}

  static Arbitrary<String> passages() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(PIECES)),
            Tuple.of(
                2, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)),
            Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3)));
    return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  static Arbitrary<String> foldedWords() {
    return Arbitraries.of(FOLDED);
  }
}
