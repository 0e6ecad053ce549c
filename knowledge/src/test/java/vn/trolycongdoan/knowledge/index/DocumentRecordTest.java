package vn.trolycongdoan.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.ingest.DocumentParser;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;

class DocumentRecordTest {

  @TempDir Path corpus;

  @Test
  void outlines_whole_articles_though_their_passages_are_khoan() throws IOException {
    SourceDocument law =
        parse(
            "luat.txt",
            """
            LUẬT
            CÔNG ĐOÀN
            Điều 1. Phạm vi điều chỉnh
            Luật này quy định về công đoàn.
            Điều 2. Quyền của người lao động
            Người lao động có các quyền sau đây:
            1. Thành lập, gia nhập công đoàn;
            2. Được tư vấn pháp luật.
            """);

    DocumentOutline outline = DocumentRecord.of(law).outline(law.text());

    assertThat(law.passages()).hasSize(5);
    assertThat(outline.sections())
        .extracting(DocumentOutline.Entry::section, DocumentOutline.Entry::text)
        .containsExactly(
            tuple("", "LUẬT\nCÔNG ĐOÀN"),
            tuple("Điều 1", "Luật này quy định về công đoàn."),
            tuple(
                "Điều 2",
                "Người lao động có các quyền sau đây:\n1. Thành lập, gia nhập công đoàn;\n"
                    + "2. Được tư vấn pháp luật."));
  }

  @Test
  void leaves_the_recipients_and_signature_out_of_the_outline() throws IOException {
    SourceDocument plan =
        parse(
            "kh.txt",
            """
            KẾ HOẠCH
            Tổ chức Tháng Công nhân
            I. NỘI DUNG
            1. Thăm hỏi đoàn viên.
            Nơi nhận:
            - Như trên;
            - Lưu VT.
            TM. BAN THƯỜNG VỤ
            CHỦ TỊCH
            Nguyễn Văn An
            """);

    DocumentRecord record = DocumentRecord.of(plan);

    assertThat(record.sections())
        .extracting(DocumentRecord.OutlineSection::label)
        .containsExactly("", "I", "I › 1");
    assertThat(record.outline(plan.text()).sections())
        .noneSatisfy(entry -> assertThat(entry.text()).contains("Nơi nhận"));
    assertThat(plan.passages().get(plan.passages().size() - 1).text()).endsWith("Nguyễn Văn An");
  }

  @Test
  void survives_its_json_round_trip() throws IOException {
    SourceDocument plan = parse("kh.txt", "KẾ HOẠCH\nThăm hỏi\nI. NỘI DUNG\n1. Thăm hỏi.");
    DocumentRecord record = DocumentRecord.of(plan);

    assertThat(DocumentRecord.fromJson(record.toJson())).isEqualTo(record);
  }

  private SourceDocument parse(String name, String text) throws IOException {
    return new DocumentParser().parse(corpus, Files.writeString(corpus.resolve(name), text));
  }
}
