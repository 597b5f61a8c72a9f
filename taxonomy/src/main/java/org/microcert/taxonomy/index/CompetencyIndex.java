package org.microcert.taxonomy.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;

/**
 * An open competency index: a searcher (thread-safe) plus every concept's stored fields loaded once
 * into {@link IndexedConcept} records, by Lucene doc id and by URI.
 */
public final class CompetencyIndex implements Closeable {

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<IndexedConcept> byDoc;
  private final Map<String, IndexedConcept> byUri;

  private CompetencyIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(CompetencySimilarity.create());
    List<IndexedConcept> docs = new ArrayList<>(reader.maxDoc());
    Map<String, IndexedConcept> uris = new HashMap<>();
    var stored = reader.storedFields();
    for (int i = 0; i < reader.maxDoc(); i++) {
      IndexedConcept c = toConcept(i, stored.document(i));
      docs.add(c);
      uris.put(c.uri(), c);
    }
    this.byDoc = Collections.unmodifiableList(docs);
    this.byUri = Collections.unmodifiableMap(uris);
  }

  /**
   * Opens the index in {@code indexDir}.
   *
   * @throws UncheckedIOException if the folder holds no readable index
   */
  public static CompetencyIndex open(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      throw new UncheckedIOException(
          new IOException(
              "Cannot open competency index "
                  + indexDir
                  + ": folder does not exist (run taxonomy import)"));
    }
    try {
      return new CompetencyIndex(new MMapDirectory(indexDir));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot open competency index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** Opens an index held in any Lucene directory (tests use {@code ByteBuffersDirectory}). */
  public static CompetencyIndex open(Directory directory) {
    try {
      return new CompetencyIndex(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open competency index: " + e.getMessage(), e);
    }
  }

  private static IndexedConcept toConcept(int doc, Document d) {
    return new IndexedConcept(
        doc,
        d.get(CompetencyFields.URI),
        d.get(CompetencyFields.TYPE),
        d.get(CompetencyFields.PREFERRED),
        values(d, CompetencyFields.ALT),
        values(d, CompetencyFields.HIDDEN),
        nullToEmpty(d.get(CompetencyFields.DESCRIPTION)),
        nullToEmpty(d.get(CompetencyFields.SKILL_TYPE)),
        nullToEmpty(d.get(CompetencyFields.REUSE_LEVEL)),
        values(d, CompetencyFields.COLLECTION),
        values(d, CompetencyFields.BROADER_URI),
        values(d, CompetencyFields.BROADER_LABEL),
        values(d, CompetencyFields.GROUP_CODE),
        nullToEmpty(d.get(CompetencyFields.ISCO_GROUP)));
  }

  private static List<String> values(Document d, String field) {
    IndexableField[] fs = d.getFields(field);
    List<String> out = new ArrayList<>(fs.length);
    for (IndexableField f : fs) {
      out.add(f.stringValue());
    }
    return List.copyOf(out);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public DirectoryReader reader() {
    return reader;
  }

  /** The concept stored as Lucene document {@code doc}. */
  public IndexedConcept concept(int doc) {
    return byDoc.get(doc);
  }

  /** The concept with this URI, or null. */
  public IndexedConcept concept(String uri) {
    return byUri.get(uri);
  }

  /** Every concept, in doc-id order. */
  public List<IndexedConcept> concepts() {
    return byDoc;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  static Directory fs(Path p) throws IOException {
    return FSDirectory.open(p);
  }
}
