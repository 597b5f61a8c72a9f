package org.microcert.taxonomy.extract;

/**
 * Which trie matches the extractor reports: the confidence filter of the postings pipeline.
 *
 * <p>A label is <em>primary</em> for its concept when it is the concept's preferred label, or an
 * alternative label that analyses to the same terms as the preferred label without its bracketed
 * qualifier ({@code Python} for "Python (computer programming)"). Alternative labels are where
 * ESCO's labels are ambiguous or generic ({@code ICT} is an alternative label of five skills,
 * {@code computer}, {@code engineering}, {@code data analysis} of skills the text rarely means): on
 * the ESCO-labelled dev sets (docs/evidence-quality.md), trie matches through a primary label were
 * right 65% of the time, through another alternative label 11%.
 *
 * <p>The longest label still decides the span: when it is not primary for any of its concepts,
 * {@link #PRIMARY} reports nothing there (no shorter label inside the span is tried).
 * Deterministic: a pure function of the labels and the text.
 */
public enum LabelFilter {
  /** Every concept whose preferred or alternative label matches. */
  ALL,
  /** Only the concepts for which the matching label is primary. */
  PRIMARY;

  /**
   * The label without a trailing bracketed qualifier: "Python (computer programming)" → "Python".
   */
  static String withoutQualifier(String label) {
    int open = label.indexOf('(');
    if (open <= 0 || !label.endsWith(")")) {
      return label;
    }
    return label.substring(0, open).strip();
  }
}
