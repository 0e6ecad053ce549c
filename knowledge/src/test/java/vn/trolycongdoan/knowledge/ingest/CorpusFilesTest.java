package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

  @TempDir Path root;

  @Test
  void lists_the_bundled_corpus_in_path_order() throws IOException {
    assertThat(CorpusFiles.list(Corpus.root()))
        .extracting(path -> Corpus.root().relativize(path).toString())
        .containsExactly(
            Corpus.LABOUR_CODE,
            "laws/luat-an-toan-ve-sinh-lao-dong-2015.txt",
            Corpus.SOCIAL_INSURANCE_LAW,
            "laws/luat-bao-hiem-y-te-vbhn-2026.txt",
            "laws/luat-cong-doan-2024.txt",
            "laws/luat-thuc-hien-dan-chu-o-co-so-2022.txt",
            "laws/luat-viec-lam-2025.txt",
            "laws/nghi-dinh-105-2026-nd-cp.txt",
            "laws/nghi-dinh-145-2020-nd-cp.txt",
            "laws/nghi-dinh-293-2025-nd-cp.txt",
            Corpus.PLAN_000,
            Corpus.PLAN_001,
            Corpus.PLAN_002,
            Corpus.PLAN_003,
            Corpus.PLAN_004);
  }

  @Test
  void lists_supported_files_of_any_case_recursively() throws IOException {
    touch("b/plan.DOCX");
    touch("a/law.txt");
    touch("a/deep/er/notes.md");
    touch("scan.Pdf");

    assertThat(CorpusFiles.list(root))
        .extracting(path -> root.relativize(path).toString())
        .containsExactly("a/deep/er/notes.md", "a/law.txt", "b/plan.DOCX", "scan.Pdf");
  }

  @Test
  void skips_hidden_files_sidecars_and_other_types() throws IOException {
    touch("plan.txt");
    touch("plan.meta.yaml");
    touch("plan.txt.meta.yaml");
    touch(".draft.txt");
    touch(".git/notes.md");
    touch("image.png");
    touch("old.doc");

    assertThat(CorpusFiles.list(root))
        .extracting(path -> root.relativize(path).toString())
        .containsExactly("plan.txt");
  }

  @Test
  void rejects_a_root_that_is_not_a_folder() throws IOException {
    Path file = touch("plan.txt");

    assertThatThrownBy(() -> CorpusFiles.list(file)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> CorpusFiles.list(root.resolve("missing")))
        .isInstanceOf(IOException.class);
  }

  private Path touch(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "x");
  }
}
