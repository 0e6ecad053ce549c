package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.index.IndexFields;

/**
 * Texts in the folded text field of an in-memory index, one segment per group, never merged: the
 * doc id of a text is its position in the flattened groups.
 */
final class SegmentedIndex implements AutoCloseable {

  private final VietnameseAnalysis analysis = VietnameseAnalysis.create("");
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  final IndexSearcher searcher;

  SegmentedIndex(List<List<String>> segments) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.folded()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (List<String> segment : segments) {
        for (String text : segment) {
          Document doc = new Document();
          doc.add(new TextField(IndexFields.TEXT_FOLDED, text, Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analysis.close();
  }
}
