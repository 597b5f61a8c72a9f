package org.microcert.pipelines.postings;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.extract.GenericLabels;
import org.microcert.taxonomy.extract.LabelEntry;
import org.microcert.taxonomy.extract.SkillExtractor;
import org.microcert.taxonomy.extract.TitleCoder;
import org.microcert.taxonomy.extract.TokenOverlapTitleCoder;
import org.microcert.taxonomy.model.Occupation;

/**
 * What extraction needs from the taxonomy, small and serialisable so Spark can broadcast it: the
 * skill labels, the generic stop-list and the occupation labels. Each JVM that receives it builds
 * its {@link SkillExtractor} and {@link TitleCoder} once, on first use, and shares them between
 * partitions (both are thread-safe).
 */
public final class ExtractionModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ArrayList<LabelEntry> skillLabels;
  private final TreeSet<String> genericTokens;
  /** Per occupation: uri, ISCO group, preferred label, then alternative labels. */
  private final ArrayList<String[]> occupations;

  private transient volatile SkillExtractor extractor;
  private transient volatile TitleCoder titleCoder;

  private ExtractionModel(
      List<LabelEntry> skillLabels, Set<String> genericTokens, List<String[]> occupations) {
    this.skillLabels = new ArrayList<>(skillLabels);
    this.genericTokens = new TreeSet<>(genericTokens);
    this.occupations = new ArrayList<>(occupations);
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
        occ);
  }

  /** The JVM's skill extractor for this model. */
  public SkillExtractor extractor() {
    SkillExtractor e = extractor;
    if (e == null) {
      synchronized (this) {
        if (extractor == null) {
          extractor = SkillExtractor.build(skillLabels, genericTokens);
        }
        e = extractor;
      }
    }
    return e;
  }

  /** The JVM's title coder for this model. */
  public TitleCoder titleCoder() {
    TitleCoder c = titleCoder;
    if (c == null) {
      synchronized (this) {
        if (titleCoder == null) {
          List<Occupation> list = new ArrayList<>();
          for (String[] o : occupations) {
            list.add(
                new Occupation(
                    o[0], "", o[1], o[2], Arrays.asList(o).subList(3, o.length), List.of(), "",
                    "released", ""));
          }
          titleCoder = new TokenOverlapTitleCoder(list);
        }
        c = titleCoder;
      }
    }
    return c;
  }
}
