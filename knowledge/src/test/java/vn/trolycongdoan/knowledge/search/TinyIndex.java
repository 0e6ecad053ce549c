package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.index.CorpusIndexer;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;

/** A few documents written to a temp corpus and indexed as the knowledge base indexes them. */
final class TinyIndex implements AutoCloseable {

  final VietnameseAnalysis analysis;
  final PassageIndex index;

  private TinyIndex(VietnameseAnalysis analysis, PassageIndex index) {
    this.analysis = analysis;
    this.index = index;
  }

  /** Indexes {@code files} (path in the corpus → text) under {@code dir}, without synonyms. */
  static TinyIndex of(Path dir, Map<String, String> files) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = corpus.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    VietnameseAnalysis analysis = VietnameseAnalysis.create("");
    PassageIndex index =
        PassageIndex.open(dir.resolve("index"), IndexFields.indexAnalyzer(analysis));
    new CorpusIndexer(index, corpus).refresh(false, IndexProgress.NONE);
    return new TinyIndex(analysis, index);
  }

  <T> T withSearcher(Function<IndexSearcher, T> use) {
    try {
      IndexSearcher searcher = index.acquire();
      try {
        return use.apply(searcher);
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
    analysis.close();
  }
}
