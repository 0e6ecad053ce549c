package vn.trolycongdoan.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads one corpus file into a {@link SourceDocument}: extract the text by file type, clean it,
 * read its metadata (overridden by a {@code .meta.yaml} sidecar, see {@code Sidecar}), cut it into
 * sections and passages, and read the member questions written for it ({@link MemberQuestions}).
 *
 * <p>Stateless and thread-safe. Every failure (unreadable file, broken .docx or .pdf, bad sidecar,
 * unsupported type) is an {@link IOException} whose message names the file; the caller may log it
 * and skip the file.
 */
public final class DocumentParser {

  /**
   * Parses {@code file}, which lies under {@code corpusRoot}.
   *
   * @param corpusRoot the corpus folder; the document id is the file's path relative to it, with
   *     {@code /} separators and without extension, e.g. {@code laws/bo-luat-lao-dong-2019}
   * @throws IOException if the file or its sidecar cannot be read or parsed
   */
  public SourceDocument parse(Path corpusRoot, Path file) throws IOException {
    try {
      byte[] content = Files.readAllBytes(file);
      Optional<Path> sidecar = Sidecar.of(file);
      byte[] sidecarContent = read(sidecar);
      Optional<Path> questionsFile = MemberQuestions.of(file);
      byte[] questionsContent = read(questionsFile);
      String text =
          TextCleaner.clean(TextExtractor.extract(file.getFileName().toString(), content));
      DocumentMetadata metadata = MetadataExtractor.extract(text);
      if (sidecar.isPresent()) {
        metadata = metadata.overriddenBy(Sidecar.parse(sidecar.get(), sidecarContent));
      }
      String docId = docId(corpusRoot, file);
      List<OutlineEntry> outline = SectionParser.outline(text);
      return new SourceDocument(
          docId,
          file.getFileName().toString(),
          sha256(content, sidecarContent, questionsContent),
          metadata,
          text,
          outline.stream().filter(e -> !e.closing()).map(OutlineEntry::section).toList(),
          PassageSplitter.split(docId, text, outline),
          questionsFile.isPresent()
              ? MemberQuestions.parse(questionsFile.get(), questionsContent)
              : List.of());
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot parse " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The SHA-256 (hex) of a file's bytes, its sidecar's and its member questions', the same as
   * {@link SourceDocument#contentHash} of its parse: a cheap way to tell whether a file changed
   * without parsing it.
   */
  public static String contentHash(Path file) throws IOException {
    return sha256(Files.readAllBytes(file), read(Sidecar.of(file)), read(MemberQuestions.of(file)));
  }

  /** The document id of {@code file} under {@code corpusRoot}, as {@link #parse} gives it. */
  public static String docId(Path corpusRoot, Path file) {
    String relative =
        corpusRoot
            .toAbsolutePath()
            .normalize()
            .relativize(file.toAbsolutePath().normalize())
            .toString()
            .replace(file.getFileSystem().getSeparator(), "/");
    int dot = relative.lastIndexOf('.');
    return dot > relative.lastIndexOf('/') + 1 ? relative.substring(0, dot) : relative;
  }

  private static byte[] read(Optional<Path> sidecar) throws IOException {
    return sidecar.isPresent() ? Files.readAllBytes(sidecar.get()) : new byte[0];
  }

  private static String sha256(byte[] content, byte[] sidecarContent, byte[] questionsContent) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(content);
      digest.update(sidecarContent);
      digest.update(questionsContent);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
