package vn.trolycongdoan.knowledge.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Random Vietnamese-ish questions: question words, chat fillers, syllables, codes, punctuation. */
final class SearchText {

  private static final String[] WORDS = {
    "bao nhiêu",
    "bao nhieu",
    "bao lâu",
    "mấy",
    "may",
    "máy",
    "là gì",
    "la gi",
    "như thế nào",
    "ở đâu",
    "dau",
    "đau",
    "hoi",
    "hỏi",
    "hội",
    "vay",
    "vậy",
    "khong",
    "không",
    "nào",
    "nao",
    "cho em hỏi",
    "em",
    "tôi",
    "toi",
    "chị",
    "chi",
    "ạ",
    "ko",
    "dc",
    "ad",
    "ơi",
    "z",
    "do ai ký",
    "ai ky",
    "ban hành ngày nào",
    "bao nhiêu phần trăm",
    "mấy phần trăm",
    "người lao động",
    "NLĐ",
    "nghỉ thai sản",
    "đoàn phí",
    "tự nguyện",
    "giúp việc gia đình",
    "năm 2025",
    "2028",
    "1999",
    "38/KH-LĐLĐ",
    "18.000đ",
    "2,25%",
    "Điều 35",
    "khoản 2",
    "?",
    "!",
    ".",
    ",",
    "…",
    "“",
    "”",
    "(",
    ")",
    "-",
    "  ",
    "\t",
    "\u00a0",
    "ǅ",
    "ﬁ",
    "İ"
  };

  private static final String LETTERS =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ";

  private SearchText() {}

  static Arbitrary<String> questions() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.of(WORDS)),
            Tuple.of(3, Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(6)),
            Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3)));
    return word.list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
  }
}
