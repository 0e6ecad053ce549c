package vn.trolycongdoan.knowledge.index;

import static vn.trolycongdoan.knowledge.index.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.Passage;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;

/** Turns a parsed source document into the Lucene documents of the index: its passages and its record. */
final class PassageDocuments {

  private PassageDocuments() {}

  static List<Document> of(SourceDocument source) {
    DocumentRecord record = DocumentRecord.of(source);
    List<Document> docs = new ArrayList<>(source.passages().size() + 1);
    docs.add(recordDocument(record, source.text()));
    String docWords = documentWords(source.metadata());
    for (Passage passage : source.passages()) {
      docs.add(passageDocument(passage, source.metadata(), docWords));
    }
    return docs;
  }

  private static Document recordDocument(DocumentRecord record, String text) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, DOCUMENT, Field.Store.NO));
    doc.add(new StringField(DOC_ID, record.docId(), Field.Store.YES));
    doc.add(new StoredField(RECORD, record.toJson()));
    doc.add(new StoredField(BODY, text));
    return doc;
  }

  private static Document passageDocument(Passage passage, DocumentMetadata meta, String docWords) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, PASSAGE, Field.Store.NO));
    doc.add(new StringField(DOC_ID, passage.docId(), Field.Store.YES));
    doc.add(new StoredField(ORDINAL, passage.ordinal()));
    doc.add(new NumericDocValuesField(ORDINAL, passage.ordinal()));
    doc.add(new StoredField(SECTION, passage.section()));
    doc.add(new StoredField(HEADING, passage.heading()));
    doc.add(new TextField(TEXT, passage.text(), Field.Store.YES));
    doc.add(new TextField(TEXT_FOLDED, passage.text(), Field.Store.NO));
    doc.add(new TextField(TEXT_BIGRAMS, passage.text(), Field.Store.NO));
    String head = headWords(passage);
    doc.add(new TextField(CODES, passage.text() + "\n" + head, Field.Store.NO));
    doc.add(new TextField(HEAD, head, Field.Store.NO));
    doc.add(new TextField(HEAD_FOLDED, head, Field.Store.NO));
    doc.add(new TextField(DOC_FOLDED, docWords, Field.Store.NO));
    doc.add(new TextField(DOC_BIGRAMS, docWords, Field.Store.NO));
    if (meta.number() != null) {
      doc.add(new TextField(DOC_CODES, meta.number(), Field.Store.NO));
    }
    for (PassageRole role : PassageRole.of(passage, meta)) {
      doc.add(new StringField(ROLE, role.name(), Field.Store.YES));
    }
    return doc;
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
