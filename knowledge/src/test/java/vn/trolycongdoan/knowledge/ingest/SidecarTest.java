package vn.trolycongdoan.knowledge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

  @TempDir Path dir;

  @Test
  void finds_the_sidecar_named_after_the_file_without_its_extension() throws IOException {
    Path file = Files.writeString(dir.resolve("001_x.txt"), "text");
    Path sidecar = Files.writeString(dir.resolve("001_x.meta.yaml"), "kind: KẾ HOẠCH");

    assertThat(Sidecar.of(file)).contains(sidecar);
  }

  @Test
  void also_accepts_the_sidecar_named_after_the_whole_file_name() throws IOException {
    Path file = Files.writeString(dir.resolve("001_x.txt"), "text");
    Path sidecar = Files.writeString(dir.resolve("001_x.txt.meta.yaml"), "kind: KẾ HOẠCH");

    assertThat(Sidecar.of(file)).contains(sidecar);
  }

  @Test
  void has_no_sidecar_when_none_is_beside_the_file() throws IOException {
    assertThat(Sidecar.of(Files.writeString(dir.resolve("002.txt"), "text"))).isEmpty();
  }

  @Test
  void reads_every_key() throws IOException {
    String yaml =
        """
        kind: KẾ HOẠCH
        number: 38/KH-LĐLĐ
        issuer: Liên đoàn Lao động tỉnh Lai Châu
        place: Lai Châu
        date: 2024-02-23
        title: Thực hiện Chương trình đột phá
        signer: Hoàng Thọ Trung
        """;

    assertThat(parse(yaml))
        .isEqualTo(
            new DocumentMetadata(
                "KẾ HOẠCH",
                "38/KH-LĐLĐ",
                "Liên đoàn Lao động tỉnh Lai Châu",
                "Lai Châu",
                LocalDate.of(2024, 2, 23),
                "Thực hiện Chương trình đột phá",
                "Hoàng Thọ Trung"));
  }

  @Test
  void leaves_unset_and_blank_keys_null() throws IOException {
    assertThat(parse("signer: Hoàng Văn Trinh\ntitle: ''\n"))
        .isEqualTo(new DocumentMetadata(null, null, null, null, null, null, "Hoàng Văn Trinh"));
    assertThat(parse("")).isEqualTo(DocumentMetadata.EMPTY);
  }

  @Test
  void rejects_an_unknown_key_naming_file_key_and_value() {
    assertThatThrownBy(() -> parse("signed_by: Hoàng Văn Trinh"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("001_x.meta.yaml")
        .hasMessageContaining("signed_by")
        .hasMessageContaining("Hoàng Văn Trinh");
  }

  @Test
  void rejects_a_bad_date_naming_file_key_and_value() {
    assertThatThrownBy(() -> parse("date: 23/02/2024"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("001_x.meta.yaml")
        .hasMessageContaining("date")
        .hasMessageContaining("23/02/2024");
  }

  @Test
  void rejects_yaml_that_is_not_a_mapping() {
    assertThatThrownBy(() -> parse("- a\n- b"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mapping");
    assertThatThrownBy(() -> parse("kind: [unclosed"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("001_x.meta.yaml");
  }

  private DocumentMetadata parse(String yaml) throws IOException {
    return Sidecar.parse(dir.resolve("001_x.meta.yaml"), yaml.getBytes(UTF_8));
  }

  @Test
  void writes_a_sidecar_that_reads_back_the_same_and_keeps_markup_literally() throws IOException {
    Path file = Files.writeString(dir.resolve("003_x.txt"), "text");
    DocumentMetadata metadata =
        new DocumentMetadata(
            "KẾ HOẠCH",
            "12/KH-LĐLĐ",
            "<script>alert(1)</script>",
            null,
            LocalDate.of(2026, 3, 8),
            "Tiêu đề: có \"ngoặc\" và # dấu thăng",
            null);

    Path written = Sidecar.write(file, metadata).orElseThrow();

    assertThat(written).isEqualTo(dir.resolve("003_x.meta.yaml"));
    assertThat(Sidecar.parse(written, Files.readAllBytes(written))).isEqualTo(metadata);
    assertThat(Files.readString(written)).startsWith("# Metadata of 003_x.txt");
  }

  @Test
  void rewrites_the_sidecar_the_file_already_has_and_removes_it_when_nothing_is_set()
      throws IOException {
    Path file = Files.writeString(dir.resolve("004_x.txt"), "text");
    Path old = Files.writeString(dir.resolve("004_x.txt.meta.yaml"), "kind: KẾ HOẠCH");

    assertThat(
            Sidecar.write(
                file,
                DocumentMetadata.EMPTY.overriddenBy(
                    new DocumentMetadata("QUYẾT ĐỊNH", null, null, null, null, null, null))))
        .contains(old);
    assertThat(Files.readString(old)).contains("QUYẾT ĐỊNH");

    assertThat(Sidecar.write(file, DocumentMetadata.EMPTY)).isEmpty();
    assertThat(Sidecar.of(file)).isEmpty();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("004_x.txt");
    }
  }
}
