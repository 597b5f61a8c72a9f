package org.microcert.taxonomy.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.microcert.taxonomy.concurrent.ParallelMap;
import org.microcert.taxonomy.io.AtomicFiles;

/**
 * The dense side of the competency index: MiniLM embeddings of concept labels in a Lucene HNSW
 * index (one document per embedded label), plus every vector in memory for exact re-scoring of
 * lexical candidates.
 *
 * <p>Skills embed their preferred label; occupations embed their preferred and alternative labels
 * (titles vary most; the concept's dense score is the maximum over its labels). The index lives in
 * its own folder, by convention {@code <index>/../dense/}, and is rebuilt when the lexical index or
 * the model changes (a fingerprint is kept in the commit data). Building it takes about a minute on
 * 2 cores, so {@code taxonomy import} need not do it: the first matcher that wants it does.
 */
public final class DenseIndex implements Closeable {

  /**
   * Vector field prefix: one HNSW graph per concept type ({@code vec.skill}, {@code
   * vec.occupation}).
   */
  static final String VECTOR = "vec.";

  /** Bump when the index layout changes: the fingerprint then differs and the index is rebuilt. */
  private static final String LAYOUT = "layout-2: one vector field per concept type";

  static final String URI = "uri";
  static final String LABEL = "label";
  private static final String FINGERPRINT = "fingerprint";

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, ConceptLabels> labelsByUri;
  private final String[] uriByDoc;
  private final String[] labelByDoc;

