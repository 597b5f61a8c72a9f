package org.microcert.taxonomy.align;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.microcert.taxonomy.match.CompetencyMatch;

/**
 * What aligning one outcome text gives: its KSA class and its ranked ESCO skills (a pure function
 * of the text, the index and the options).
 *
 * @param ksaClass knowledge, skill or attitude
 * @param matches ranked matches, best first
 */
public record TextAlignment(String ksaClass, List<CompetencyMatch> matches)
    implements Serializable {

  public TextAlignment {
    Objects.requireNonNull(ksaClass, "ksaClass");
    matches = List.copyOf(matches);
  }
}
