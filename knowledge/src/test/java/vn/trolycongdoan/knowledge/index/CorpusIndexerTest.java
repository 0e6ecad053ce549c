package vn.trolycongdoan.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.IndexReport.Reason;
import vn.trolycongdoan.knowledge.IndexReport.SkippedFile;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;

class CorpusIndexerTest {

  private static final String PLAN =
      """
      KẾ HOẠCH
      Tổ chức Tháng Công nhân năm 2024
      I. NỘI DUNG
      1. Thăm hỏi đoàn viên có hoàn cảnh khó khăn.
      """;

  @TempDir Path corpus;
  @TempDir Path indexDir;
  private PassageIndex index;
  private CorpusIndexer indexer;

  @BeforeEach
  void open() throws IOException {
    index = openIndex();
    indexer = new CorpusIndexer(index, corpus);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void indexes_new_files_then_only_what_changed_by_content_hash() throws IOException {
    Files.createDirectories(corpus.resolve("plans"));
    Files.writeString(corpus.resolve("plans/a.txt"), PLAN);
    Files.writeString(corpus.resolve("plans/b.txt"), PLAN.replace("2024", "2025"));

    IndexReport first = indexer.refresh(false, IndexProgress.NONE);
    Files.writeString(corpus.resolve("plans/b.txt"), PLAN.replace("2024", "2026"));
    Files.delete(corpus.resolve("plans/a.txt"));
    Files.writeString(corpus.resolve("plans/c.txt"), PLAN);
    IndexReport second = indexer.refresh(false, IndexProgress.NONE);
    IndexReport third = indexer.refresh(false, IndexProgress.NONE);

    assertThat(counts(first)).containsExactly(2, 2, 0, 0, 0);
    assertThat(counts(second)).containsExactly(2, 1, 1, 1, 0);
    assertThat(counts(third)).containsExactly(2, 0, 0, 0, 2);
    assertThat(index.summaries()).extracting(s -> s.id()).containsExactly("plans/b", "plans/c");
    assertThat(third.passages()).isEqualTo(index.passageCount()).isPositive();
  }

  @Test
  void rebuilds_everything_when_the_index_was_built_with_another_schema() throws IOException {
    Files.writeString(corpus.resolve("a.txt"), PLAN);
    indexer.refresh(false, IndexProgress.NONE);
    index.writer().setLiveCommitData(Map.of("schema", "old").entrySet());
    index.writer().commit();
    index.close();
    index = openIndex();
    indexer = new CorpusIndexer(index, corpus);

    IndexReport report = indexer.refresh(false, IndexProgress.NONE);

    assertThat(counts(report)).containsExactly(1, 1, 0, 0, 0);
    assertThat(index.schemaCurrent()).isTrue();
  }

  @Test
  void names_empty_files_and_pdfs_without_text_without_counting_them_added() throws IOException {
    Files.createDirectories(corpus.resolve("plans"));
    Files.writeString(corpus.resolve("plans/a.txt"), PLAN);
    Files.writeString(corpus.resolve("plans/empty.txt"), "");
    Files.writeString(corpus.resolve("plans/blank.md"), "  \n\n ");
    try (PDDocument scan = new PDDocument()) {
      scan.addPage(new PDPage());
      scan.save(corpus.resolve("plans/scan.pdf").toFile());
    }

    IndexReport report = indexer.refresh(false, IndexProgress.NONE);

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.empty())
        .containsExactly(
            new SkippedFile("plans/blank.md", Reason.EMPTY_FILE, ""),
            new SkippedFile("plans/empty.txt", Reason.EMPTY_FILE, ""),
            new SkippedFile("plans/scan.pdf", Reason.NO_TEXT_LAYER, ""));
    assertThat(report.failed()).isEmpty();
    assertThat(index.summaries()).extracting(s -> s.id()).containsExactly("plans/a");
  }

  @Test
  void names_broken_files_and_keeps_their_previous_version() throws IOException {
    Files.writeString(corpus.resolve("kh.txt"), PLAN);
    indexer.refresh(false, IndexProgress.NONE);
    Files.write(corpus.resolve("kh.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    Files.writeString(corpus.resolve("broken.pdf"), "not a pdf");

    IndexReport report = indexer.refresh(false, IndexProgress.NONE);

    assertThat(report.failed())
        .extracting(SkippedFile::path, SkippedFile::reason)
        .containsExactly(tuple("broken.pdf", Reason.BROKEN), tuple("kh.txt", Reason.BROKEN));
    assertThat(report.failed().get(1).detail()).contains("not UTF-8");
    assertThat(report.updated() + report.added()).isZero();
    assertThat(index.summaries()).extracting(s -> s.id()).containsExactly("kh");
  }

  @Test
  void removes_the_previous_version_of_a_file_that_became_empty() throws IOException {
    Files.writeString(corpus.resolve("kh.txt"), PLAN);
    indexer.refresh(false, IndexProgress.NONE);
    Files.writeString(corpus.resolve("kh.txt"), "");

    IndexReport report = indexer.refresh(false, IndexProgress.NONE);

    assertThat(report.empty()).extracting(SkippedFile::path).containsExactly("kh.txt");
    assertThat(index.summaries()).isEmpty();
    assertThat(report.passages()).isZero();
  }

  /** Files seen, added, updated, removed, unchanged. */
  private static List<Integer> counts(IndexReport report) {
    return List.of(
        report.files(), report.added(), report.updated(), report.removed(), report.unchanged());
  }

  private PassageIndex openIndex() throws IOException {
    return PassageIndex.open(indexDir, IndexFields.indexAnalyzer(VietnameseAnalysis.create("")));
  }
}
