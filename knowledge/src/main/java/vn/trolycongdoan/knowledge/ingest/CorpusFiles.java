package vn.trolycongdoan.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the documents of a corpus folder. */
public final class CorpusFiles {

  private static final Set<String> EXTENSIONS = Set.of("txt", "md", "docx", "pdf");

  private CorpusFiles() {}

  /**
   * The supported files ({@code .txt}, {@code .md}, {@code .docx}, {@code .pdf}, any case) under
   * {@code root}, recursively, sorted by their path relative to {@code root}. Skips hidden files
   * and folders (name starting with a dot); {@code *.meta.yaml} sidecars are not documents.
   *
   * @throws IOException if {@code root} is not a readable folder
   */
  public static List<Path> list(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(root.toString());
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> isVisible(root.relativize(path)) && isSupported(path))
          .sorted(Comparator.comparing(path -> root.relativize(path).toString()))
          .toList();
    }
  }

  private static boolean isVisible(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSupported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }
}
