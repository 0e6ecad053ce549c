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
            Corpus.SOCIAL_INSURANCE_LAW,
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
