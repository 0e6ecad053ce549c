package vn.trolycongdoan.bot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.trolycongdoan.bot.config.BundledDefaults;

/** What the bundled corpus holds, for tests that check the index against it. */
public final class BundledCorpusFiles {

  private BundledCorpusFiles() {}

  /** How many documents the bundled corpus has: its files less {@code .meta.yaml} sidecars. */
  public static int documents() throws IOException, URISyntaxException {
    Path root = Path.of(BundledDefaults.resource("corpus").orElseThrow().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return (int)
          files
              .filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().endsWith(".meta.yaml"))
              .count();
    }
  }
}
