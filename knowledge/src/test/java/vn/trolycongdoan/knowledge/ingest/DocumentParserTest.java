package vn.trolycongdoan.knowledge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {

  private final DocumentParser parser = new DocumentParser();

  @TempDir Path corpus;

  @Test
  void parses_the_labour_code_into_articles_and_passages() throws IOException {
    SourceDocument code = parser.parse(Corpus.root(), Corpus.root().resolve(Corpus.LABOUR_CODE));

    assertThat(code.docId()).isEqualTo("laws/bo-luat-lao-dong-2019");
    assertThat(code.fileName()).isEqualTo("bo-luat-lao-dong-2019.txt");
    assertThat(code.metadata().number()).isEqualTo("45/2019/QH14");
    assertThat(code.text()).isEqualTo(Corpus.cleaned(Corpus.LABOUR_CODE));
    assertThat(code.sections()).isEqualTo(SectionParser.parse(code.text()));
    assertThat(code.passages()).isEqualTo(PassageSplitter.split(code.docId(), code.text()));
    assertThat(code.passages())
        .allSatisfy(passage -> assertThat(passage.docId()).isEqualTo(code.docId()));
  }

  @Test
  void names_a_plan_by_its_path_without_extension() throws IOException {
    SourceDocument plan = parser.parse(Corpus.root(), Corpus.root().resolve(Corpus.PLAN_001));

    assertThat(plan.docId()).isEqualTo("plans/001_241fc221d9dce001");
    assertThat(plan.contentHash())
        .isEqualTo(
            sha256(
                Files.readAllBytes(Corpus.root().resolve(Corpus.PLAN_001)),
                Files.readAllBytes(
                    Corpus.root().resolve("plans/001_241fc221d9dce001.questions.tsv"))));
  }

  @Test
  void reads_utf8_with_a_byte_order_mark() throws IOException {
    Path file = write("ghi-chu.md", "\uFEFF# KẾ HOẠCH\n\nHọp **ngày 5**.");

    assertThat(parser.parse(corpus, file).text()).isEqualTo("KẾ HOẠCH\nHọp ngày 5.");
  }

  @Test
  void lets_a_sidecar_override_metadata_and_change_the_hash() throws IOException {
    Path file = write("plans/kh.txt", "KẾ HOẠCH\nVề hội thao\nI. NỘI DUNG\nThi đấu bóng đá.");
    String before = parser.parse(corpus, file).contentHash();
    Path sidecar = write("plans/kh.meta.yaml", "number: 09/KH-CĐ\ndate: 2024-05-01\n");

    SourceDocument plan = parser.parse(corpus, file);

    assertThat(plan.metadata())
        .isEqualTo(
            new DocumentMetadata(
                "KẾ HOẠCH", "09/KH-CĐ", null, null, LocalDate.of(2024, 5, 1), "Về hội thao", null));
    assertThat(plan.contentHash())
        .isNotEqualTo(before)
        .isEqualTo(sha256((Files.readString(file) + Files.readString(sidecar)).getBytes(UTF_8)));
  }

  @Test
  void fails_naming_the_file_when_its_sidecar_is_bad() throws IOException {
    Path file = write("kh.txt", "KẾ HOẠCH");
    write("kh.txt.meta.yaml", "ngay: 2024-05-01");

    assertThatThrownBy(() -> parser.parse(corpus, file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("kh.txt")
        .hasMessageContaining("kh.txt.meta.yaml")
        .hasMessageContaining("ngay");
  }

  @Test
  void fails_naming_the_file_when_it_is_not_utf8_or_missing() throws IOException {
    Path latin1 = Files.write(corpus.resolve("cu.txt"), new byte[] {'K', (byte) 0xC9, 'H'});

    assertThatThrownBy(() -> parser.parse(corpus, latin1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cu.txt");
    assertThatThrownBy(() -> parser.parse(corpus, corpus.resolve("missing.txt")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing.txt");
  }

  @Test
  void gives_an_empty_file_no_sections_and_no_passages() throws IOException {
    SourceDocument empty = parser.parse(corpus, write("empty.txt", ""));

    assertThat(empty.text()).isEmpty();
    assertThat(empty.metadata()).isEqualTo(DocumentMetadata.EMPTY);
    assertThat(empty.sections()).isEmpty();
    assertThat(empty.passages()).isEmpty();
  }

  private Path write(String relative, String content) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  /** The SHA-256 of the parts one after the other. */
  private static String sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
