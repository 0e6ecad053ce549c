package vn.trolycongdoan.bot.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.config.BundledDefaults;

/**
 * The corpus that ships with the service, copied into a data folder on the first run so that the
 * operator can edit it. Reads from inside the jar ({@code jar:} URI) or from a folder ({@code
 * file:} URI, when run from an IDE).
 */
public final class BundledCorpus {

  private static final Logger log = LoggerFactory.getLogger(BundledCorpus.class);

  private final URI root;

  /**
   * @param root the folder holding the documents, as a {@code jar:} or {@code file:} URI
   */
  public BundledCorpus(URI root) {
    this.root = root;
  }

  /** The corpus packed under {@code defaults/corpus}. */
  public static BundledCorpus packed() {
    try {
      return new BundledCorpus(
          BundledDefaults.resource("corpus")
              .orElseThrow(() -> new IllegalStateException("The jar lacks defaults/corpus"))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Unusable location of the bundled corpus", e);
    }
  }

  /**
   * Copies the corpus into {@code target} unless {@code target} already exists, so files the
   * operator changed are never overwritten. The copy is staged beside {@code target} (in {@code
   * <target>.seeding-*}) and moved into place whole; a failed copy removes its staging folder, and
   * staging folders a killed process left behind are removed first.
   *
   * @return whether it copied
   */
  public boolean seedInto(Path target) throws IOException {
    removeLeftovers(target.toAbsolutePath().normalize());
    if (Files.exists(target)) {
      return false;
    }
    if ("jar".equals(root.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
        copy(jar.provider().getPath(root), target);
      }
    } else {
      copy(Path.of(root), target);
    }
    return true;
  }

  private static void copy(Path source, Path target) throws IOException {
    Path absoluteTarget = target.toAbsolutePath().normalize();
    Files.createDirectories(absoluteTarget.getParent());
    Path staging =
        Files.createTempDirectory(
            absoluteTarget.getParent(), absoluteTarget.getFileName() + ".seeding-");
    List<Path> files;
    try {
      try (Stream<Path> walk = Files.walk(source)) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      for (Path file : files) {
        Path copy = staging.resolve(source.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
      Files.move(staging, absoluteTarget, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(staging);
      throw e;
    }
    log.info("Seeded the bundled corpus into {} ({} files)", absoluteTarget, files.size());
  }

  /** Removes the {@code <target>.seeding-*} folders of copies that never finished. */
  private static void removeLeftovers(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String prefix = target.getFileName() + ".seeding-";
    List<Path> leftovers;
    try (Stream<Path> siblings = Files.list(parent)) {
      leftovers =
          siblings
              .filter(Files::isDirectory)
              .filter(path -> path.getFileName().toString().startsWith(prefix))
              .toList();
    }
    for (Path leftover : leftovers) {
      log.info("Removing {}, left by a seeding that did not finish", leftover);
      delete(leftover);
    }
  }

  private static void delete(Path folder) throws IOException {
    List<Path> deepestFirst;
    try (Stream<Path> walk = Files.walk(folder)) {
      deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : deepestFirst) {
      Files.deleteIfExists(path);
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      delete(folder);
    } catch (IOException e) {
      log.warn("Could not remove the unfinished copy {}: {}", folder, e.toString());
    }
  }
}
