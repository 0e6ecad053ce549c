package vn.trolycongdoan.bot.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import vn.trolycongdoan.bot.documents.DocumentException.Reason;

/**
 * Checks an uploaded file before it is staged: its type from its name's extension ({@code .docx},
 * {@code .pdf}, {@code .txt}, {@code .md}), its content of that type at a glance (a ZIP for .docx,
 * {@code %PDF-} for .pdf, UTF-8 without NUL for text; whether it reads whole is {@link
 * vn.trolycongdoan.knowledge.KnowledgeBase#inspect}'s to find), and a name safe for the corpus
 * folder: only the last part of the path sent, Vietnamese letters without their marks, lower case,
 * {@code a-z 0-9 -}, at most {@link #MAX_STEM} characters before the extension. Pure and
 * thread-safe.
 */
final class UploadCheck {

  static final Set<String> EXTENSIONS = Set.of("docx", "pdf", "txt", "md");
  static final int MAX_STEM = 80;

  private UploadCheck() {}

  /**
   * The name the file is stored under.
   *
   * @throws DocumentException {@link Reason#UNSUPPORTED_TYPE} for a type the corpus cannot hold,
   *     {@link Reason#BAD_REQUEST} for a name with nothing usable before the extension
   */
  static String fileName(String sent) {
    String name = sent == null ? "" : sent.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!EXTENSIONS.contains(extension)) {
      throw new DocumentException(Reason.UNSUPPORTED_TYPE, DocumentTexts.unsupportedType(name));
    }
    String stem = slug(name.substring(0, dot));
    if (stem.isEmpty()) {
      throw new DocumentException(Reason.BAD_REQUEST, DocumentTexts.badName(name));
    }
    return stem + "." + extension;
  }

  /**
   * @throws DocumentException {@link Reason#BAD_REQUEST} for an empty file, {@link
   *     Reason#UNSUPPORTED_TYPE} for content that is not of the type its name says
   */
  static void content(String fileName, byte[] content) {
    if (content.length == 0) {
      throw new DocumentException(Reason.BAD_REQUEST, DocumentTexts.emptyFile(fileName));
    }
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
    boolean fits =
        switch (extension) {
          case "docx" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
          case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
          default -> isText(content);
        };
    if (!fits) {
      throw new DocumentException(
          Reason.UNSUPPORTED_TYPE, DocumentTexts.notOfType(fileName, extension));
    }
  }

  private static String slug(String stem) {
    String folded =
        Normalizer.normalize(stem.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return folded.length() <= MAX_STEM
        ? folded
        : folded.substring(0, MAX_STEM).replaceAll("-+$", "");
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isText(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
