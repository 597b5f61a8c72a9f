package org.microcert.pipelines.postings;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.extract.GenericLabels;
import org.microcert.taxonomy.extract.LabelEntry;
import org.microcert.taxonomy.extract.LabelFilter;
import org.microcert.taxonomy.extract.SkillExtractor;
import org.microcert.taxonomy.extract.TitleCoder;
import org.microcert.taxonomy.extract.TokenOverlapTitleCoder;
import org.microcert.taxonomy.match.MatcherTitleCoder;
import org.microcert.taxonomy.match.SentenceSkillCache;
import org.microcert.taxonomy.match.SentenceSkills;
import org.microcert.taxonomy.model.Occupation;

/**
 * What extraction needs from the taxonomy, small and serialisable so Spark can broadcast it: the
 * skill labels, the generic stop-list and the occupation labels (and, optionally, where the
 * competency index lies for the title coder and the sentence skills). Each JVM that receives it
 * builds its {@link SkillExtractor} and {@link TitleCoder} once, on first use, and shares them
 * between partitions (both are thread-safe).
 */
public final class ExtractionModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ArrayList<LabelEntry> skillLabels;
  private final TreeSet<String> genericTokens;

  /** Per occupation: uri, ISCO group, preferred label, then alternative labels. */
  private final ArrayList<String[]> occupations;

  /** The competency index the title coder matches against, or null for token overlap. */
  private final String titleIndexDir;

  /** Whether title coding uses the matcher's dense side. */
  private final boolean titleDense;

  /** The query vector cache of the dense side, or null. */
  private final String titleVectorFile;

  /** The competency index sentence skills are matched against, or null for the trie alone. */
  private final String skillIndexDir;

  /** Whether sentence skills also use the fused rule (lexical and dense sides). */
  private final boolean skillDense;

  /** The fused rule's result cache, or null. */
  private final String skillCacheFile;

  private transient volatile SkillExtractor extractor;
  private transient volatile TitleCoder titleCoder;

  private ExtractionModel(
      List<LabelEntry> skillLabels,
      Set<String> genericTokens,
      List<String[]> occupations,
      String titleIndexDir,
      boolean titleDense,
      String titleVectorFile,
      String skillIndexDir,
      boolean skillDense,
      String skillCacheFile) {
    this.skillLabels = new ArrayList<>(skillLabels);
    this.genericTokens = new TreeSet<>(genericTokens);
    this.occupations = new ArrayList<>(occupations);
    this.titleIndexDir = titleIndexDir;
    this.titleDense = titleDense;
    this.titleVectorFile = titleVectorFile;
    this.skillIndexDir = skillIndexDir;
    this.skillDense = skillDense;
    this.skillCacheFile = skillCacheFile;
  }

  /**
   * The same model coding titles with the competency matcher's occupation side ({@link
   * MatcherTitleCoder}) over the index in {@code indexDir}: lexical, plus the dense side when
   * {@code dense} (each distinct title embedded once, its vector kept in {@code vectorFile} when
   * not null). The index must be readable where the partitions run (Spark's local mode).
   */
  public ExtractionModel withTitleMatcher(Path indexDir, boolean dense, Path vectorFile) {
    return new ExtractionModel(
        skillLabels,
        genericTokens,
        occupations,
        indexDir.toAbsolutePath().normalize().toString(),
        dense,
        vectorFile == null ? null : vectorFile.toAbsolutePath().normalize().toString(),
        skillIndexDir,
        skillDense,
        skillCacheFile);
  }

  /**
   * The same model also reporting the skills the competency matcher (lexical side, over the index
   * in {@code indexDir}) confidently finds in a sentence ({@link SentenceSkills}), beside the
   * trie's. The index must be readable where the partitions run (Spark's local mode).
   */
  public ExtractionModel withSkillMatcher(Path indexDir) {
    return withSkillMatcher(indexDir, false);
  }

  /**
   * As {@link #withSkillMatcher(Path)}, with the fused rule over the index's dense side too when
   * {@code dense} (each distinct sentence embedded once per JVM).
   */
  public ExtractionModel withSkillMatcher(Path indexDir, boolean dense) {
    return withSkillMatcher(indexDir, dense, null);
  }

  /**
   * As {@link #withSkillMatcher(Path, boolean)}, keeping the fused rule's results in {@code
   * cacheFile} between runs when not null ({@link SentenceSkillCache}; saved by {@link
   * #saveSentenceSkills()}).
   */
  public ExtractionModel withSkillMatcher(Path indexDir, boolean dense, Path cacheFile) {
    return new ExtractionModel(
        skillLabels,
        genericTokens,
        occupations,
        titleIndexDir,
        titleDense,
        titleVectorFile,
        indexDir.toAbsolutePath().normalize().toString(),
        dense,
        cacheFile == null ? null : cacheFile.toAbsolutePath().normalize().toString());
  }

  /** The JVM's sentence skills of this model, or null when only the trie extracts. */
  public SentenceSkills sentenceSkills() {
    return skillIndexDir == null
        ? null
        : SkillMatchers.get(Path.of(skillIndexDir), skillDense, cacheFile());
  }

  /**
   * Saves the fused rule's results the JVM computed since the last save into their cache, and says
   * what the cache did since then; empty without a cache or when this JVM ranked no sentence.
   */
  public Optional<SentenceSkillCache.Saved> saveSentenceSkills() {
    return skillIndexDir == null || skillCacheFile == null
        ? Optional.empty()
        : Optional.ofNullable(SkillMatchers.save(Path.of(skillIndexDir), skillDense, cacheFile()));
  }

  private Path cacheFile() {
    return skillCacheFile == null ? null : Path.of(skillCacheFile);
  }

  /** Whether titles are coded by the competency matcher (else by token overlap). */
  public boolean codesTitlesWithMatcher() {
    return titleIndexDir != null;
  }

  /** Saves the title vectors the JVM computed into the vector cache (no-op without one). */
  public void saveTitleVectors() {
    if (titleIndexDir != null && titleDense && titleVectorFile != null) {
      TitleCoders.save(Path.of(titleIndexDir), true, Path.of(titleVectorFile));
    }
  }

  /** The model of a taxonomy, with the shipped generic stop-list. */
  public static ExtractionModel fromTaxonomy(Taxonomy taxonomy) {
    List<String[]> occ = new ArrayList<>();
    for (Occupation o : taxonomy.occupations()) {
      List<String> row = new ArrayList<>(List.of(o.uri(), o.iscoGroup(), o.preferredLabel()));
      row.addAll(o.altLabels());
      occ.add(row.toArray(String[]::new));
    }
    return new ExtractionModel(
        SkillExtractor.labelsOf(taxonomy.skills()),
        GenericLabels.defaults(),
        occ,
        null,
        false,
        null,
        null,
        false,
        null);
  }

  /** The JVM's skill extractor for this model (primary labels only: {@link LabelFilter}). */
  public SkillExtractor extractor() {
    SkillExtractor e = extractor;
    if (e == null) {
      synchronized (this) {
        if (extractor == null) {
          extractor = SkillExtractor.build(skillLabels, genericTokens, LabelFilter.PRIMARY);
        }
        e = extractor;
      }
    }
    return e;
  }

  /** The JVM's title coder for this model. */
  public TitleCoder titleCoder() {
    if (titleIndexDir != null) {
      return TitleCoders.get(
          Path.of(titleIndexDir),
          titleDense,
          titleVectorFile == null ? null : Path.of(titleVectorFile));
    }
    TitleCoder c = titleCoder;
    if (c == null) {
      synchronized (this) {
        if (titleCoder == null) {
          List<Occupation> list = new ArrayList<>();
          for (String[] o : occupations) {
            list.add(
                new Occupation(
                    o[0],
                    "",
                    o[1],
                    o[2],
                    Arrays.asList(o).subList(3, o.length),
                    List.of(),
                    "",
                    "released",
                    ""));
          }
          titleCoder = new TokenOverlapTitleCoder(list);
        }
        c = titleCoder;
      }
    }
    return c;
  }
}
