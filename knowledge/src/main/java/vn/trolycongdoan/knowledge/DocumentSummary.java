package vn.trolycongdoan.knowledge;

/** A document of the index as listed: metadata and how many passages it was cut into. */
public record DocumentSummary(
    String id,
    String file,
    String kind,
    String number,
    String title,
    String date,
    String issuer,
    String place,
    String signer,
    int passages) {}
