package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.index.IndexFields;

class ClauseScoresTest {

  private static SegmentedIndex index;

  @BeforeContainer
  static void open() throws IOException {
    index =
        new SegmentedIndex(
            List.of(
                List.of("nghỉ thai sản sáu tháng", "nghỉ hằng năm", "đoàn viên nghỉ ốm nghỉ"),
                List.of("thăm hỏi đoàn viên ốm đau", "sản xuất", "năm năm"),
                List.of("nghỉ ốm", "làm thêm giờ", "năm giờ", "giờ nghỉ giữa ca")));
  }

  @AfterContainer
  static void close() throws IOException {
    index.close();
  }

  @Property
  void gives_the_hits_and_scores_lucene_gives(
      @ForAll("clauses") List<Query> clauses, @ForAll("boosts") List<Float> boosts)
      throws IOException {
    BooleanQuery.Builder disjunction = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    for (int i = 0; i < clauses.size(); i++) {
      disjunction.add(new BoostQuery(clauses.get(i), boosts.get(i)), Occur.SHOULD);
    }
    Query query = disjunction.build();
    ClauseScores scores = new ClauseScores();

    for (int n : new int[] {1, 3, 20}) {
      ScoreDoc[] expected = index.searcher.search(query, n).scoreDocs;
      assertThat(describe(scores.top(index.searcher, query, n)))
          .as("%s, top %d", query, n)
          .isEqualTo(describe(expected));
    }
  }

  @Test
  void the_same_clause_scores_the_same_in_every_question() throws IOException {
    try (SegmentedIndex two =
        new SegmentedIndex(List.of(List.of("nghỉ ốm", "làm thêm giờ"), List.of("ốm giờ giờ")))) {
      ClauseScores scores = new ClauseScores();
      Query one = either(text("nghi"), text("om"));
      Query other = either(text("om"), text("gio"));

      for (Query query : List.of(one, other, one)) {
        assertThat(describe(scores.top(two.searcher, query, 10)))
            .isEqualTo(describe(two.searcher.search(query, 10).scoreDocs));
      }
    }
  }

  @Test
  void leaves_out_deleted_documents() throws IOException {
    VietnameseAnalysis analysis = VietnameseAnalysis.create("");
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(analysis.folded()).setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (String id : List.of("a", "b", "c")) {
          Document doc = new Document();
          doc.add(new StringField("id", id, Field.Store.NO));
          doc.add(new TextField(IndexFields.TEXT_FOLDED, "nghỉ ốm " + id, Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
        writer.deleteDocuments(new Term("id", "b"));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = either(text("om"), text("nghi"));

        ScoreDoc[] top = new ClauseScores().top(searcher, query, 10);

        assertThat(reader.numDeletedDocs()).isEqualTo(1);
        assertThat(Arrays.stream(top).mapToInt(hit -> hit.doc)).containsExactly(0, 2);
        assertThat(describe(top)).isEqualTo(describe(searcher.search(query, 10).scoreDocs));
      }
    } finally {
      analysis.close();
    }
  }

  @Provide
  Arbitrary<List<Query>> clauses() {
    return DocMatchesTest.queries().list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Float>> boosts() {
    return Arbitraries.of(0.3f, 0.5f, 1f, 1.2f, 2f, 5f).list().ofSize(6);
  }

  private static List<String> describe(ScoreDoc[] hits) {
    return Arrays.stream(hits).map(hit -> hit.doc + ":" + hit.score).toList();
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }

  private static Query text(String word) {
    return new TermQuery(new Term(IndexFields.TEXT_FOLDED, word));
  }
}
