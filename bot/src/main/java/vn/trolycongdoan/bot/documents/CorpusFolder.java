package vn.trolycongdoan.bot.documents;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.ingest.MemberQuestions;
import vn.trolycongdoan.knowledge.ingest.Sidecar;

/**
 * The corpus folder the service indexes, as the dashboard changes it: uploads are staged in its
 * hidden {@code .uploads} folder (which indexing skips) and moved into {@code plans/} or {@code
 * laws/} whole; a document's file is found from its id and file name and never outside the folder.
 * Not thread-safe; {@link DocumentChanges} uses it from one thread.
 */
final class CorpusFolder {

  /** The folders an upload may go into, the default first. */
  static final List<String> FOLDERS = List.of("plans", "laws");

  private static final String STAGING = ".uploads";

  private final Path root;

  CorpusFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The path an upload named {@code fileName} gets in {@code folder}. */
  Path target(String folder, String fileName) {
    return root.resolve(folder).resolve(fileName);
  }

  /** The id the index gives the file at {@code target}: its path without extension. */
  String documentId(Path target) {
    String relative = relative(target);
    return relative.substring(0, relative.lastIndexOf('.'));
  }

  /** Whether a document file of {@code target}'s name, any extension, is in its folder. */
  boolean taken(Path target) throws IOException {
    String name = target.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.'));
    if (!Files.isDirectory(target.getParent())) {
      return false;
    }
    try (Stream<Path> files = Files.list(target.getParent())) {
      return files
          .map(file -> file.getFileName().toString())
          .anyMatch(
              other ->
                  other.lastIndexOf('.') > 0
                      && other.substring(0, other.lastIndexOf('.')).equalsIgnoreCase(stem)
                      && !other.endsWith(".meta.yaml"));
    }
  }

  /** Writes an upload to a folder of its own under the staging folder; returns its path. */
  Path stage(String fileName, byte[] content) throws IOException {
    Path folder =
        Files.createDirectories(root.resolve(STAGING).resolve(UUID.randomUUID().toString()));
    return Files.write(folder.resolve(fileName), content);
  }

  /**
   * Moves a staged upload to {@code target}, never over a file already there.
   *
   * @throws java.nio.file.FileAlreadyExistsException if {@code target} exists
   */
  void moveIn(Path staged, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, target);
    }
    discard(staged);
  }

  /** Removes a staged upload and its folder. */
  void discard(Path staged) throws IOException {
    Files.deleteIfExists(staged);
    Files.deleteIfExists(staged.getParent());
  }

  /** Removes what a previous run left staged. */
  void clearStaging() throws IOException {
    Path staging = root.resolve(STAGING);
    if (!Files.isDirectory(staging)) {
      return;
    }
    List<Path> deepestFirst;
    try (Stream<Path> walk = Files.walk(staging)) {
      deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : deepestFirst) {
      Files.deleteIfExists(path);
    }
  }

  /** The file of an indexed document, if it is (still) inside the folder. */
  Optional<Path> fileOf(DocumentSummary document) {
    Path file = root.resolve(document.id()).resolveSibling(document.file()).normalize();
    return file.startsWith(root) && Files.isRegularFile(file)
        ? Optional.of(file)
        : Optional.empty();
  }

  /** Removes a document's file, every sidecar it may have and its member questions. */
  void delete(Path file) throws IOException {
    deleteSidecars(file);
    Optional<Path> questions = MemberQuestions.of(file);
    if (questions.isPresent()) {
      Files.delete(questions.get());
    }
    Files.deleteIfExists(file);
  }

  /** Removes every sidecar {@code file} may have. */
  void deleteSidecars(Path file) throws IOException {
    for (Path sidecar : Sidecar.candidates(file)) {
      Files.deleteIfExists(sidecar);
    }
  }

  /** {@code file}'s path relative to the folder, {@code /}-separated, as index reports name it. */
  String relative(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Whether the bundled corpus has a file of this document's path. */
  static boolean bundled(DocumentSummary document) {
    String id = document.id();
    String folder = id.contains("/") ? id.substring(0, id.lastIndexOf('/') + 1) : "";
    return BundledDefaults.resource("corpus/" + folder + document.file()).isPresent();
  }
}
