package vn.trolycongdoan.knowledge.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random text built from the pieces real documents and converters produce, plus arbitrary
 * characters.
 */
final class DocumentText {

  private static final String[] PIECES = {
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II.",
    "1.",
    "1.1.",
    "3. 2.",
    "2.10.",
    "a)",
    "đ)",
    "- ",
    "* ",
    "Nhóm 1:",
    "Chương I",
    "Mục 2",
    "Điều 113.",
    "Điều 5.",
    "NHỮNG QUY ĐỊNH CHUNG",
    "Nơi nhận:",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hoàng Thọ Trung",
    "BỘ",
    "AN CHUYỂN",
    "3/7",
    "KẾ HOẠCH",
    "Số: 27 /KH-LĐLD",
    "Lai Châu, ngày 23 tháng 02 năm 2024",
    "đoàn viên",
    "người lao động",
    "Công đoàn",
    "18.000",
    "v.v.",
    ".",
    ";",
    ":",
    ",",
    "“",
    "”",
    "(",
    ")",
    "**",
    "*",
    "#",
    "### ",
    "[footnoteRef:1]",
    "[1: ghi chú]",
    "[bookmark: _GoBack]",
    "[",
    "]",
    "\u0300",
    "\uFEFF",
    "\u00A0",
    "\t",
    " ",
    "  ",
    "\n",
    "\n\n",
    "  \n",
    "\r\n",
    "\r"
  };

  private DocumentText() {}

  static Arbitrary<String> any() {
    Arbitrary<String> pieces =
        Arbitraries.of(PIECES).list().ofMaxSize(60).map(list -> String.join(" ", list));
    Arbitrary<String> glued =
        Arbitraries.of(PIECES).list().ofMaxSize(60).map(list -> String.join("", list));
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> mixed = Combinators.combine(pieces, noise).as((a, b) -> a + b);
    return Arbitraries.oneOf(pieces, glued, noise, mixed);
  }
}
