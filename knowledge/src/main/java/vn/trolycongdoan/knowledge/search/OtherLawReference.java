package vn.trolycongdoan.knowledge.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage cites an article of another law ("theo quy định tại khoản 1 Điều 98 của Bộ luật
 * Lao động", "Điều 5 Luật Công đoàn"): a decree or another law that refers to the rule rather than
 * setting it, so the law that grants it should rank first. A citation of the passage's own law
 * ("Điều 20 của Luật này") does not count. A pure function of the text.
 */
final class OtherLawReference {

  private static final Pattern ARTICLE_OF_A_LAW =
      Pattern.compile(
          "điều \\d+[^.;:]{0,40}?(?:của )?(?:bộ luật|luật)(?: \\p{L}+){0,3}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern THIS_LAW =
      Pattern.compile("(?:bộ luật|luật) này", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private OtherLawReference() {}

  static boolean in(String text) {
    Matcher citation = ARTICLE_OF_A_LAW.matcher(text);
    while (citation.find()) {
      if (!THIS_LAW.matcher(citation.group()).find()) {
        return true;
      }
    }
    return false;
  }
}
