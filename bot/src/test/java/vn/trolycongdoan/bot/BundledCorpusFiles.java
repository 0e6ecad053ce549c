package vn.trolycongdoan.bot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.knowledge.ingest.CorpusFiles;

/** What the bundled corpus holds, for tests that check the index against it. */
public final class BundledCorpusFiles {

  private BundledCorpusFiles() {}

  /**
   * How many documents the bundled corpus has: its files less the sidecars ({@code .meta.yaml},
   * {@code .questions.tsv}), as the indexer lists them.
   */
  public static int documents() throws IOException, URISyntaxException {
    return CorpusFiles.list(Path.of(BundledDefaults.resource("corpus").orElseThrow().toURI()))
        .size();
  }
}
