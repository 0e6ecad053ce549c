package vn.trolycongdoan.bot.documents;

import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * An indexed document as the dashboard lists it.
 *
 * @param summary its metadata and passages, as the index holds them
 * @param bundled whether it came with the service (the bundled corpus has a file of its path)
 * @param sidecar whether a metadata sidecar is beside its file
 */
public record CorpusDocument(DocumentSummary summary, boolean bundled, boolean sidecar) {}
