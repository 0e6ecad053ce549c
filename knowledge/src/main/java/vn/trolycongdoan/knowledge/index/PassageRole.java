package vn.trolycongdoan.knowledge.index;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.Passage;

/**
 * What a passage holds that a question may ask for without naming it: the signature ("do ai ký?"),
 * the place and date of issue ("ban hành ngày nào?"), a percentage ("bao nhiêu phần trăm?").
 */
public enum PassageRole {
  SIGNATURE,
  ISSUE_DATE,
  PERCENTAGE;

  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%");

  /**
   * Whether this role is held by one passage of a document only (its signature, its date line), so
   * that holding it answers the question; a percentage may be in any passage.
   */
  public boolean ofDocument() {
    return this != PERCENTAGE;
  }

  /**
   * The text that shows this role in a document with the given signer and place of issue: the
   * signer's name, or the start of the place-and-date line; {@code null} when there is none to
   * show.
   */
  public String evidence(String signer, String place) {
    return switch (this) {
      case SIGNATURE -> signer;
      case ISSUE_DATE -> place == null ? null : place + ", ngày";
      case PERCENTAGE -> null;
    };
  }

  /** The roles of a passage of a document with the given metadata. */
  static Set<PassageRole> of(Passage passage, DocumentMetadata meta) {
    Set<PassageRole> roles = EnumSet.noneOf(PassageRole.class);
    if (shows(passage, SIGNATURE.evidence(meta.signer(), meta.place()))) {
      roles.add(SIGNATURE);
    }
    if (meta.date() != null && shows(passage, ISSUE_DATE.evidence(meta.signer(), meta.place()))) {
      roles.add(ISSUE_DATE);
    }
    if (PERCENT.matcher(passage.text()).find()) {
      roles.add(PERCENTAGE);
    }
    return roles;
  }

  private static boolean shows(Passage passage, String evidence) {
    return evidence != null && passage.text().contains(evidence);
  }
}
