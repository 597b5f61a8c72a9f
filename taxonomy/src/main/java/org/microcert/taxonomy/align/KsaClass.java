package org.microcert.taxonomy.align;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.match.CompetencyMatch;

/**
 * Knowledge / skill / attitude class of an outcome, from its top ESCO matches.
 *
 * <p>Each of the top {@value #VOTERS} matches votes with its score: {@code attitude} when the skill
 * is transversal and sits under one of ESCO's attitude groups ({@link #ATTITUDE_GROUPS}: taking a
 * proactive approach, maintaining a positive attitude, demonstrating willingness to learn,
 * following an ethical code of conduct — where ESCO 1.1 put the former "attitudes and values"),
 * {@code knowledge} when ESCO's skill type is knowledge, else {@code skill}. Ties go to skill. With
 * no match, the text's leading verb decides (understand, describe, explain, … → knowledge).
 */
public final class KsaClass {

  public static final String KNOWLEDGE = "knowledge";
  public static final String SKILL = "skill";
  public static final String ATTITUDE = "attitude";

  /** ESCO v1.1 transversal skill-group codes whose members are attitudes and values. */
  public static final Set<String> ATTITUDE_GROUPS = Set.of("T3.2", "T3.3", "T3.4", "T4.5");

  static final int VOTERS = 3;

  private static final Set<String> KNOWLEDGE_VERBS =
      Set.of(
          "know",
          "understand",
          "describe",
          "explain",
          "identify",
          "define",
          "recognise",
          "recognize",
          "list",
          "recall",
          "outline",
          "summarise",
          "summarize",
          "discuss");

  private KsaClass() {}

  /** Whether the concept is an attitude by the rule above. */
  public static boolean isAttitude(IndexedConcept c) {
    boolean transversal =
        c.collections().contains("transversal") || "transversal".equals(c.reuseLevel());
    return transversal && c.groupCodes().stream().anyMatch(ATTITUDE_GROUPS::contains);
  }

  /** The class of an outcome text given its matches (best first) and their concepts. */
  public static String classify(
      String text, List<CompetencyMatch> matches, List<IndexedConcept> concepts) {
    double k = 0;
    double s = 0;
    double a = 0;
    for (int i = 0; i < Math.min(VOTERS, matches.size()); i++) {
      double w = matches.get(i).score();
      IndexedConcept c = concepts.get(i);
      if (c != null && isAttitude(c)) {
        a += w;
      } else if ("knowledge".equals(matches.get(i).skillType())) {
        k += w;
      } else {
        s += w;
      }
    }
    if (k + s + a == 0) {
      String first = text.strip().split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT);
      return KNOWLEDGE_VERBS.contains(first) ? KNOWLEDGE : SKILL;
    }
    if (a > s && a > k) {
      return ATTITUDE;
    }
    return k > s ? KNOWLEDGE : SKILL;
  }
}
