package vn.trolycongdoan.knowledge.ingest;

import java.time.LocalDate;

/**
 * What a document says about itself: kind (KẾ HOẠCH, BỘ LUẬT…), number ({@code 38/KH-LĐLĐ}),
 * issuing body, place, date, title (trích yếu) and signer. Any field may be {@code null} when the
 * document does not carry it.
 */
public record DocumentMetadata(
    String kind,
    String number,
    String issuer,
    String place,
    LocalDate date,
    String title,
    String signer) {

  public static final DocumentMetadata EMPTY =
      new DocumentMetadata(null, null, null, null, null, null, null);

  /** This metadata with every non-null field of {@code overrides} taking precedence. */
  public DocumentMetadata overriddenBy(DocumentMetadata overrides) {
    return new DocumentMetadata(
        pick(overrides.kind, kind),
        pick(overrides.number, number),
        pick(overrides.issuer, issuer),
        pick(overrides.place, place),
        overrides.date != null ? overrides.date : date,
        pick(overrides.title, title),
        pick(overrides.signer, signer));
  }

  private static String pick(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }
}
