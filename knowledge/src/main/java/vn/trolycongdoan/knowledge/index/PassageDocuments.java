package vn.trolycongdoan.knowledge.index;

import static vn.trolycongdoan.knowledge.index.IndexFields.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.MemberQuestions;
import vn.trolycongdoan.knowledge.ingest.Passage;
import vn.trolycongdoan.knowledge.ingest.Section;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;

/**
 * Turns a parsed source document into the Lucene documents of the index: its passages, its record
 * and its member questions.
 */
final class PassageDocuments {

  private static final Pattern ARTICLE_LABEL = Pattern.compile("(?:^|› )Điều (\\d+[a-z]?)(?= ›|$)");

  private PassageDocuments() {}

  /** The Lucene documents of {@code source}; {@code analyzer} is the index's, per field. */
  static List<Document> of(SourceDocument source, Analyzer analyzer) {
    DocumentRecord record = DocumentRecord.of(source);
    List<Document> docs = new ArrayList<>(source.passages().size() + 1);
    docs.add(recordDocument(record, source.text()));
    DocumentWords words = new DocumentWords(analyzer, source.metadata());
    Map<Section, ArticleWords> articles = new HashMap<>();
    for (Passage passage : source.passages()) {
      Document doc = passageDocument(passage, source.metadata(), words);
      if (!articleOf(passage.section()).isEmpty()) {
        sectionOf(source, passage)
            .map(
                s -> articles.computeIfAbsent(s, a -> new ArticleWords(analyzer, source.text(), a)))
            .ifPresent(article -> article.addTo(doc));
      }
      docs.add(doc);
    }
    for (MemberQuestions.Question question : source.questions()) {
      docs.add(questionDocument(source.docId(), question));
    }
    return docs;
  }

  private static Document questionDocument(String docId, MemberQuestions.Question question) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, QUESTION, Field.Store.NO));
    doc.add(new StringField(DOC_ID, docId, Field.Store.YES));
    doc.add(new StringField(ARTICLE, question.article(), Field.Store.YES));
    doc.add(new StringField(CLAUSE, question.clause(), Field.Store.YES));
    doc.add(new TextField(QUESTION_FOLDED, question.text(), Field.Store.NO));
    doc.add(new TextField(QUESTION_BIGRAMS, question.text(), Field.Store.NO));
    return doc;
  }

  /** The section whose span holds the passage. */
  private static Optional<Section> sectionOf(SourceDocument source, Passage passage) {
    return source.sections().stream()
        .filter(s -> s.start() <= passage.start() && passage.end() <= s.end())
        .findFirst();
  }

  /** A law article's whole text, heading line included, analysed once for all its khoản. */
  private static final class ArticleWords {
    final ReplayedTokens folded;
    final ReplayedTokens bigrams;

    ArticleWords(Analyzer analyzer, String text, Section article) {
      String words = text.substring(article.start(), article.end());
      folded = new ReplayedTokens(analyzer, ARTICLE_FOLDED, words);
      bigrams = new ReplayedTokens(analyzer, ARTICLE_BIGRAMS, words);
    }

    void addTo(Document doc) {
      doc.add(new TextField(ARTICLE_FOLDED, folded.stream()));
      doc.add(new TextField(ARTICLE_BIGRAMS, bigrams.stream()));
    }
  }

  /** The document's own words, analysed once for all its passages. */
  private static final class DocumentWords {
    final ReplayedTokens folded;
    final ReplayedTokens bigrams;
    final ReplayedTokens codes;

    DocumentWords(Analyzer analyzer, DocumentMetadata meta) {
      String words = documentWords(meta);
      folded = new ReplayedTokens(analyzer, DOC_FOLDED, words);
      bigrams = new ReplayedTokens(analyzer, DOC_BIGRAMS, words);
      codes = new ReplayedTokens(analyzer, DOC_CODES, meta.number() == null ? "" : meta.number());
    }
  }

  private static Document recordDocument(DocumentRecord record, String text) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, DOCUMENT, Field.Store.NO));
    doc.add(new StringField(DOC_ID, record.docId(), Field.Store.YES));
    doc.add(new StoredField(RECORD, record.toJson()));
    doc.add(new StoredField(BODY, text));
    return doc;
  }

  private static Document passageDocument(
      Passage passage, DocumentMetadata meta, DocumentWords words) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, PASSAGE, Field.Store.NO));
    doc.add(new StringField(DOC_ID, passage.docId(), Field.Store.YES));
    doc.add(new StoredField(ORDINAL, passage.ordinal()));
    doc.add(new StringField(SECTION, passage.section(), Field.Store.YES));
    doc.add(new StoredField(HEADING, passage.heading()));
    doc.add(new StringField(CLAUSE, passage.clause(), Field.Store.YES));
    doc.add(new StringField(ARTICLE, articleOf(passage.section()), Field.Store.YES));
    doc.add(new StoredField(TEXT, passage.text()));
    doc.add(new TextField(TEXT_FOLDED, passage.text(), Field.Store.NO));
    doc.add(new TextField(TEXT_BIGRAMS, passage.text(), Field.Store.NO));
    String head = headWords(passage);
    doc.add(new TextField(CODES, passage.text() + "\n" + head, Field.Store.NO));
    doc.add(new TextField(HEAD_FOLDED, head, Field.Store.NO));
    doc.add(new TextField(DOC_FOLDED, words.folded.stream()));
    doc.add(new TextField(DOC_BIGRAMS, words.bigrams.stream()));
    doc.add(new TextField(DOC_CODES, words.codes.stream()));
    for (PassageRole role : PassageRole.of(passage, meta)) {
      doc.add(new StringField(ROLE, role.name(), Field.Store.YES));
    }
    return doc;
  }

  /** The number of the last {@code Điều N} of a section label, or empty. */
  static String articleOf(String section) {
    Matcher article = ARTICLE_LABEL.matcher(section);
    String number = "";
    while (article.find()) {
      number = article.group(1);
    }
    return number;
  }

  private static String headWords(Passage passage) {
    return Stream.concat(Stream.of(passage.heading()), passage.headingTitles().stream())
        .filter(s -> !s.isBlank())
        .distinct()
        .collect(Collectors.joining(" \n "));
  }

  private static String documentWords(DocumentMetadata meta) {
    return Stream.of(meta.kind(), meta.number(), meta.title(), meta.issuer(), meta.place())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" \n "));
  }
}
