package vn.trolycongdoan.knowledge.index;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.Passage;

/**
 * What a passage holds that a question may ask for without naming it: the signature ("do ai ký?"), the place
 * and date of issue ("ban hành ngày nào?"), a percentage ("bao nhiêu phần trăm?").
 */
public enum PassageRole {
  SIGNATURE,
  ISSUE_DATE,
  PERCENTAGE;

  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%");

  /** The roles of a passage of a document with the given metadata. */
  static Set<PassageRole> of(Passage passage, DocumentMetadata meta) {
    Set<PassageRole> roles = EnumSet.noneOf(PassageRole.class);
    if (meta.signer() != null && passage.text().contains(meta.signer())) {
      roles.add(SIGNATURE);
    }
    if (meta.place() != null && meta.date() != null && passage.text().contains(meta.place() + ", ngày")) {
      roles.add(ISSUE_DATE);
    }
    if (PERCENT.matcher(passage.text()).find()) {
      roles.add(PERCENTAGE);
    }
    return roles;
  }
}