  private DenseIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.uriByDoc = new String[reader.maxDoc()];
    this.labelByDoc = new String[reader.maxDoc()];
    Map<String, List<float[]>> vs = new LinkedHashMap<>();
    Map<String, List<String>> ls = new LinkedHashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      for (FieldInfo fi : leaf.reader().getFieldInfos()) {
        if (!fi.getName().startsWith(VECTOR) || fi.getVectorDimension() == 0) {
          continue;
        }
        FloatVectorValues values = leaf.reader().getFloatVectorValues(fi.getName());
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
          Document doc = stored.document(d);
          int global = leaf.docBase + d;
          uriByDoc[global] = doc.get(URI);
          labelByDoc[global] = doc.get(LABEL);
          vs.computeIfAbsent(doc.get(URI), k -> new ArrayList<>())
              .add(values.vectorValue().clone());
          ls.computeIfAbsent(doc.get(URI), k -> new ArrayList<>()).add(doc.get(LABEL));
        }
      }
    }
    Map<String, ConceptLabels> frozen = new HashMap<>();
    vs.forEach(
        (k, v) ->
            frozen.put(
                k, new ConceptLabels(ls.get(k).toArray(new String[0]), v.toArray(new float[0][]))));
    this.labelsByUri = frozen;
  }

  /** A concept's embedded labels and their vectors, in the same order. */
  private record ConceptLabels(String[] labels, float[][] vectors) {}

  /**
   * Opens the dense index in {@code denseDir}, building it first from {@code index} when it is
   * missing or stale.
   */
  public static DenseIndex openOrBuild(CompetencyIndex index, Path denseDir) {
    return openOrBuild(index, denseDir, message -> {});
  }

  /**
   * As {@link #openOrBuild(CompetencyIndex, Path)}, reporting the build's progress (a line per few
   * thousand labels embedded) to {@code progress}.
   */
  public static DenseIndex openOrBuild(
      CompetencyIndex index, Path denseDir, Consumer<String> progress) {
    String fp = fingerprint(index);
    try {
      if (!fp.equals(storedFingerprint(denseDir))) {
        build(index, denseDir, fp, progress);
      }
      return new DenseIndex(new MMapDirectory(denseDir));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot open dense index " + denseDir + ": " + e.getMessage(), e);
    }
  }

  /** The conventional dense folder for a lexical index folder: {@code <index>/../dense}. */
  public static Path defaultDir(Path indexDir) {
    Path abs = indexDir.toAbsolutePath().normalize();
    return abs.resolveSibling("dense");
  }

  private static String storedFingerprint(Path denseDir) throws IOException {
    if (!Files.isDirectory(denseDir)) {
      return "";
    }
    try (Directory d = FSDirectory.open(denseDir)) {
      if (!DirectoryReader.indexExists(d)) {
        return "";
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return r.getIndexCommit().getUserData().getOrDefault(FINGERPRINT, "");
      }
    }
  }

  /** Which labels of a concept get a vector. */
  static List<String> embeddedLabels(IndexedConcept c) {
    if (c.isSkill()) {
      return List.of(c.preferredLabel());
    }
    List<String> l = new ArrayList<>();
    l.add(c.preferredLabel());
    for (String a : c.altLabels()) {
      if (!a.equalsIgnoreCase(c.preferredLabel())) {
        l.add(a);
      }
    }
    return l;
  }

  static String fingerprint(CompetencyIndex index) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(SentenceEmbedder.MODEL_ID.getBytes(StandardCharsets.UTF_8));
      md.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
      for (IndexedConcept c : index.concepts()) {
        md.update(c.uri().getBytes(StandardCharsets.UTF_8));
        for (String l : embeddedLabels(c)) {
          md.update((byte) 0);
          md.update(l.getBytes(StandardCharsets.UTF_8));
        }
        md.update((byte) 1);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Item(String uri, String type, String label) {}

  private static void build(
      CompetencyIndex index, Path denseDir, String fp, Consumer<String> progress)
      throws IOException {
    List<Item> items = new ArrayList<>();
    for (IndexedConcept c : index.concepts()) {
      for (String l : embeddedLabels(c)) {
        items.add(new Item(c.uri(), c.type(), l));
      }
    }
    progress.accept(
        String.format(
            Locale.ROOT,
            "building the dense index: embedding %,d labels with MiniLM (once per release)",
            items.size()));
    List<float[]> vectors = embedParallel(items.stream().map(Item::label).toList(), progress);
    Path target = denseDir.toAbsolutePath().normalize();
    Path tmp =
        target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    AtomicFiles.deleteRecursively(tmp);
    Files.createDirectories(tmp);
    IndexWriterConfig cfg = new IndexWriterConfig();
    cfg.setRAMBufferSizeMB(1024);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (Directory d = FSDirectory.open(tmp);
        IndexWriter w = new IndexWriter(d, cfg)) {
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        Document doc = new Document();
        doc.add(new StringField(URI, it.uri(), Field.Store.YES));
        doc.add(new StoredField(LABEL, it.label()));
        doc.add(
            new KnnFloatVectorField(
                VECTOR + it.type(), vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
        w.addDocument(doc);
      }
      w.setLiveCommitData(Map.of(FINGERPRINT, fp).entrySet());
      w.commit();
    }
    AtomicFiles.publish(tmp, target);
  }

  private static final int EMBED_CHUNK = 500;

  /** Embeds labels in chunks on all cores, in order; reports every few thousand labels. */
  private static List<float[]> embedParallel(List<String> labels, Consumer<String> progress) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < labels.size(); from += EMBED_CHUNK) {
      chunks.add(labels.subList(from, Math.min(labels.size(), from + EMBED_CHUNK)));
    }
    AtomicInteger done = new AtomicInteger();
    List<List<float[]>> parts =
        ParallelMap.map(
            chunks,
            Runtime.getRuntime().availableProcessors(),
            part -> {
              List<float[]> vs = SentenceEmbedder.get().embedAll(part);
              int d = done.addAndGet(part.size());
              if (d / 5000 != (d - part.size()) / 5000) {
                progress.accept(
                    String.format(Locale.ROOT, "embedded %,d of %,d labels", d, labels.size()));
              }
              return vs;
            },
            "embed labels");
    List<float[]> out = new ArrayList<>(labels.size());
    parts.forEach(out::addAll);
    return out;
  }

  /** A nearest label: concept URI, the label and its cosine similarity to the query. */
  public record Neighbour(String uri, String label, float similarity) {}

  /**
   * The {@code k} nearest labels of concepts of {@code type} (HNSW search in that type's own graph,
   * so no filter slows the search down).
   */
  public List<Neighbour> nearest(float[] query, String type, int k) {
    try {
      TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR + type, query, k), k);
      List<Neighbour> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        // DOT_PRODUCT score is (1 + dot) / 2.
        out.add(new Neighbour(uriByDoc[sd.doc], labelByDoc[sd.doc], 2 * sd.score - 1));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search dense index: " + e.getMessage(), e);
    }
  }

  /** Maximum cosine between {@code query} and the concept's label vectors; 0 if it has none. */
  public float similarity(float[] query, String uri) {
    return similarity(query, uri, null, 0);
  }

  /**
   * The concept's cosine to {@code query} mixing two views of its labels: {@code preferredShare}
   * times the cosine to the label {@code preferredLabel} (when it is embedded) plus the rest times
   * the maximum over all its labels. With a share of 0, or one label, this is {@link
   * #similarity(float[], String)}.
   */
  public float similarity(float[] query, String uri, String preferredLabel, double preferredShare) {
    ConceptLabels c = labelsByUri.get(uri);
    if (c == null) {
      return 0f;
    }
    boolean mix = preferredShare > 0 && c.vectors().length > 1;
    float best = -1f;
    float preferred = Float.NaN;
    for (int i = 0; i < c.vectors().length; i++) {
      float cos = SentenceEmbedder.dot(query, c.vectors()[i]);
      best = Math.max(best, cos);
      if (mix && c.labels()[i].equals(preferredLabel)) {
        preferred = cos;
      }
    }
    if (Float.isNaN(preferred)) {
      return best;
    }
    return (float) (preferredShare * preferred + (1 - preferredShare) * best);
  }

  /** Number of embedded labels. */
  public int size() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
