package org.microcert.taxonomy.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.model.EscoCollection;
import org.microcert.taxonomy.model.IscoGroup;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;

/**
 * Builds the lexical competency index: one document per skill and per occupation (fields in {@link
 * CompetencyFields}). The index is written to a sibling temporary folder, then renamed into place.
 */
public final class CompetencyIndexWriter {

  private CompetencyIndexWriter() {}

  /**
   * Writes the index of {@code taxonomy} to {@code indexDir}, replacing any previous one.
   *
   * @return number of documents written
   */
  public static int write(Taxonomy taxonomy, Path indexDir) {
    Path target = indexDir.toAbsolutePath().normalize();
    Path tmp =
        target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      AtomicFiles.deleteRecursively(tmp);
      Files.createDirectories(tmp);
      int docs;
      try (Directory dir = FSDirectory.open(tmp);
          IndexWriter w = new IndexWriter(dir, config())) {
        docs = addAll(taxonomy, w);
        w.forceMerge(1);
        w.commit();
      }
      AtomicFiles.publish(tmp, target);
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write competency index " + target + ": " + e.getMessage(), e);
    }
  }

  private static IndexWriterConfig config() {
    IndexWriterConfig c = new IndexWriterConfig(new CompetencyAnalyzer());
    c.setSimilarity(CompetencySimilarity.create());
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    c.setRAMBufferSizeMB(64);
    c.setUseCompoundFile(false);
    return c;
  }

  private static int addAll(Taxonomy t, IndexWriter w) throws IOException {
    Map<String, String> groupLabels = new HashMap<>();
    Map<String, String> groupCodes = new HashMap<>();
    for (SkillGroup g : t.skillGroups()) {
      groupLabels.put(g.uri(), g.preferredLabel());
      if (!g.code().isBlank()) {
        groupCodes.put(g.uri(), g.code());
      }
    }
    for (IscoGroup g : t.iscoGroups()) {
      groupLabels.put(g.uri(), g.preferredLabel());
    }
    for (Skill s : t.skills()) {
      groupLabels.putIfAbsent(s.uri(), s.preferredLabel());
    }
    for (Occupation o : t.occupations()) {
      groupLabels.putIfAbsent(o.uri(), o.preferredLabel());
    }
    int n = 0;
    for (Skill s : t.skills()) {
      Document d = new Document();
      d.add(new StringField(CompetencyFields.URI, s.uri(), Field.Store.YES));
      d.add(new StringField(CompetencyFields.TYPE, CompetencyFields.TYPE_SKILL, Field.Store.YES));
      addLabels(d, s.preferredLabel(), s.altLabels(), s.hiddenLabels(), s.description());
      d.add(
          new StringField(CompetencyFields.SKILL_TYPE, s.skillType().escoValue(), Field.Store.YES));
      d.add(
          new StringField(
              CompetencyFields.REUSE_LEVEL, s.reuseLevel().escoValue(), Field.Store.YES));
      for (EscoCollection c : t.collections(s.uri())) {
        d.add(new StringField(CompetencyFields.COLLECTION, c.key(), Field.Store.YES));
      }
      addBroader(d, t.broader(s.uri()), groupLabels);
      for (String code : ancestorCodes(t, s.uri(), groupCodes)) {
        d.add(new StringField(CompetencyFields.GROUP_CODE, code, Field.Store.YES));
      }
      w.addDocument(d);
      n++;
    }
    for (Occupation o : t.occupations()) {
      Document d = new Document();
      d.add(new StringField(CompetencyFields.URI, o.uri(), Field.Store.YES));
      d.add(
          new StringField(
              CompetencyFields.TYPE, CompetencyFields.TYPE_OCCUPATION, Field.Store.YES));
      addLabels(d, o.preferredLabel(), o.altLabels(), o.hiddenLabels(), o.description());
      d.add(new StringField(CompetencyFields.ISCO_GROUP, o.iscoGroup(), Field.Store.YES));
      for (EscoCollection c : t.collections(o.uri())) {
        d.add(new StringField(CompetencyFields.COLLECTION, c.key(), Field.Store.YES));
      }
      addBroader(d, t.broader(o.uri()), groupLabels);
      w.addDocument(d);
      n++;
    }
    return n;
  }

  private static void addLabels(
      Document d, String preferred, List<String> alt, List<String> hidden, String description) {
    d.add(new TextField(CompetencyFields.PREFERRED, preferred, Field.Store.YES));
    for (String a : alt) {
      d.add(new TextField(CompetencyFields.ALT, a, Field.Store.YES));
    }
    for (String h : hidden) {
      d.add(new TextField(CompetencyFields.HIDDEN, h, Field.Store.YES));
    }
    d.add(new TextField(CompetencyFields.DESCRIPTION, description, Field.Store.YES));
  }

  private static void addBroader(Document d, List<String> broader, Map<String, String> labels) {
    for (String b : broader) {
      d.add(new StringField(CompetencyFields.BROADER_URI, b, Field.Store.YES));
      String label = labels.get(b);
      if (label != null) {
        d.add(new TextField(CompetencyFields.BROADER_LABEL, label, Field.Store.YES));
      }
    }
  }

  /** Codes of all skill groups above {@code uri}, sorted (cycles and repeats are ignored). */
  static SortedSet<String> ancestorCodes(Taxonomy t, String uri, Map<String, String> groupCodes) {
    SortedSet<String> codes = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(t.broader(uri));
    while (!todo.isEmpty()) {
      String b = todo.pop();
      if (!seen.add(b)) {
        continue;
      }
      String code = groupCodes.get(b);
      if (code != null) {
        codes.add(code);
      }
      todo.addAll(t.broader(b));
    }
    return codes;
  }
}
