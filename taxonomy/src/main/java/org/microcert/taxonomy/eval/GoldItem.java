package org.microcert.taxonomy.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold row: a text and the concepts it should be aligned with.
 *
 * @param line 1-based line in the gold file
 * @param text the text
 * @param gold gold concept URIs (distinct, in file order)
 */
public record GoldItem(int line, String text, List<String> gold) {

  public GoldItem {
    Objects.requireNonNull(text, "text");
    gold = List.copyOf(gold);
  }
}
