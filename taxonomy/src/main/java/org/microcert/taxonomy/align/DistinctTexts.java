package org.microcert.taxonomy.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct (language, text) pairs of a list of outcomes, in order of first appearance, and the
 * pair of each outcome. The same outcome reused across credentials is common (211 of the 1,072
 * Glasgow and Deakin outcomes repeat an earlier one): it is matched once.
 *
 * @param texts distinct pairs
 * @param slotOf for each outcome, the index of its pair in {@code texts}
 */
public record DistinctTexts(List<Text> texts, int[] slotOf) {

  /** One distinct text to align. */
  public record Text(String language, String text) {}

  public static DistinctTexts of(List<Outcome> outcomes) {
    Map<Text, Integer> slots = new HashMap<>();
    List<Text> distinct = new ArrayList<>();
    int[] slotOf = new int[outcomes.size()];
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      slotOf[i] =
          slots.computeIfAbsent(
              new Text(o.language(), o.outcomeText()),
              k -> {
                distinct.add(k);
                return distinct.size() - 1;
              });
    }
    return new DistinctTexts(List.copyOf(distinct), slotOf);
  }

  /** The alignments of the outcomes, given the alignment of each distinct text (same order). */
  public List<Alignment> expand(
      String submissionId, List<Outcome> outcomes, List<TextAlignment> aligned) {
    if (aligned.size() != texts.size()) {
      throw new IllegalStateException(
          "Cannot expand alignments: "
              + aligned.size()
              + " results for "
              + texts.size()
              + " distinct texts");
    }
    List<Alignment> out = new ArrayList<>(outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      TextAlignment t = aligned.get(slotOf[i]);
      out.add(new Alignment(submissionId, outcomes.get(i), t.ksaClass(), t.matches()));
    }
    return out;
  }
}
