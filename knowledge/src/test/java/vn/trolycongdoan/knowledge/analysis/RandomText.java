package vn.trolycongdoan.knowledge.analysis;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Random text that mixes real Vietnamese, codes and hostile Unicode. */
final class RandomText {
  private static final String[] FRAGMENTS = {
    "Người lao động",
    "NLĐ",
    "LĐLD",
    "Hoà",
    "THOẢ ƯỚC",
    "uỷ",
    "qúy",
    "giữa",
    "khuỷu",
    "Đ",
    "đồng",
    "Số: 38/KH-LĐLĐ",
    "43-NQ/TW",
    "45/2019/QH14",
    "6a/NQ-TLĐ",
    "18.000đ/bữa",
    "70.000đ/người/năm",
    "16,5 triệu",
    "2,25%",
    "100 phần trăm",
    "ngày 08 tháng 8 năm 2024",
    "12/6/2021",
    "20/6",
    "2023 - 2028",
    "24.500",
    "1.2.3",
    "18k",
    "tỷ lệ",
    ", ",
    ". ",
    "; ",
    "\n",
    " ",
    "“",
    "–",
    "%",
    "/",
    "-",
    ".",
    ",",
    "0",
    "9",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "ﬁ",
    "１２",
    "ß",
    "İ",
    "Σ",
    "ǅ"
  };
  private static final String VIETNAMESE_LETTERS =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
          + "ùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝỴ";
  private static final String MARKS =
      "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323\u0308\u20dd";

  private RandomText() {}

  static Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(FRAGMENTS)),
            Tuple.of(
                4,
                Arbitraries.strings().withChars(VIETNAMESE_LETTERS).ofMinLength(1).ofMaxLength(6)),
            Tuple.of(2, Arbitraries.strings().withChars(MARKS).ofMinLength(1).ofMaxLength(3)),
            Tuple.of(
                2,
                Arbitraries.strings()
                    .withChars("0123456789.,/-% đdkK")
                    .ofMinLength(1)
                    .ofMaxLength(8)),
            Tuple.of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)),
            Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf)),
            Tuple.of(
                1, Arbitraries.integers().between(0x10000, 0x10ffff).map(Character::toString)));
    Arbitrary<String> mixed = piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    return Arbitraries.oneOf(
        mixed, mixed.map(text -> Normalizer.normalize(text, Normalizer.Form.NFD)));
  }

  static Arbitrary<String> vietnamese() {
    return Arbitraries.strings().withChars(VIETNAMESE_LETTERS + " ").ofMaxLength(30);
  }
}
