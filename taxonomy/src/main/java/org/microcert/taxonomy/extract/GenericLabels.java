package org.microcert.taxonomy.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;

/**
 * The stop-list of over-generic single-token labels ("experience", "management", "communication"):
 * as a mention on their own they flood the counts and are almost never the skill ESCO means.
 *
 * <p>The rule ({@link #derive}): a single-token label is generic when its analysed token occurs in
 * at least {@code minDocumentShare} of the postings of a reference corpus <em>and</em> at least
 * {@code minLowerCaseShare} of its occurrences are written in lower case (a common English word,
 * not a product name like {@code Python} or an acronym like {@code SQL}). The shipped list ({@code
 * generic-labels.txt}) was derived from the real postings (Indeed excluded) with 3% and 0.75; see
 * the project notes for the command.
 */
public final class GenericLabels {

  private static final String RESOURCE = "generic-labels.txt";
  private static final Analyzer ANALYZER = new CompetencyAnalyzer();

  private GenericLabels() {}

  /** The shipped stop-list (analysed tokens). */
  public static Set<String> defaults() {
    return Set.copyOf(ResourceLines.read(GenericLabels.class, RESOURCE, "generic label list"));
  }

  /**
   * Derives the stop-list from a corpus with the rule in the class documentation.
   *
   * @param unfiltered an extractor built with an empty stop-list
   * @param texts the reference postings (original case)
   * @param minDocumentShare e.g. 0.02
   * @param minLowerCaseShare e.g. 0.9
   * @return the generic tokens, sorted
   */
  public static TreeSet<String> derive(
      SkillExtractor unfiltered,
      Iterable<String> texts,
      double minDocumentShare,
      double minLowerCaseShare) {
    Map<String, int[]> stats = new HashMap<>(); // token -> {documents, occurrences, lower-case}
    int documents = 0;
    for (String text : texts) {
      documents++;
      Set<String> seen = new HashSet<>();
      List<String> surfaces = new ArrayList<>();
      unfiltered.scan(
          text,
          (uri, start, end) -> {
            String surface = text.substring(start, end);
            if (surface.indexOf(' ') < 0 && surface.indexOf('-') < 0) {
              surfaces.add(surface);
            }
          });
      for (String s : surfaces) {
        String token = TextAnalysis.terms(ANALYZER, s).stream().findFirst().orElse(null);
        if (token == null) {
          continue;
        }
        int[] st = stats.computeIfAbsent(token, k -> new int[3]);
        if (seen.add(token)) {
          st[0]++;
        }
        st[1]++;
        if (s.equals(s.toLowerCase(Locale.ROOT))) {
          st[2]++;
        }
      }
    }
    TreeSet<String> out = new TreeSet<>();
    for (Map.Entry<String, int[]> e : stats.entrySet()) {
      int[] st = e.getValue();
      if (st[0] >= minDocumentShare * documents && st[2] >= minLowerCaseShare * st[1]) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
