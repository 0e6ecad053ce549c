package vn.trolycongdoan.knowledge.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the raw text of a corpus file by its extension: .txt and .md as UTF-8 (a byte order mark is
 * left for {@link TextCleaner} to drop), .docx with POI, .pdf with PDFBox.
 */
final class TextExtractor {

  private TextExtractor() {}

  /**
   * The raw text, not yet cleaned, of a file's {@code content}; the type is taken from {@code
   * fileName}.
   *
   * @throws IOException if the content is not valid for its type, or the type is not supported
   */
  static String extract(String fileName, byte[] content) throws IOException {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".md")) {
      return utf8(content);
    }
    if (name.endsWith(".docx")) {
      return DocxText.read(content);
    }
    if (name.endsWith(".pdf")) {
      return PdfText.read(content);
    }
    throw new IOException("unsupported file type: " + fileName);
  }

  private static String utf8(byte[] bytes) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
  }
}
