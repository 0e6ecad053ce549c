package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Every analyzer keeps the token stream contract on hostile and on real text, from any thread. */
class AnalyzerFuzzTest {
  private static final String[] CORPUS = {
    "/corpus/plans/000_6aebd239dd393bed.txt", "/corpus/plans/001_241fc221d9dce001.txt",
    "/corpus/plans/002_65b92219c50e8836.txt", "/corpus/plans/003_87603f58eecd4578.txt",
    "/corpus/plans/004_ba02c80196998ee5.txt", "/corpus/laws/bo-luat-lao-dong-2019.txt",
    "/corpus/laws/luat-bao-hiem-xa-hoi-2024.txt"
  };
  private static final VietnameseAnalysis ANALYSIS =
      VietnameseAnalysis.create(
          "NLĐ, NLD, người lao động\nTLĐ, Tổng Liên đoàn, Tổng LĐ\nCĐ, công đoàn");
  private static final Map<String, Analyzer> ANALYZERS =
      Map.of(
          "folded", ANALYSIS.folded(),
          "foldedQuery", ANALYSIS.foldedQuery(),
          "bigrams", ANALYSIS.bigrams(),
          "codes", ANALYSIS.codes());

  @AfterContainer
  static void close() {
    ANALYSIS.close();
  }

  @Property(tries = 500)
  void random_text_keeps_the_token_stream_contract(@ForAll("texts") String text) {
    ANALYZERS.values().forEach(analyzer -> TokenStreams.analyze(analyzer, text));
  }

  @Test
  void characters_that_fold_to_nothing_give_no_empty_tokens() {
    for (String text : List.of("\u115F", "a \u115F b", "\u3164 Đoàn \u200B phí", "\u00AD\u034F")) {
      ANALYZERS.forEach(
          (name, analyzer) ->
              assertThat(TokenStreams.analyze(analyzer, text))
                  .as(name + " on " + text.codePoints().mapToObj(Integer::toHexString).toList())
                  .noneMatch(token -> token.term().isEmpty()));
    }
  }

  @Test
  void every_corpus_document_keeps_the_token_stream_contract() {
    for (String path : CORPUS) {
      String document = read(path);
      ANALYZERS.values().forEach(analyzer -> TokenStreams.analyze(analyzer, document));
    }
  }

  @Test
  void threads_sharing_the_analyzers_get_the_same_tokens() throws Exception {
    List<String> lines = read(CORPUS[3]).lines().filter(line -> !line.isBlank()).toList();
    List<List<TokenStreams.Token>> expected = new ArrayList<>();
    for (String line : lines) {
      for (Analyzer analyzer : ANALYZERS.values()) {
        expected.add(TokenStreams.analyze(analyzer, line));
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<TokenStreams.Token>>>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(
            threads.submit(
                () -> {
                  List<List<TokenStreams.Token>> actual = new ArrayList<>();
                  for (String line : lines) {
                    for (Analyzer analyzer : ANALYZERS.values()) {
                      actual.add(TokenStreams.analyze(analyzer, line));
                    }
                  }
                  return actual;
                }));
      }
      for (Future<List<List<TokenStreams.Token>>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdown();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return RandomText.texts();
  }

  private static String read(String path) {
    try (InputStream in = AnalyzerFuzzTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
