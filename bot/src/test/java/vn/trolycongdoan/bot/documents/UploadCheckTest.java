package vn.trolycongdoan.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadCheckTest {

  @Test
  void keeps_only_the_last_part_of_the_path_folded_to_safe_letters() {
    assertThat(UploadCheck.fileName("C:\\Users\\Lan\\Kế hoạch số 12 (bản cuối).DOCX"))
        .isEqualTo("ke-hoach-so-12-ban-cuoi.docx");
    assertThat(UploadCheck.fileName("../../etc/Đại hội Công đoàn.pdf"))
        .isEqualTo("dai-hoi-cong-doan.pdf");
    assertThat(UploadCheck.fileName(".hidden.md")).isEqualTo("hidden.md");
    assertThat(UploadCheck.fileName("a".repeat(200) + ".txt")).hasSize(UploadCheck.MAX_STEM + 4);
  }

  @Test
  void refuses_types_the_corpus_cannot_hold_and_names_without_letters() {
    for (String name : new String[] {"bang.xlsx", "khong-duoi", "x.meta.yaml", null, "anh.PNG"}) {
      assertThatThrownBy(() -> UploadCheck.fileName(name))
          .as(name)
          .isInstanceOf(DocumentException.class)
          .extracting(e -> ((DocumentException) e).reason())
          .isEqualTo(DocumentException.Reason.UNSUPPORTED_TYPE);
    }
    assertThatThrownBy(() -> UploadCheck.fileName("《》.txt"))
        .hasMessageContaining("không có chữ hay số");
  }

  @Test
  void checks_the_content_is_of_the_type_its_name_says() {
    UploadCheck.content("a.docx", new byte[] {'P', 'K', 3, 4, 0});
    UploadCheck.content("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    UploadCheck.content("a.txt", "Tiếng Việt".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> UploadCheck.content("a.docx", "%PDF-1.7".getBytes()))
        .hasMessageContaining("không phải tệp .docx");
    assertThatThrownBy(() -> UploadCheck.content("a.txt", new byte[] {(byte) 0xC3, 0x28}))
        .hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> UploadCheck.content("a.md", new byte[] {'a', 0, 'b'}))
        .hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> UploadCheck.content("a.txt", new byte[0]))
        .hasMessageContaining("trống");
  }
}
