package vn.trolycongdoan.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.ingest.DocumentParser;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;

class PassageDocumentsTest {

  private static final Analyzer ANALYZER = IndexFields.indexAnalyzer(VietnameseAnalysis.create(""));

  @TempDir Path corpus;
  @TempDir Path indexDir;

  @Test
  void stores_clause_and_article_of_each_law_passage() throws IOException {
    List<Document> docs =
        PassageDocuments.of(
            parse(
                "luat.txt",
                "LUẬT\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nLuật này quy định.\n"
                    + "Điều 2a. Quyền\nNgười lao động có quyền:\n1. Gia nhập công đoàn.\n"
                    + "2b. Được tư vấn."),
            ANALYZER);

    List<Document> passages = docs.subList(1, docs.size());
    assertThat(passages)
        .extracting(d -> d.get(IndexFields.ARTICLE) + "/" + d.get(IndexFields.CLAUSE))
        .containsExactly("/", "1/", "2a/", "2a/1", "2a/2b");
    assertThat(docs.get(0).get(IndexFields.RECORD)).contains("\"docId\":\"luat\"");
  }

  @Test
  void takes_the_article_from_the_last_dieu_of_a_section_label() {
    assertThat(PassageDocuments.articleOf("Chương X › Mục 4 › Điều 139")).isEqualTo("139");
    assertThat(PassageDocuments.articleOf("Điều 7a")).isEqualTo("7a");
    assertThat(PassageDocuments.articleOf("Phụ lục")).isEmpty();
    assertThat(PassageDocuments.articleOf("II › 2 › 2.4")).isEmpty();
    assertThat(PassageDocuments.articleOf("")).isEmpty();
  }

  @Test
  void gives_the_signature_role_to_the_closing_passage_without_a_section() throws IOException {
    List<Document> docs =
        PassageDocuments.of(
            parse(
                "kh.txt",
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU\nSố: 12/KH-LĐLĐ\n"
                    + "Lai Châu, ngày 01 tháng 3 năm 2024\nKẾ HOẠCH\nTháng Công nhân\n"
                    + "I. NỘI DUNG\n1. Thăm hỏi.\nNơi nhận:\n- Lưu VT.\nTM. BAN THƯỜNG VỤ\n"
                    + "CHỦ TỊCH\nNguyễn Văn An"),
            ANALYZER);

    Document closing = docs.get(docs.size() - 1);
    assertThat(closing.getValues(IndexFields.ROLE)).contains(PassageRole.SIGNATURE.name());
    assertThat(closing.get(IndexFields.SECTION)).isEmpty();
    assertThat(closing.get(IndexFields.HEADING)).isEmpty();
    assertThat(closing.get(IndexFields.CLAUSE)).isEmpty();
  }

  @Test
  void finds_dieu_139_khoan_1_of_the_labour_code_by_term_queries() throws Exception {
    Path law = Files.createDirectories(corpus.resolve("laws")).resolve("bllđ.txt");
    Files.copy(bundled("laws/bo-luat-lao-dong-2019.txt"), law);
    try (PassageIndex index = PassageIndex.open(indexDir, ANALYZER)) {
      new CorpusIndexer(index, corpus).refresh(false, IndexProgress.NONE);
      IndexSearcher searcher = index.acquire();
      try {
        BooleanQuery query =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.DOC_ID, "laws/bllđ")), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.ARTICLE, "139")), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.CLAUSE, "1")), Occur.FILTER)
                .build();
        ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;

        assertThat(hits).hasSize(1);
        Document hit = searcher.storedFields().document(hits[0].doc);
        assertThat(hit.get(IndexFields.SECTION)).endsWith("Điều 139");
        assertThat(hit.get(IndexFields.TEXT)).startsWith("1. Lao động nữ").contains("06 tháng");
      } finally {
        index.release(searcher);
      }
    }
  }

  private SourceDocument parse(String name, String text) throws IOException {
    return new DocumentParser().parse(corpus, Files.writeString(corpus.resolve(name), text));
  }

  private static Path bundled(String file) throws URISyntaxException {
    return Path.of(PassageDocumentsTest.class.getResource("/corpus/" + file).toURI());
  }
}
